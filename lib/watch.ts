/**
 * Chat watching: DOM and URL changes -> "look again". One MutationObserver on
 * the narrowest root the adapter offers, throttled to animation frames with a
 * leading edge: the first change after a quiet spell is looked at at once (a
 * chat switch shows its card in the same frame), further changes are batched
 * into at most one look per frame. A look that turns out expensive (an
 * adapter reading a long thread) spaces the next ones out, so looking never
 * takes more than about 2% of the page's time however busy it is. URL changes
 * from history navigation and focus moving between conversations are looked at
 * once the page's own task has finished (sites move the URL before they render
 * the new chat); disconnected while the tab is hidden or when the runner has
 * nothing to watch for.
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
  /** Looks now if a change is still waiting for its (throttled) look. */
  flush(): void;
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
  let timer = 0;
  let dirty = false;
  /** How long recent looks took, and when the last one ended (ms, performance.now). */
  const costs: number[] = [];
  let lastEnd = Number.NEGATIVE_INFINITY;
  const now = () => win?.performance.now() ?? Date.now();
  // Looks may take ~1/50 of the time between them; never wait more than half a second.
  // The cheapest of the last few looks counts: drawing the card after a switch is a
  // one-off, while an adapter that reads a long thread is slow every time.
  const gap = () => (costs.length ? Math.min(500, Math.min(...costs) * 50) : 0);
  let running = false;
  let href = doc.location?.href ?? '';

  const resolveRoot = (): Node => {
    let node: Node | null = null;
    try {
      node = root();
    } catch {
      node = null;
    }
    return node?.isConnected ? node : doc.documentElement;
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
    const start = now();
    observe();
    href = doc.location?.href ?? href;
    onChange();
    lastEnd = now();
    costs.push(lastEnd - start);
    if (costs.length > 4) costs.shift();
  };

  const endOfFrame = () => {
    frame = 0;
    if (running && dirty) schedule();
  };

  function onMutations(records: MutationRecord[]) {
    if (ignore && records.every((r) => ignore(r.target))) return;
    schedule();
  }

  function schedule() {
    if (!running || !win) return;
    dirty = true;
    if (frame || timer) return;
    const wait = gap() - (now() - lastEnd);
    if (wait <= 0) {
      look();
      frame = win.requestAnimationFrame(endOfFrame);
    } else {
      timer = win.setTimeout(() => {
        timer = 0;
        frame = win.requestAnimationFrame(endOfFrame);
      }, wait);
    }
  }

  const pause = () => {
    observer?.disconnect();
    observed = null;
    if (frame) win?.cancelAnimationFrame(frame);
    if (timer) win?.clearTimeout(timer);
    frame = 0;
    timer = 0;
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

  // Sites move the URL (or focus) first and render the new chat after, in the same task:
  // looking at once would read the old chat, and the spacing would then hold back the new one.
  const soon = () => queueMicrotask(() => running && !doc.hidden && schedule());
  const onUrl = () => {
    if (doc.location?.href !== href) soon();
  };

  let listening = false;
  const listen = () => {
    if (listening || !win) return;
    listening = true;
    const opts = { signal };
    doc.addEventListener('visibilitychange', onVisibility, opts);
    // Some sites switch conversations by focus alone (LinkedIn's docked bubbles).
    doc.addEventListener('focusin', soon, { ...opts, capture: true });
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
    flush() {
      if (running && dirty) look();
    },
  };
}
