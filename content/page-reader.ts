/**
 * The page as the runner reads it: the site adapter, guarded, and the open
 * thread of the latest look. The composer and the send control are looked up
 * once per visit and kept while they stay in the page (finding them means a
 * visibility check, i.e. layout: too dear per keystroke), and so is the bar
 * around the composer where the adapter names one; whose message is newest is
 * read at most once per look (some adapters read the thread).
 */
import type { OpenThread, SiteAdapter } from '@/lib/sites/types';

/** Runs an adapter call; a selector that breaks means "nothing found", never an error in the page. */
export function guarded<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export interface PageReader {
  readonly adapter: SiteAdapter;
  /** Whether this URL is the messenger's view (single-page apps move in and out of it). */
  inView(): boolean;
  /** Reads the open conversation now. */
  look(): OpenThread | null;
  /** A new visit began: forget the composer and send control of the last one. */
  newVisit(): void;
  composer(): HTMLElement | null;
  /**
   * Where changes are only typing: the composer's bar if the adapter names one, else the
   * composer; null until the composer was looked up this visit. Never searches.
   */
  typingArea(): Element | null;
  sendButton(): HTMLElement | null;
  /** The draft changed: sites swap the send control (microphone <-> send) as it fills or empties. */
  draftChanged(): void;
  lastMessageMine(): boolean | null;
  /** The node whose changes can mean another chat is open. */
  watchRoot(): Node | null;
}

export function createPageReader(adapter: SiteAdapter, doc: Document): PageReader {
  let thread: OpenThread | null = null;
  let composer: HTMLElement | null = null;
  let bar: Element | null = null;
  let send: HTMLElement | null = null;
  let lastMine: { value: boolean | null } | null = null;
  const url = () => new URL(doc.location.href);
  const inView = () => guarded(() => adapter.isMessengerUrl?.(url()) ?? true, false);

  return {
    adapter,
    inView,
    look() {
      lastMine = null;
      thread = inView() ? guarded(() => adapter.read(doc, url()), null) : null;
      return thread;
    },
    newVisit() {
      composer = null;
      bar = null;
      send = null;
    },
    composer() {
      if (composer?.isConnected) return composer;
      const open = thread;
      const box = open ? guarded(() => open.composer(), null) : null;
      composer = box;
      bar = open && box ? guarded(() => open.composerBar?.(box) ?? null, null) : null;
      return composer;
    },
    typingArea() {
      if (!composer?.isConnected) return null;
      return bar?.isConnected && bar.contains(composer) ? bar : composer;
    },
    sendButton() {
      if (send?.isConnected) return send;
      const open = thread;
      send = open ? guarded(() => open.sendButton(), null) : null;
      return send;
    },
    draftChanged() {
      send = null;
    },
    lastMessageMine() {
      const open = thread;
      lastMine ??= { value: open ? guarded(() => open.lastMessageMine(), null) : null };
      return lastMine.value;
    },
    watchRoot() {
      return guarded(() => adapter.watchRoot(doc), null);
    },
  };
}
