/**
 * Messenger on messenger.com: /t/<id> threads and /e2ee/t/<id> end-to-end encrypted ones.
 * Meta redirects messenger.com to facebook.com/messages since April 2026; this adapter stays
 * for pages still served there, and exports the Meta thread reader that facebook.ts and
 * instagram.ts reuse (the three share one web client and its accessibility labels).
 * Hooks, most stable first:
 * - the thread pane `[role="main"]`, labelled "Conversation with <name>" ("… titled <name>"
 *   for a named group), and its message list `[role="log"]` / `[role="grid"]` labelled
 *   "Messages in conversation with|titled <name>"; the last heading above that list is the
 *   title shown (used when the English labels are missing);
 * - per-message accessible names: "At <time>, <sender>: …" (2026) and
 *   "Enter, Message sent <time> by <sender>: …" (2024–25), plus hidden "You sent" headings;
 * - the Lexical composer `[contenteditable="true"][role="textbox"]` in the "Thread composer" group;
 * - the send control "Press enter to send" (a "Send a like" thumb while the draft is empty, which
 *   also sends), else the last button after the composer;
 * - the React root `div[id^="mount_"]` as the watch root.
 */
import { elementsFromEnd, controlAround, first, firstShown, isShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat, type PartsAdapter } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

/** Site-specific selectors for the shared Meta thread reader: data, not code. */
export interface MetaProfile {
  /** The open thread's pane, most specific first. */
  pane: readonly string[];
  /** The message list inside the pane. */
  list: readonly string[];
  /** Headings that name the thread, most specific first (checked before the labels when `headingFirst`). */
  titles: readonly string[];
  headingFirst: boolean;
  /** Header elements only a group thread carries. */
  groupMarkers: readonly string[];
  /** Header elements only a one-to-one thread carries: a link to the person's profile around the name. */
  personMarkers: readonly string[];
  composer: readonly string[];
  /** Accessible names (or text) of the send control, then of the quick reaction that also sends. */
  send: readonly RegExp[];
  like: readonly RegExp[];
}

// "Conversation with X" / "Messages in conversation titled X": Meta's English labels for the pane and list.
const THREAD_LABEL = /^(?:messages in )?conversation (with|titled)\s+(.+)$/i;
// Unnamed groups are labelled with their members: "with Alex Kim, Jordan Avery and Sam Rivera".
const MEMBER_LIST = /,\s|\sand\s/;
const GROUP_TEXT = /\b\d+\s+(members|participants)\b/i;
const GROUP_LABEL = /\b(members|participants)\b/i;
const CHANNEL_TEXT = /\bbroadcast channel\b/i;
// Per-message names: "At November 23, 2026, 6:01 PM, Jordan Avery: hey" and
// "Enter, Message sent 6:01 PM by You: ok" (the sender is "You" for the person's own messages).
const AT_SENDER = /^At .*?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?,\s*([^:]{1,80}?):\s/i;
const SENT_BY = /\bMessage sent .*? by ([^:]{1,80}?)(?::|$)/i;
const YOU_SENT = /^you sent\b/i;
const SELF = /^you$/i;
const HEADINGS = 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]';
// Chrome around the thread that also carries headings: the chat list, search, the composer.
const NOT_HEADER = '[role="navigation"], [aria-label="Thread list"], [aria-label="Chats"], [contenteditable="true"], [aria-label="Thread composer"]';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global Node.

export interface MetaThread {
  pane: Element;
  list: Element | null;
  title: string;
  kind: ChatKind;
}

function labelOf(el: Element | null | undefined): { name: string; titled: boolean } | null {
  const [, how = '', name = ''] = THREAD_LABEL.exec(el?.getAttribute('aria-label')?.trim() ?? '') ?? [];
  return name.trim() ? { name: name.trim(), titled: how.toLowerCase() === 'titled' } : null;
}

/**
 * Elements of the header, the part of the pane above the message list (the chrome around the
 * thread excluded): the subtrees of the siblings before the list, at every level up to the pane.
 */
function headerElements(pane: Element, list: Element | null, selector: string): Element[] {
  const roots: Element[] = [];
  for (let node = list; node && node !== pane; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) roots.unshift(prev);
  }
  if (!list) roots.push(pane);
  const found = roots.flatMap((root) => [...(root.matches(selector) && root !== pane ? [root] : []), ...root.querySelectorAll(selector)]);
  return found.filter((el) => !el.closest(NOT_HEADER));
}

/** The thread title as shown: a known title heading, else the last heading above the message list. */
function headingTitle(pane: Element, list: Element | null, profile: MetaProfile): string {
  for (const selector of profile.titles) {
    for (const el of headerElements(pane, list, selector)) {
      const text = textOf(el);
      if (text) return text;
    }
  }
  const generic = headerElements(pane, list, HEADINGS).map(textOf).filter(Boolean);
  return generic[generic.length - 1] ?? '';
}

export function senderOf(label: string): string | null {
  const text = label.replace(/\s+/g, ' ').trim();
  if (YOU_SENT.test(text)) return 'You';
  return (AT_SENDER.exec(text) ?? SENT_BY.exec(text))?.[1]?.trim() || null;
}

/** How many labelled elements, newest first, are enough to see who is writing. */
const RECENT_LABELS = 80;

/** Everyone but the person who wrote recently, from the newest messages' accessible names. */
function otherSenders(list: Element | null): Set<string> {
  const names = new Set<string>();
  if (!list) return names;
  let seen = 0;
  for (const el of elementsFromEnd(list)) {
    const label = el.getAttribute('aria-label');
    if (!label) continue;
    const sender = senderOf(label);
    if (sender && !SELF.test(sender)) names.add(sender.toLowerCase());
    if (++seen >= RECENT_LABELS || names.size > 1) break;
  }
  return names;
}

function threadKind(pane: Element, list: Element | null, title: string, profile: MetaProfile): ChatKind {
  const labels = [labelOf(pane), labelOf(list)].filter((l) => l !== null);
  const header = headerElements(pane, list, '*');
  const headerText = header
    .filter((el) => !el.parentElement || !header.includes(el.parentElement))
    .map(textOf)
    .join(' ')
    .replace(title, ' ');
  if (CHANNEL_TEXT.test(headerText)) return 'channel';
  if (labels.some((l) => l.titled || MEMBER_LIST.test(l.name))) return 'group';
  if (GROUP_TEXT.test(headerText)) return 'group';
  if (header.some((el) => GROUP_LABEL.test(el.getAttribute('aria-label') ?? ''))) return 'group';
  const person = profile.personMarkers.some((s) => headerElements(pane, list, s).length > 0);
  if (!person && profile.groupMarkers.some((s) => headerElements(pane, list, s).length > 0)) return 'group';
  if (otherSenders(list).size > 1) return 'group';
  // Without the English labels only a header linking to one person's profile rules a group out.
  return labels.length > 0 || person ? 'direct' : 'group';
}

function area(el: Element): number {
  const rect = el.getBoundingClientRect();
  return rect.width * rect.height;
}

/**
 * The visible thread pane; when several show (facebook.com's chat popups are panes too), the
 * largest one, which is the page's own thread.
 */
export function metaPane(doc: Document, profile: MetaProfile): Element | null {
  for (const selector of profile.pane) {
    const shown = [...doc.querySelectorAll(selector)].filter(isShown);
    if (shown.length) return shown.reduce((best, el) => (area(el) > area(best) ? el : best));
  }
  return null;
}

/** The open thread: its pane, message list, title as shown and kind; null when no thread is open. */
export function readThread(doc: Document, profile: MetaProfile, pane = metaPane(doc, profile)): MetaThread | null {
  if (!pane) return null;
  const list = first(pane, profile.list);
  const labelled = labelOf(pane)?.name || labelOf(list)?.name || '';
  const title = profile.headingFirst
    ? headingTitle(pane, list, profile) || labelled
    : labelled || headingTitle(pane, list, profile);
  if (!title) return null;
  return { pane, list, title, kind: threadKind(pane, list, title, profile) };
}

/** The composer inside `root` (the pane), skipping hidden editables. */
export function metaComposer(root: ParentNode | null, profile: MetaProfile): HTMLElement | null {
  return firstShown(root, profile.composer);
}

function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') || textOf(el)).trim();
}

/** The send control next to `box`: a labelled one, else the last button after the composer. */
export function metaSendButton(box: HTMLElement | null, profile: MetaProfile): HTMLElement | null {
  if (!box) return null;
  const isButton = (el: Element) => !el.contains(box) && isShown(el);
  const follows = (el: Element) => (box.compareDocumentPosition(el) & FOLLOWING) !== 0;
  // The composer bar: the "Thread composer" group, else the nearest ancestor with a button after the box.
  let scope: Element | null = box.closest('[aria-label="Thread composer"]');
  for (let node = box.parentElement, depth = 0; !scope && node && depth < 6; node = node.parentElement, depth++) {
    if ([...node.querySelectorAll('[role="button"], button')].some((b) => isButton(b) && follows(b))) scope = node;
  }
  const buttons = [...(scope?.querySelectorAll<HTMLElement>('[role="button"], button') ?? [])].filter(isButton);
  for (const names of [profile.send, profile.like]) {
    const hit = buttons.find((b) => names.some((re) => re.test(nameOf(b))));
    if (hit) return hit;
    // Some builds label the icon, not its button.
    const icon = [...(scope?.querySelectorAll('svg[aria-label], img[alt]') ?? [])].find((i) =>
      names.some((re) => re.test(i.getAttribute('aria-label') ?? i.getAttribute('alt') ?? '')),
    );
    const control = controlAround(icon);
    if (control) return control;
  }
  const after = buttons.filter(follows);
  return after[after.length - 1] ?? null;
}

// The hidden heading over the person's own messages reads exactly "You sent".
function isOwnText(el: Element): boolean {
  return el.children.length === 0 && /^you sent$/i.test(textOf(el));
}

/**
 * Whose message is the newest: the last sender marker in the list decides (per-message names,
 * hidden "You sent" headings, a heading naming the other person); without English markers, an
 * end-aligned row is the person's own.
 */
export function metaLastMessageMine(thread: MetaThread | null): boolean | null {
  if (!thread) return null;
  const list = thread.list ?? thread.pane;
  // Newest first: the first marker met from the end decides.
  let verdict: boolean | null = null;
  for (const el of elementsFromEnd(list)) {
    if (!el.matches('[aria-label], h1, h2, h3, h4, h5, h6, span, div')) continue;
    if (el.closest('[contenteditable="true"], [aria-label^="Seen by"]')) continue;
    const sender = senderOf(el.getAttribute('aria-label') ?? '');
    if (sender) verdict = SELF.test(sender);
    else if (isOwnText(el)) verdict = true;
    else if (/^H[1-6]$/.test(el.tagName) && textOf(el) === thread.title) verdict = false;
    if (verdict !== null) return verdict;
  }
  const texts = [...list.querySelectorAll('[dir="auto"]')].filter((el) => textOf(el) && !el.closest('[contenteditable="true"]'));
  const view = list.ownerDocument.defaultView;
  for (let node = texts[texts.length - 1]?.parentElement ?? null; node && node !== list; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (!style || !style.display.includes('flex')) continue;
    // Horizontal end: main axis for rows, cross axis for columns (a row's align-items is vertical).
    const end = style.flexDirection.startsWith('column') ? style.alignItems : style.justifyContent;
    if (end === 'flex-end' || end === 'end') return true;
  }
  return null;
}

/** The React root: it survives every thread switch, while the pane under it is rebuilt. */
export function metaWatchRoot(doc: Document): Node {
  return first(doc, ['div[id^="mount_"]']) ?? doc.body;
}

/** messenger.com and facebook.com/messages render the same thread pane. */
export const META_MESSENGER: MetaProfile = {
  // The labelled pane first; a bare role=main only counts when it holds a thread (list or composer).
  pane: [
    '[role="main"][aria-label^="Conversation "]',
    '[role="main"]:has([role="log"], [aria-label^="Messages in conversation"], [contenteditable="true"][role="textbox"])',
    'main:has([role="log"], [aria-label^="Messages in conversation"])',
  ],
  list: [
    '[role="log"][aria-label^="Messages in conversation"]', // 2025+ list
    '[aria-label^="Messages in conversation"]', // e2ee threads render the list without role=log
    '[role="log"]',
    '[role="grid"]', // 2023–24 grid of [role=row] messages
  ],
  titles: [],
  headingFirst: false,
  groupMarkers: [],
  // 1:1 headers link the name to the person's profile; group headers open chat info from a button.
  personMarkers: ['a[href] h2', 'h2 a[href]', 'a[href] [role="heading"]'],
  // Relative to the pane: facebook.com's chat popups have composers of their own.
  composer: [
    '[aria-label="Thread composer"] [contenteditable="true"][role="textbox"]', // 2025+ composer group
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  send: [/^press enter to send$/i, /^send$/i],
  like: [/^send a like$/i],
};

export function metaAdapter(profile: MetaProfile) {
  return {
    openChat(doc: Document): OpenChat | null {
      const thread = readThread(doc, profile);
      return thread ? { title: thread.title, kind: thread.kind } : null;
    },
    composer(doc: Document) {
      return metaComposer(metaPane(doc, profile), profile);
    },
    sendButton(doc: Document) {
      return metaSendButton(metaComposer(metaPane(doc, profile), profile), profile);
    },
    lastMessageMine(doc: Document) {
      return metaLastMessageMine(readThread(doc, profile));
    },
    watchRoot(doc: Document) {
      return metaWatchRoot(doc);
    },
  } satisfies Partial<PartsAdapter>;
}

export const messenger: SiteAdapter = fromParts({
  id: 'messenger',
  name: 'Messenger',
  matches: ['https://www.messenger.com/*', 'https://messenger.com/*'],
  ...metaAdapter(META_MESSENGER),
});
