/**
 * Chat watching: DOM and URL changes -> "look again". One MutationObserver on
 * the narrowest root the adapter offers, throttled to animation frames with a
 * leading edge: the first change after a quiet frame is looked at at once (a
 * chat switch shows its card in the same frame), any further changes in that
 * frame are batched into one look when it ends; URL changes from history navigation; focus moving between
 * conversations; disconnected while the
 * tab is hidden or when the runner has nothing to watch for.
 */

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  // Header titles are often attributes; other attributes churn constantly.
  attributes: true,
  attributeFilter: ['title', 'aria-label', 'aria-selected', 'aria-current', 'data-id', 'data-testid', 'contenteditable'],
};

export interface ChatWatcher {
  start(): void;
  stop(): void;
  readonly running: boolean;
}

export interface ChatWatcherOptions {
  doc: Document;
  /** The adapter's narrowest root; re-asked each frame because SPAs mount late. */
  root: () => Node | null;
  /** Called at most twice per animation frame (leading and trailing edge) after changes. */
  onChange: () => void;
  /** Changes only under such nodes are not worth a look (e.g. typing in the composer). */
  ignore?: (node: Node) => boolean;
  signal?: AbortSignal;
}

export function createChatWatcher({ doc, root, onChange, ignore, signal }: ChatWatcherOptions): ChatWatcher {
  const win = doc.defaultView;
  let observer: MutationObserver | null = null;
  let observed: Node | null = null;
  let frame = 0;
  let dirty = false;
  let running = false;
  let href = doc.location?.href ?? '';

  const resolveRoot = (): Node => {
    let node: Node | null = null;
    try {
      node = root();
    } catch {
      node = null;
    }
    return node && node.isConnected ? node : doc.documentElement;
  };

  const observe = () => {
    const next = resolveRoot();
    if (next === observed && observer) return;
    if (!win) return;
    observer ??= new win.MutationObserver(onMutations);
    observer.disconnect();
    observer.observe(next, OBSERVE);
    observed = next;
  };

  const look = () => {
    dirty = false;
    observe();
    href = doc.location?.href ?? href;
    onChange();
  };

  const endOfFrame = () => {
    frame = 0;
    if (running && dirty) look();
  };

  function onMutations(records: MutationRecord[]) {
    if (ignore && records.every((r) => ignore(r.target))) return;
    schedule();
  }

  function schedule() {
    if (!running || !win) return;
    if (frame) {
      dirty = true;
      return;
    }
    frame = win.requestAnimationFrame(endOfFrame);
    look();
  }

  const pause = () => {
    observer?.disconnect();
    observed = null;
    if (frame) win?.cancelAnimationFrame(frame);
    frame = 0;
    dirty = false;
  };

  const onVisibility = () => {
    if (!running) return;
    if (doc.hidden) pause();
    else {
      observe();
      schedule();
    }
  };

  const onUrl = () => {
    if (doc.location?.href !== href) schedule();
  };

  let listening = false;
  const listen = () => {
    if (listening || !win) return;
    listening = true;
    const opts = { signal };
    doc.addEventListener('visibilitychange', onVisibility, opts);
    // Some sites switch conversations by focus alone (LinkedIn's docked bubbles).
    doc.addEventListener('focusin', () => running && !doc.hidden && schedule(), { ...opts, capture: true });
    win.addEventListener('popstate', onUrl, opts);
    win.addEventListener('hashchange', onUrl, opts);
    // The Navigation API also reports the page's own pushState/replaceState.
    const nav = (win as Window & { navigation?: EventTarget }).navigation;
    nav?.addEventListener?.('currententrychange', onUrl, opts);
  };

  signal?.addEventListener('abort', () => {
    running = false;
    pause();
  });

  return {
    start() {
      if (running || signal?.aborted) return;
      running = true;
      listen();
      if (!doc.hidden) {
        observe();
        schedule();
      }
    },
    stop() {
      running = false;
      pause();
    },
    get running() {
      return running;
    },
  };
}
