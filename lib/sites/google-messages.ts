/**
 * Google Messages for web (messages.google.com/web/...). An Angular app that
 * routes by URL (/web/conversations/<id>) and renders custom elements.
 * Hooks, most stable first: the `mws-*` / `mw-*` element names and Google's
 * own `data-e2e-*` automation attributes (header title, composer textarea,
 * send button, message core), the `is-outgoing` attribute on
 * `mws-message-wrapper`, the conversation id in the URL (to find the list
 * row of the open chat), and last the English message aria-labels
 * ("<Name> said: … Received on …").
 */
import { first, firstShown, lastMatching, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

// Both element names have been seen for the conversation pane; either scopes our reads.
const PANE = ['mws-conversation-container', 'mw-conversation-container', '[data-e2e-conversation-container]'];
const TITLE = [
  '[data-e2e-header-title] h2', // current: h2 inside the title container
  'h2[data-e2e-header-title]', // the attribute sitting on the heading itself
  '[data-e2e-header-title]',
  '.title-container .title h2', // class-based fallback seen in 2026 notes
];
const COMPOSER = [
  'textarea[data-e2e-message-input-box]',
  'mws-autosize-textarea textarea',
  'mws-message-compose textarea',
  '[data-e2e-message-input] [contenteditable="true"]',
  'mws-message-compose [contenteditable="true"]',
];
const SEND = [
  'button[data-e2e-send-text-button]',
  'mws-message-send-button button',
  'mw-message-send-button button',
  '[data-e2e-send-text-button]',
];
// Tombstones (date separators, "deleted" rows) are a different element and never match.
const MESSAGE = 'mws-message-wrapper';
// Group chats name the sender above incoming bubbles; one-to-one chats do not.
const SENDER_NAME = '.sender-name, [data-e2e-sender-name], .participant-display-name-text, mws-message-participant-name';
// Unverified group-only hooks, kept cheap: a group avatar or a "Group details" control.
const GROUP_MARKERS = 'mws-group-avatar, [data-e2e-group-avatar], [aria-label="Group details" i], [data-e2e-details-button][aria-label*="group" i]';
// English aria-label of a message part: "<Name> said: <text>. Received on <date>."
const SAID = /^(.+?) said: /;

function conversationId(url: URL): string | null {
  const id = /^\/web\/conversations\/([^/?#]+)/.exec(url.pathname)?.[1];
  return id && id !== 'new' ? decodeURIComponent(id) : null;
}

function pane(doc: Document): ParentNode {
  return first(doc, PANE) ?? doc;
}

/** The list row of the open chat: the one linking to this URL's id, else the selected one. */
function listRow(doc: Document, id: string): Element | null {
  const links = doc.querySelectorAll('a[data-e2e-conversation], mws-conversation-list-item a[href]');
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    if (href.replace(/[?#].*$/, '').endsWith(`/conversations/${id}`)) return link;
  }
  for (const link of links) if (link.getAttribute('aria-selected') === 'true') return link;
  return null;
}

function title(doc: Document, id: string | null): string {
  for (const selector of TITLE) {
    const text = textOf(pane(doc).querySelector(selector) ?? doc.querySelector(selector));
    if (text) return text;
  }
  // The header can lag behind the route; the list row of the URL's chat carries the same name.
  return id ? textOf(listRow(doc, id)?.querySelector('[data-e2e-conversation-name]')) : '';
}

const RECENT_MESSAGES = 60;

function isGroup(doc: Document, chatTitle: string): boolean {
  const root = pane(doc);
  if (root.querySelector(GROUP_MARKERS)) return true;
  const name = chatTitle.toLowerCase();
  const senders = new Set<string>();
  // The newest messages are enough to see who is writing; a long thread is not read whole on every look.
  for (const wrapper of lastMatching(root, MESSAGE, RECENT_MESSAGES)) {
    if (outgoing(wrapper) === true) continue;
    if (wrapper.querySelector(SENDER_NAME)) return true;
    const sender = SAID.exec(messageLabel(wrapper))?.[1]?.trim().toLowerCase();
    if (!sender || sender === 'you') continue;
    senders.add(sender);
    // Someone who is not the chat's title (nor a shorter form of it) is writing: several people.
    if (name && !name.includes(sender) && !sender.includes(name)) return true;
  }
  return senders.size > 1;
}

function messageLabel(wrapper: Element): string {
  return (first(wrapper, ['mws-text-message-part[aria-label]', 'mws-image-message-part[aria-label]', '[aria-label]'])?.getAttribute('aria-label') ?? '').trim();
}

/** true = the person's own message, false = someone else's, null = no marker. */
function outgoing(wrapper: Element): boolean | null {
  const flag = wrapper.getAttribute('is-outgoing') ?? wrapper.querySelector('[data-e2e-message-outgoing]')?.getAttribute('data-e2e-message-outgoing');
  if (flag === 'true' || flag === 'false') return flag === 'true';
  const label = messageLabel(wrapper);
  if (/^You said: |\. Sent on /.test(label)) return true;
  if (/\. Received on /.test(label)) return false;
  return null;
}

export const googleMessages: SiteAdapter = fromParts({
  id: 'google-messages',
  name: 'Google Messages',
  matches: ['https://messages.google.com/*'],

  isMessengerUrl(url) {
    return url.pathname.startsWith('/web/');
  },

  openChat(doc, url): OpenChat | null {
    // The new-conversation screen has recipients, not an open chat.
    if (/^\/web\/conversations\/new\b/.test(url.pathname)) return null;
    const id = conversationId(url);
    const chatTitle = title(doc, id);
    if (!chatTitle) return null;
    const kind: ChatKind = isGroup(doc, chatTitle) ? 'group' : 'direct';
    return { title: chatTitle, kind };
  },

  composer(doc) {
    return firstShown(doc, COMPOSER);
  },

  sendButton(doc) {
    return firstShown(doc, SEND) ?? first(doc, SEND);
  },

  lastMessageMine(doc) {
    const [last] = lastMatching(pane(doc), MESSAGE, 1);
    return last ? outgoing(last) : null;
  },

  watchRoot(doc) {
    // Holds both the conversation list and the conversation pane and survives route changes.
    return doc.querySelector('mw-main-container') ?? doc.querySelector('main') ?? doc.body;
  },
});
