/**
 * Snapchat for web (www.snapchat.com/web/<conversationId>; older web.snapchat.com/<id>).
 * A React app whose class names are generated (`euyIb`, `T1yt2`…), so this adapter
 * keys on ids and structure instead. Hooks, most stable first:
 * the conversation id in the URL; the chat-list title span `#title-<id>` inside a
 * role="listitem" row and the message list `#cv-<id>` (both derived from that id);
 * the role="textbox" contenteditable composer inside the open conversation's pane;
 * message groups' `<header>` with the sender's name in the unhashed `.nonIntl` span,
 * "Me" (or Snapchat's red) for the person's own messages.
 * Snapchat keeps earlier conversations mounted but hidden, so everything is scoped
 * to the pane of the conversation named in the URL.
 */
import { lastMatching, firstShown, isShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

// /web/<uuid> on www.snapchat.com; /<uuid> on the older web.snapchat.com.
const ID_IN_PATH = /^\/(?:web\/)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;
const TEXTBOX = '[role="textbox"][contenteditable="true"]';
const COMPOSER = [TEXTBOX, 'textarea[placeholder]', '[contenteditable="true"]'];
const SEND = ['button[type="submit"]', 'button[aria-label="Send"]', '[role="button"][aria-label="Send"]'];
// "Me" is how Snapchat labels the person's own messages; the others are common UI translations (unverified).
const OWN_LABELS = new Set(['me', 'moi', 'yo', 'ich', 'eu', 'io', 'ik', 'ja', 'jag', 'mig']);
// Snapchat paints the person's own name and bubble edge red, friends in other colours.
const OWN_RED = 'rgb(242, 60, 87)';

function idFromUrl(url: URL): string | null {
  return ID_IN_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The message list of the conversation on screen, when the URL does not say which. */
function idFromDom(doc: Document): string | null {
  for (const el of doc.querySelectorAll('[id^="cv-"]')) {
    if (isShown(el)) return el.id.slice(3);
  }
  return null;
}

/** The open conversation's pane: the nearest ancestor of its message list that also holds a composer. */
function paneOf(list: Element | null): Element | null {
  for (let node = list?.parentElement ?? null, depth = 0; node && depth < 8; node = node.parentElement, depth++) {
    if (node.querySelector(`${TEXTBOX}, textarea[placeholder]`)) return node;
  }
  return null;
}

type Open = { id: string; list: Element | null; pane: Element | null };

function open(doc: Document, url?: URL): Open | null {
  const id = idFromUrl(url ?? new URL(doc.location?.href ?? 'about:blank')) ?? idFromDom(doc);
  if (!id) return null;
  const list = doc.getElementById(`cv-${id}`);
  return { id, list, pane: paneOf(list) };
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The pane's own header name, for when the list row is scrolled out of the virtualized list. */
function paneTitle(o: Open): string {
  for (const el of o.pane?.querySelectorAll('.nonIntl') ?? []) {
    if (o.list?.contains(el) || el.closest('[contenteditable], header') || !isShown(el)) continue;
    const text = textOf(el);
    if (text) return text;
  }
  return '';
}

function isOwn(header: Element, name: string): boolean {
  if (OWN_LABELS.has(norm(name))) return true;
  const view = header.ownerDocument.defaultView;
  const group = header.parentElement;
  if (!view || !group) return false;
  for (const el of [header, ...group.querySelectorAll('*')].slice(0, 8)) {
    const style = view.getComputedStyle(el);
    if (style.color === OWN_RED || style.borderLeftColor === OWN_RED) return true;
  }
  return false;
}

/** Sender name and ownership of the newest message groups, oldest first (a long thread is not read whole). */
function senders(list: Element | null): { name: string; own: boolean }[] {
  const out: { name: string; own: boolean }[] = [];
  for (const header of lastMatching(list, 'header', 40)) {
    const name = textOf(header.querySelector('.nonIntl')) || textOf(header);
    if (name) out.push({ name, own: isOwn(header, name) });
  }
  return out.reverse();
}

function kindOf(o: Open, title: string): ChatKind {
  // Unnamed groups are titled with their members' names, comma-separated.
  if (/\S,\s*\S/.test(title)) return 'group';
  const others = new Set(senders(o.list).filter((s) => !s.own).map((s) => norm(s.name)));
  if (others.size > 1) return 'group';
  // In a one-to-one chat the only other sender is the person the chat is named after.
  if (others.size === 1 && !others.has(norm(title))) return 'group';
  return 'direct';
}

export const snapchat: SiteAdapter = fromParts({
  id: 'snapchat',
  name: 'Snapchat',
  matches: ['https://www.snapchat.com/*', 'https://web.snapchat.com/*'],

  // www.snapchat.com also serves the public site; chat lives under /web.
  isMessengerUrl(url) {
    return url.hostname === 'web.snapchat.com' || /^\/web(\/|$)/.test(url.pathname);
  },

  openChat(doc, url): OpenChat | null {
    const o = open(doc, url);
    if (!o) return null;
    const title = textOf(doc.getElementById(`title-${o.id}`)) || paneTitle(o);
    return title ? { title, kind: kindOf(o, title) } : null;
  },

  composer(doc) {
    const o = open(doc);
    if (!o) return null;
    return o.pane ? firstShown(o.pane, COMPOSER) : firstShown(doc, [TEXTBOX]);
  },

  sendButton(doc) {
    const o = open(doc);
    const found = firstShown(o?.pane, SEND);
    // Buttons inside the message list (reactions, replies) are not the send control.
    return found && !o?.list?.contains(found) ? found : null;
  },

  lastMessageMine(doc) {
    const all = senders(open(doc)?.list ?? null);
    return all.at(-1)?.own ?? null;
  },

  watchRoot(doc) {
    return doc.getElementById('root') ?? doc.body;
  },
});
