/**
 * The Meta thread reader, shared by messenger.com, facebook.com/messages and Instagram Direct:
 * the three run one web client, so each adapter only gives its selectors (a MetaProfile) and
 * this module resolves the open thread's pane once and reads the rest from it.
 *
 * What the real pages showed (docs/adapters-meta.md lists every capture checked):
 * - classic React client, 2016–2020: the pane `[role="main"]` is labelled by a hidden
 *   "Conversation with" and the title heading (`aria-labelledby`); messages sit in groups under a
 *   sender heading (h5) with the sender's avatar (img alt = their name) for everyone but the
 *   person; Draft.js composer `[contenteditable][role="combobox"]`.
 * - Comet client, 2020–2024: the pane `[role="main"]` labelled "Conversation with <name>" in the
 *   UI's language; a header heading (h2, h1 since 2023), linked to the person's profile in a
 *   one-to-one thread and a button over a group's avatars otherwise; a `[role="grid"]` of rows
 *   whose cell starts with a sender heading (h4 or a span: the other's first name, or "You sent"
 *   in the UI's language); avatars and small "seen by" heads as images named after people.
 * - 2025–26 (described, no capture): `[role="log"]` lists and per-message accessible names
 *   ("At <time>, <sender>: …"), the "Thread composer" group.
 * Nothing here depends on English: English labels only add evidence where they exist.
 */
import { alignedToEnd, controlAround, displayText, elementsFromEnd, first, firstShown, isShown, senderKey, textOf } from '@/lib/sites/dom';
import type { ChatKind, OpenThread } from '@/lib/sites/types';

/** Site-specific selectors for the shared reader: data, not code. */
export interface MetaProfile {
  /** The open thread's pane, most specific first; the first one not hidden by an attribute wins. */
  pane: readonly string[];
  /** Last resort: elements that are the pane when they hold a message list. */
  holders?: readonly string[];
  /** Where the pane is not one element the selectors can name (Instagram), how to find it. */
  findPane?: (doc: Document) => Element | null;
  /** The message list inside the pane, most specific first (one selector list is one scan, in document order). */
  list: readonly string[];
  /** Header elements that hold the title, before the generic headings. */
  titles: readonly string[];
  /** The href of a link to one person's profile: a header holding one means a one-to-one thread. */
  profileHref: RegExp;
  /** Header elements only a group thread carries. */
  groupMarkers: readonly string[];
  composer: readonly string[];
  /** Accessible names of the send control, then of the quick reaction that also sends (English where known). */
  send: readonly RegExp[];
  like: readonly RegExp[];
}

export interface MetaThread extends OpenThread {
  pane: Element;
  list: Element | null;
}

// English labels, extra evidence only. "Conversation with X" / "Messages in conversation titled X".
const THREAD_LABEL = /^(?:messages in )?conversation (with|titled)\s+(.+)$/i;
// Unnamed groups are labelled with their members: "with Alex Kim, Jordan Avery and Sam Rivera".
const MEMBER_LIST = /,\s|\sand\s/;
const GROUP_TEXT = /\b\d+\s+(members|participants)\b/i;
const GROUP_LABEL = /\b(members|participants)\b/i;
const CHANNEL_TEXT = /\bbroadcast channel\b/i;
// Per-message names (2025–26): "At November 23, 2026, 6:01 PM, Jordan Avery: hey",
// "Enter, Message sent 6:01 PM by You: ok"; the sender is "You" for the person's own messages.
const AT_SENDER = /^At .*?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?,\s*([^:]{1,80}?):\s/i;
const SENT_BY = /\bMessage sent .*? by ([^:]{1,80}?)(?::|$)/i;
const SELF = /^you$/i;
const YOU_SENT = /^you sent$/i;

const HIDDEN = '[hidden], [aria-hidden="true"], [inert]';
const HEADINGS = 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]';
// Chrome around the thread that also carries headings: the chat list, search, the composer.
const NOT_HEADER =
  '[role="navigation"], [aria-label="Thread list"], [aria-label="Chats"], [contenteditable="true"], [aria-label="Thread composer"]';
const CONTROL = 'a, [role="button"], [role="link"]';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global Node.
/** How many elements, newest first, are read to see who writes: a few screens of messages, never the whole thread. */
const RECENT_ELEMENTS = 1500;
/** "Seen by" heads are drawn this small or smaller. */
const SEEN_HEAD_PX = 20;

function labelOf(el: Element | null | undefined): { name: string; titled: boolean } | null {
  const [, how = '', name = ''] = THREAD_LABEL.exec(el?.getAttribute('aria-label')?.trim() ?? '') ?? [];
  return name.trim() ? { name: name.trim(), titled: how.toLowerCase() === 'titled' } : null;
}

/**
 * The pane and its message list: the first pane candidate not hidden by an attribute (no layout
 * here; facebook.com's minimised chat tabs are hidden panes), or, for the last resort `holder`
 * selectors, the first one that holds a message list.
 */
export function metaPane(doc: Document, profile: MetaProfile): { pane: Element; list: Element | null } | null {
  const listIn = (pane: Element) => {
    for (const selector of profile.list) {
      const list = pane.querySelector(selector);
      if (list) return list;
    }
    return null;
  };
  if (profile.findPane) {
    const pane = profile.findPane(doc);
    return pane ? { pane, list: listIn(pane) } : null;
  }
  for (const selector of profile.pane) {
    for (const pane of doc.querySelectorAll(selector)) if (!pane.closest(HIDDEN)) return { pane, list: listIn(pane) };
  }
  for (const selector of profile.holders ?? []) {
    for (const pane of doc.querySelectorAll(selector)) {
      const list = pane.closest(HIDDEN) ? null : listIn(pane);
      if (list) return { pane, list };
    }
  }
  return null;
}

/**
 * The header: the part of the pane above the message list, as the subtrees of the siblings
 * before the list at every level up to the pane (the whole pane when there is no list).
 */
function headerRoots(pane: Element, list: Element | null): Element[] {
  if (!list) return [...pane.children];
  const roots: Element[] = [];
  for (let node: Element | null = list; node && node !== pane; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) roots.unshift(prev);
  }
  return roots;
}

/** Header elements matching `selector`, the chrome around the thread excluded. */
function inHeader(roots: readonly Element[], selector: string): Element[] {
  const found: Element[] = [];
  for (const root of roots) {
    if (root.matches(selector)) found.push(root);
    for (const el of root.querySelectorAll(selector)) found.push(el);
  }
  return found.filter((el) => !el.closest(NOT_HEADER));
}

/** The classic pane is labelled by its title heading (`aria-labelledby="<hidden 'Conversation with'> <h2 id>"`). */
function labelledByHeading(pane: Element): Element | null {
  const doc = pane.ownerDocument;
  for (const id of (pane.getAttribute('aria-labelledby') ?? '').split(/\s+/).reverse()) {
    const el = id ? doc.getElementById(id) : null;
    if (el && pane.contains(el) && (/^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading')) return el;
  }
  return null;
}

/** The element that names the thread: the labelling heading, a site title, a header heading, else the first text in the header. */
function titleElement(pane: Element, header: readonly Element[], profile: MetaProfile): Element | null {
  const labelled = labelledByHeading(pane);
  if (labelled && displayText(labelled)) return labelled;
  for (const selector of [...profile.titles, HEADINGS, 'span[dir="auto"]']) {
    const hit = inHeader(header, selector).find((el) => displayText(el));
    if (hit) return hit;
  }
  return null;
}

function isSenderHeading(el: Element): boolean {
  // Classic date dividers are h4 > time.
  if (el.tagName === 'H4' || el.tagName === 'H5') return el.firstElementChild?.tagName !== 'TIME';
  // Comet rows also open with a plain span of text naming the sender.
  return (
    el.tagName === 'SPAN' &&
    el.childElementCount === 0 &&
    el.parentElement?.getAttribute('data-scope') === 'messages_table' &&
    el === el.parentElement.firstElementChild
  );
}

export function senderOf(label: string): string | null {
  const text = label.replace(/\s+/g, ' ').trim();
  if (/^you sent\b/i.test(text)) return 'You';
  return (AT_SENDER.exec(text) ?? SENT_BY.exec(text))?.[1]?.trim() || null;
}

const firstToken = (text: string) => senderKey(text).split(' ')[0] ?? '';

interface Writers {
  /** People other than the person who wrote among the newest messages. */
  others: number;
  /** People other than the person who have seen them ("seen by" heads). */
  readers: number;
}

/**
 * Who writes and reads the thread, from the newest messages (a bounded walk from the end that
 * stops once it sees a group). A person counts as a writer when an avatar named after them sits
 * by messages under a sender heading with their first name (so stickers, photos and "seen by"
 * heads never count), or when English per-message names say so; "seen by" heads are the small
 * named images (14 px in Comet, titled in the classic client; avatars are 28–32 px or unsized).
 */
function whoWrites(list: Element): Writers {
  const heads = new Set<string>();
  const avatars = new Set<string>();
  const people = new Set<string>();
  // A reader is one photo (the same person's heads share it), else one name: a name inside another
  // ("Seen by Sam" / "Seen by Sam at 6:05 PM") is the same reader.
  const seenPhotos = new Set<string>();
  const seen = new Set<string>();
  const readers = () => seenPhotos.size + [...seen].filter((n) => ![...seen].some((m) => m !== n && n.includes(m))).length;
  let visited = 0;
  for (const el of elementsFromEnd(list)) {
    if (++visited > RECENT_ELEMENTS || people.size > 1) break;
    if (el.tagName === 'IMG') {
      const alt = el.getAttribute('alt')?.trim() ?? '';
      if (!/\p{L}/u.test(alt) || el.closest('a, [role="link"]')) continue;
      if (el.hasAttribute('title') || parseInt(el.getAttribute('width') ?? el.getAttribute('height') ?? '', 10) <= SEEN_HEAD_PX) {
        const src = el.getAttribute('src') ?? '';
        if (src) seenPhotos.add(src);
        else seen.add(senderKey(alt));
        if (readers() > 1) break;
        continue;
      }
      const token = firstToken(alt);
      avatars.add(token);
      if (heads.has(token)) people.add(token);
      continue;
    }
    if (isSenderHeading(el)) {
      const token = firstToken(displayText(el));
      heads.add(token);
      if (avatars.has(token)) people.add(token);
    }
    const label = el.getAttribute('aria-label');
    const sender = label ? senderOf(label) : null;
    if (sender && !SELF.test(sender)) people.add(firstToken(sender));
  }
  return { others: people.size, readers: readers() };
}

/**
 * The walk is the dearest part of a look and the runner looks on every busy frame: it is kept
 * per list until the list's newest element changes (a new message, a moved "seen by" head).
 */
const writersByList = new WeakMap<Element, { newest: Element | null; rows: number; writers: Writers }>();

function writersOf(list: Element): Writers {
  let newest = list.lastElementChild;
  while (newest?.lastElementChild) newest = newest.lastElementChild;
  const rows = list.childElementCount;
  const known = writersByList.get(list);
  if (known && known.newest === newest && known.rows === rows) return known.writers;
  const writers = whoWrites(list);
  writersByList.set(list, { newest, rows, writers });
  return writers;
}

/** Photos in the title's control, the title's own emoji images left out. */
function photosBeside(control: Element, titleEl: Element): number {
  let n = 0;
  for (const img of control.querySelectorAll('img')) {
    const alt = img.getAttribute('alt') ?? '';
    if (!titleEl.contains(img) && (alt === '' || /\p{L}/u.test(alt))) n++;
  }
  return n;
}

function readKind(
  pane: Element,
  list: Element | null,
  header: readonly Element[],
  titleEl: Element | null,
  title: string,
  profile: MetaProfile,
): { kind: ChatKind; evidence: string } {
  const labels = [labelOf(pane), labelOf(list)].filter((l) => l !== null);
  if (labels.some((l) => l.titled || MEMBER_LIST.test(l.name))) return { kind: 'group', evidence: 'pane label names a group' };
  const headerText = header
    .map((el) => el.textContent ?? '')
    .join(' ')
    .replace(title, ' ');
  if (CHANNEL_TEXT.test(headerText)) return { kind: 'channel', evidence: 'header says broadcast channel' };
  if (GROUP_TEXT.test(headerText) || inHeader(header, '[aria-label]').some((el) => GROUP_LABEL.test(el.getAttribute('aria-label') ?? ''))) {
    return { kind: 'group', evidence: 'header counts members' };
  }
  if (profile.groupMarkers.some((s) => inHeader(header, s).length > 0)) return { kind: 'group', evidence: 'group header control' };
  // A group without a photo of its own shows two members' photos side by side by the title.
  const control = titleEl?.closest(CONTROL);
  if (titleEl && control && pane.contains(control) && photosBeside(control, titleEl) > 1)
    return { kind: 'group', evidence: 'several photos by the title' };
  if (list) {
    const { others, readers } = writersOf(list);
    if (others > 1) return { kind: 'group', evidence: `${others} other senders` };
    if (readers > 1) return { kind: 'group', evidence: `seen by ${readers} people` };
  }
  // One-to-one headers link the name (or the avatar, or the info panel) to the person's profile.
  // Without a message list the whole pane is "header": then only the link around the title counts.
  const links = list ? inHeader(header, 'a[href]') : [titleEl?.closest('a')].filter((a) => a != null);
  if (links.some((el) => profile.profileHref.test(el.getAttribute('href') ?? ''))) {
    return { kind: 'direct', evidence: 'header links to a profile' };
  }
  // "Conversation with <one name>" is also what a group down to one other member is called: not proof.
  return { kind: 'unknown', evidence: labels.length ? 'pane label names one person' : 'none' };
}

/** The composer inside the pane, skipping hidden editables. */
export function metaComposer(pane: ParentNode | null, profile: MetaProfile): HTMLElement | null {
  return firstShown(pane, profile.composer);
}

function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') || textOf(el)).trim();
}

/** The composer bar: the largest part of the pane around the composer that holds no messages. */
function composerScope(box: HTMLElement, pane: Element | null, list: Element | null): Element {
  let scope: Element = box;
  for (let node = box.parentElement; node && node !== pane && !(list && node.contains(list)); node = node.parentElement) scope = node;
  return scope;
}

/**
 * The composer bar as typing's own part of the pane: only with a message list (without one the
 * scope may be the whole pane) and never when it holds the title.
 */
export function metaComposerBar(box: HTMLElement, pane: Element, list: Element | null, titleEl: Element | null): Element | null {
  if (!list || !pane.contains(box)) return null;
  const scope = composerScope(box, pane, list);
  return titleEl && scope.contains(titleEl) ? null : scope;
}

/**
 * The send control next to the composer: a named one, else the last button after it in the
 * composer bar.
 */
export function metaSendButton(
  box: HTMLElement | null,
  pane: Element | null,
  list: Element | null,
  profile: MetaProfile,
): HTMLElement | null {
  if (!box) return null;
  const scope = composerScope(box, pane, list);
  const buttons = [...scope.querySelectorAll<HTMLElement>('[role="button"], button')].filter((b) => !b.contains(box) && isShown(b));
  for (const names of [profile.send, profile.like]) {
    const hit = buttons.find((b) => names.some((re) => re.test(nameOf(b))));
    if (hit) return hit;
    // Some builds label the icon, not its button.
    const icon = [...scope.querySelectorAll('svg[aria-label], img[alt]')].find((i) =>
      names.some((re) => re.test(i.getAttribute('aria-label') ?? i.getAttribute('alt') ?? '')),
    );
    const control = controlAround(icon);
    if (control && isShown(control)) return control;
  }
  const after = buttons.filter((b) => (box.compareDocumentPosition(b) & FOLLOWING) !== 0);
  return after[after.length - 1] ?? null;
}

/** Whether a sender heading names the other person of a one-to-one thread (their first name is in the title). */
function namesOther(heading: string, title: string): boolean {
  const head = firstToken(heading);
  const full = senderKey(title);
  return head !== '' && (full.includes(head) || head.startsWith(firstToken(title)));
}

/**
 * Whose message is the newest: the newest sender marker decides (English per-message names and
 * "You sent" headings; in a one-to-one thread, a sender heading naming the other person is
 * theirs and any other is the person's own); without markers, the newest bubble's alignment
 * (the end of the row is the person's own).
 */
function lastMessageMine(thread: { list: Element | null; pane: Element; title: string; kind: ChatKind }): boolean | null {
  const list = thread.list ?? thread.pane;
  let visited = 0;
  for (const el of elementsFromEnd(list)) {
    if (++visited > RECENT_ELEMENTS) break;
    if (el.closest('[contenteditable="true"], [aria-label^="Seen by"]')) continue;
    const sender = senderOf(el.getAttribute('aria-label') ?? '');
    if (sender) return SELF.test(sender);
    if (el.children.length === 0 && YOU_SENT.test(textOf(el))) return true;
    if (isSenderHeading(el) && thread.kind !== 'group') {
      const text = displayText(el);
      if (text) return !namesOther(text, thread.title);
    }
  }
  const texts = [...list.querySelectorAll('[dir="auto"]')].filter((el) => textOf(el) && !el.closest('[contenteditable="true"]'));
  const newest = texts[texts.length - 1];
  return newest ? alignedToEnd(newest, list) : null;
}

/** The open thread, resolved once: its pane, title, kind and the lookups scoped to the pane. */
export function readMetaThread(doc: Document, profile: MetaProfile): MetaThread | null {
  const found = metaPane(doc, profile);
  if (!found) return null;
  const { pane, list } = found;
  const header = headerRoots(pane, list);
  const titleEl = titleElement(pane, header, profile);
  const title = (titleEl ? displayText(titleEl) : '') || labelOf(pane)?.name || labelOf(list)?.name || '';
  if (!title) return null;
  const { kind, evidence } = readKind(pane, list, header, titleEl, title, profile);
  const composer = () => metaComposer(pane, profile);
  return {
    pane,
    list,
    title,
    kind,
    evidence,
    composer,
    sendButton: () => metaSendButton(composer(), pane, list, profile),
    lastMessageMine: () => lastMessageMine({ list, pane, title, kind }),
    composerBar: (box) => metaComposerBar(box, pane, list, titleEl),
  };
}

/** The React root: it survives every thread switch, while the pane under it is rebuilt. */
export function metaWatchRoot(doc: Document): Node {
  return first(doc, ['div[id^="mount_"]']) ?? doc.body;
}
