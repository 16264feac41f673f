/**
 * Google Messages for web (messages.google.com/web/...): an Angular app that
 * routes by URL (/web/conversations/<id>) and renders custom elements.
 * Hooks, most stable first: the conversation id in the URL; Google's own
 * `data-e2e-*` automation attributes (header title, the message core's
 * outgoing flag, composer textarea, send button); the `mws-*` / `mw-*`
 * element names. None of them is a label, so every UI language reads alike;
 * the English message aria-label ("<Name> said: …") is only an extra hint
 * for who wrote a message.
 */
import { first, firstMatchText, firstShown, firstText, lastMatching, senderKey } from '@/lib/sites/dom';
import type { ChatKind, OpenThread, SiteAdapter } from '@/lib/sites/types';

// Any of these scopes our reads (one query: the first in the page); without one the whole page is the pane.
const PANE = 'mws-conversation-container, mw-conversation-container, [data-e2e-conversation-container]';
const TITLE = ['[data-e2e-header-title] h2', 'h2[data-e2e-header-title]', '[data-e2e-header-title]', 'mws-conversation-header h2'];
const COMPOSER = [
  'textarea[data-e2e-message-input-box]',
  '[data-e2e-message-input] textarea',
  'mws-autosize-textarea textarea',
  '[data-e2e-message-input] [contenteditable="true"]',
  'mws-message-compose [contenteditable="true"]',
];
const SEND = [
  'button[data-e2e-send-text-button]',
  'mws-message-send-button button',
  'mw-message-send-button button',
  '[data-e2e-send-text-button]',
];
// Date rows are mws-tombstone-message-wrapper and never match.
const MESSAGE = 'mws-message-wrapper';
// The message core carries data-e2e-message-outgoing="true|false" (2026);
// TODO [2027-06-01]: remove the `is-outgoing` wrapper attribute once no 2020-era layout is reported.
const OUTGOING = '[data-e2e-message-outgoing]';
// Group chats name the sender above others' bubbles (unverified class names, seen in public scripts).
const SENDER_NAME = '[data-e2e-sender-name], .sender-name, .participant-display-name-text, mws-message-participant-name';
const SAID = /^(.+?) said: /;
const RECENT_MESSAGES = 30;

function conversationId(url: URL): string | null {
  const id = /^\/web\/conversations\/([^/?#]+)/.exec(url.pathname)?.[1];
  return id ? decodeURIComponent(id) : null;
}

/** The list row's name for the URL's chat: the header can lag a frame behind the route. */
function listRowName(doc: Document, id: string): string {
  for (const link of doc.querySelectorAll('a[data-e2e-conversation][href], mws-conversation-list-item a[href]')) {
    if ((link.getAttribute('href') ?? '').replace(/[?#].*$/, '').endsWith(`/conversations/${id}`)) {
      return firstText(link, ['[data-e2e-conversation-name]', 'h3.name']);
    }
  }
  return '';
}

const ariaLabel = (wrapper: Element) =>
  (wrapper.querySelector('mws-text-message-part[aria-label], [aria-label]')?.getAttribute('aria-label') ?? '').trim();

/** true = the person's own message, false = someone else's, null = no marker. */
function outgoing(wrapper: Element): boolean | null {
  const flag = wrapper.querySelector(OUTGOING)?.getAttribute('data-e2e-message-outgoing') ?? wrapper.getAttribute('is-outgoing');
  if (flag === 'true' || flag === 'false') return flag === 'true';
  const label = ariaLabel(wrapper);
  if (/^You said: /.test(label)) return true;
  return /\. Received on /.test(label) ? false : null;
}

/** Who writes in the newest messages: sender names drawn on the page, else the English label. */
function kindOf(pane: ParentNode, title: string): { kind: ChatKind; evidence: string } {
  const senders = new Set<string>();
  let theirs = 0;
  for (const wrapper of lastMatching(pane, MESSAGE, RECENT_MESSAGES)) {
    if (outgoing(wrapper) !== false) continue;
    theirs++;
    if (wrapper.querySelector(SENDER_NAME)) return { kind: 'group', evidence: 'sender names on messages' };
    const said = SAID.exec(ariaLabel(wrapper))?.[1];
    if (said) senders.add(senderKey(said));
  }
  if (senders.size > 1) return { kind: 'group', evidence: `${senders.size} other senders` };
  const name = senderKey(title);
  const [only] = senders;
  if (only !== undefined) {
    // A shorter or longer form of the title is the same person (contact names vs. labels).
    const same = only.includes(name) || name.includes(only);
    return same
      ? { kind: 'direct', evidence: 'the only sender is the chat title' }
      : { kind: 'group', evidence: 'a sender other than the chat title' };
  }
  return { kind: 'unknown', evidence: theirs ? `messages from others (${theirs}), no sender names` : 'no messages from others' };
}

export const googleMessages: SiteAdapter = {
  id: 'google-messages',
  name: 'Google Messages',
  matches: ['https://messages.google.com/*'],

  isMessengerUrl(url) {
    return url.pathname.startsWith('/web/');
  },

  read(doc, url): OpenThread | null {
    const id = conversationId(url);
    // The new-conversation screen picks recipients: no chat is open yet.
    if (id === 'new') return null;
    const pane: ParentNode = doc.querySelector(PANE) ?? doc;
    // The header comes before the thread: one match per selector, never the whole thread.
    const title = firstMatchText(pane, TITLE) || (pane === doc ? '' : firstMatchText(doc, TITLE)) || (id ? listRowName(doc, id) : '');
    if (!title) return null;
    return {
      title,
      ...kindOf(pane, title),
      composer: () => firstShown(pane, COMPOSER),
      sendButton: () => firstShown(pane, SEND) ?? first(pane, SEND),
      lastMessageMine: () => {
        const [newest] = lastMatching(pane, MESSAGE, 1);
        return newest ? outgoing(newest) : null;
      },
    };
  },

  watchRoot(doc) {
    // Holds both the conversation list and the conversation pane and survives route changes.
    return doc.querySelector('mw-main-container') ?? doc.querySelector('main') ?? doc.body;
  },
};
