/**
 * Snapchat for web (www.snapchat.com/web/<conversationId>; older web.snapchat.com/<id>).
 * A React app whose class names are generated (`T1yt2`, `KB4Aq`…), so this adapter
 * keys on ids, roles and structure instead. Hooks, most stable first:
 * the conversation id in the URL; the chat-list title span `#title-<id>` and the
 * message list `#cv-<id>` (both derived from that id); the role="textbox"
 * contenteditable composer inside that conversation's pane; message groups'
 * `<header>` with the sender's name; and Snapchat's red for the person's own
 * messages (drawn as an inline border or text colour, so no layout is needed).
 * Snapchat keeps earlier conversations mounted but hidden, so everything is scoped
 * to the pane of the conversation named in the URL. No UI label is read: the
 * person's own name tag ("Me", "Moi", "我"…) is translated, the colour is not.
 */
import { displayText, firstShown, lastMatching, senderKey } from '@/lib/sites/dom';
import type { ChatKind, OpenThread, SiteAdapter } from '@/lib/sites/types';

// /web/<uuid> on www.snapchat.com; TODO [2027-06-01]: remove /<uuid> once web.snapchat.com only redirects.
const ID_IN_PATH = /^\/(?:web\/)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;
const TEXTBOX = '[role="textbox"][contenteditable="true"]';
// The camera view's snap caption box is never the chat composer.
const COMPOSER = [TEXTBOX, 'textarea[placeholder]:not([aria-label="Caption Input"])', '[contenteditable="true"]'];
// Unconfirmed on the live site: Enter is how Snapchat sends; a submit button is modelled where one shows.
const SEND = ['button[type="submit"]', '[role="button"][type="submit"]'];
// Snapchat's red (#F23C57), as the browser serialises an inline colour.
const OWN_STYLE = '[style*="rgb(242, 60, 87)"], [style*="#f23c57" i]';
const OWN_RED = 'rgb(242, 60, 87)';
const RECENT_GROUPS = 20;

const idFromUrl = (url: URL): string | null => ID_IN_PATH.exec(url.pathname)?.[1] ?? null;

/**
 * The open conversation's pane: the nearest ancestor of its message list that also holds a
 * composer. Only the list's siblings are searched, so a long thread is not walked.
 */
function paneOf(list: Element | null): Element | null {
  const box = `${TEXTBOX}, textarea[placeholder]`;
  for (
    let child = list, node = list?.parentElement ?? null, depth = 0;
    child && node && depth < 8;
    child = node, node = node.parentElement, depth++
  ) {
    for (const sibling of node.children) {
      if (sibling !== child && (sibling.matches(box) || sibling.querySelector(box))) return node;
    }
  }
  return null;
}

/** The pane's own name tag, for when the list row is scrolled out of the virtualised chat list. */
function paneTitle(pane: Element | null, list: Element | null): string {
  for (const el of pane?.querySelectorAll('.nonIntl') ?? []) {
    if (list?.contains(el) || el.closest('[contenteditable], header, form')) continue;
    const text = displayText(el);
    if (text) return text;
  }
  return '';
}

type Group = { name: string; own: boolean; header: Element };

/** The newest message groups' senders, newest first (a long thread is not read whole). */
function groups(list: Element | null): Group[] {
  return lastMatching(list, 'header', RECENT_GROUPS).map((header) => {
    const block = header.parentElement ?? header;
    return {
      name: displayText(header.querySelector('.nonIntl') ?? header),
      own: block.matches(OWN_STYLE) || !!block.querySelector(OWN_STYLE),
      header,
    };
  });
}

function kindOf(list: Element | null, title: string): { kind: ChatKind; evidence: string } {
  const recent = groups(list);
  const name = senderKey(title);
  const strangers = new Set(recent.filter((g) => !g.own && g.name && senderKey(g.name) !== name).map((g) => senderKey(g.name)));
  if (strangers.size > 1) return { kind: 'group', evidence: `${strangers.size} senders other than the chat title` };
  // With the person's own messages told apart, one such sender is a group member; without, it may be their own (translated) tag.
  if (strangers.size === 1) {
    return recent.some((g) => g.own)
      ? { kind: 'group', evidence: 'a sender other than the chat title' }
      : { kind: 'unknown', evidence: 'one other sender, own messages not told apart' };
  }
  if (recent.some((g) => !g.own && senderKey(g.name) === name))
    return { kind: 'direct', evidence: 'the only other sender is the chat title' };
  return { kind: 'unknown', evidence: 'no messages from others' };
}

/** Own by inline colour; else by the computed colour of the group's first few elements (one group, on demand). */
function isOwn(group: Group): boolean | null {
  if (group.own) return true;
  const view = group.header.ownerDocument.defaultView;
  const block = group.header.parentElement;
  if (view && block) {
    for (const el of [group.header, ...block.querySelectorAll('*')].slice(0, 8)) {
      const style = view.getComputedStyle(el);
      if (style.color === OWN_RED || style.borderLeftColor === OWN_RED) return true;
    }
  }
  return group.name ? false : null;
}

export const snapchat: SiteAdapter = {
  id: 'snapchat',
  name: 'Snapchat',
  matches: ['https://www.snapchat.com/*', 'https://web.snapchat.com/*'],

  // www.snapchat.com also serves the public site; chat lives under /web.
  isMessengerUrl(url) {
    return url.hostname === 'web.snapchat.com' || /^\/web(\/|$)/.test(url.pathname);
  },

  read(doc, url): OpenThread | null {
    const id = idFromUrl(url);
    if (!id) return null;
    const list = doc.getElementById(`cv-${id}`);
    const pane = paneOf(list);
    const title = displayText(doc.getElementById(`title-${id}`)) || paneTitle(pane, list);
    if (!title) return null;
    return {
      title,
      ...kindOf(list, title),
      composer: () => (pane ? firstShown(pane, COMPOSER) : firstShown(doc, [TEXTBOX])),
      sendButton: () => {
        const found = firstShown(pane, SEND);
        // Buttons inside the message list (reactions, replies) are not the send control.
        return found && !list?.contains(found) ? found : null;
      },
      lastMessageMine: () => {
        const [newest] = groups(list);
        return newest ? isOwn(newest) : null;
      },
    };
  },

  watchRoot(doc) {
    return doc.getElementById('root') ?? doc.body;
  },
};
