/**
 * Telegram Web K (web.telegram.org/k/, the tweb client). Chats live in
 * `#column-center` as `.chat.tabs-tab` panes; the open one is `.active` and
 * tweb reuses it on a chat switch (new title, new bubbles) while rewriting the
 * URL hash in place (`#@username` or `#<peerId>`, negative for groups/channels).
 * Hooks, most stable first: `data-peer-id` on the header's `.peer-title`/avatar
 * (negative = group or channel), the `is-chat`/`is-broadcast` flags on
 * `.bubbles-inner`, the URL hash, `is-in`/`is-out` on `.bubble[data-mid]`, the
 * `.input-message-input` contenteditable (skipping its `.input-field-input-fake`
 * height twin), `.btn-send`; the English "members"/"subscribers" subtitle last.
 */
import { firstShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

const CENTER = '#column-center';
// The open chat pane; older builds may lack `.tabs-tab`, and a closing pane can lose `.active` for a frame.
const ACTIVE_CHAT = ['#column-center .chat.tabs-tab.active', '#column-center .chat.active', '.chats-container .chat.active'];
// tweb hides the top bar (class `hide`) when no peer is open, leaving the old title inside.
const TOPBAR = '.topbar:not(.hide)';
const TITLE = ['.chat-info .peer-title-inner', '.chat-info .peer-title', '.chat-info .user-title'];
const COMPOSER = [
  // Builds up to 2025 pair the editable with an invisible `.input-field-input-fake` twin used to measure height.
  '.chat-input .input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
  // 2026 builds mount a Tiptap editor on the same element and mark it.
  '.chat-input [data-chat-input-editor][contenteditable="true"]:not(.input-field-input-fake)',
  '.input-message-container [contenteditable="true"]:not(.input-field-input-fake)',
];
const SEND = ['.chat-input .btn-send-container .btn-send', '.chat-input button.btn-send'];
// Service bubbles (dates, joins) carry `service`; real messages carry `data-mid` and is-in/is-out.
const BUBBLES = '.bubbles-inner .bubble[data-mid].is-in:not(.service), .bubbles-inner .bubble[data-mid].is-out:not(.service)';
// English only; the peer id and bubble flags above decide first.
const GROUP_SUBTITLE = /\b(members?|participants?|subscribers?|followers?)\b/i;
const CHANNEL_SUBTITLE = /\b(subscribers?|followers?)\b/i;

/** The chat pane shown in the middle column, or null when none is open. */
function activeChat(doc: Document): Element | null {
  for (const selector of ACTIVE_CHAT) {
    const chat = doc.querySelector(selector);
    if (chat) return chat;
  }
  return null;
}

function peerIdOf(el: Element | null | undefined): number | null {
  const raw = el?.getAttribute('data-peer-id')?.trim();
  if (!raw || !/^-?\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The open peer's id from the header (title first, then the avatar). */
function headerPeerId(head: Element): number | null {
  return peerIdOf(head.querySelector('.chat-info .peer-title[data-peer-id]')) ?? peerIdOf(head.querySelector('.chat-info [data-peer-id]'));
}

/** `#-123…` in the URL: tweb writes the peer id there unless the peer has a username. */
function hashPeerId(url: URL): number | null {
  const match = /^#(-?\d+)/.exec(url.hash);
  return match ? Number(match[1]) : null;
}

function headerTitle(head: Element): string {
  for (const selector of TITLE) {
    const text = textOf(head.querySelector(selector));
    if (text) return text;
  }
  return '';
}

function chatKind(chat: Element, head: Element, url: URL): ChatKind {
  const inner = chat.querySelector('.bubbles-inner');
  const subtitle = textOf(head.querySelector('.chat-info .info'));
  const peerId = headerPeerId(head) ?? hashPeerId(url);
  const channel = Boolean(inner?.classList.contains('is-broadcast')) || CHANNEL_SUBTITLE.test(subtitle);
  const group =
    channel || (peerId !== null && peerId < 0) || Boolean(inner?.classList.contains('is-chat')) || GROUP_SUBTITLE.test(subtitle);
  if (!group) return 'direct';
  return channel ? 'channel' : 'group';
}

export const telegramK: SiteAdapter = fromParts({
  id: 'telegram-k',
  name: 'Telegram Web K',
  matches: ['https://web.telegram.org/k/*'],

  isMessengerUrl(url) {
    return url.pathname === '/k' || url.pathname.startsWith('/k/');
  },

  openChat(doc, url): OpenChat | null {
    const chat = activeChat(doc);
    const head = chat?.querySelector(TOPBAR);
    if (!chat || !head) return null;
    const title = headerTitle(head);
    return title ? { title, kind: chatKind(chat, head, url) } : null;
  },

  composer(doc) {
    return firstShown(activeChat(doc), COMPOSER);
  },

  sendButton(doc) {
    return firstShown(activeChat(doc), SEND);
  },

  lastMessageMine(doc) {
    const bubbles = activeChat(doc)?.querySelectorAll(BUBBLES);
    const last = bubbles?.[bubbles.length - 1];
    if (!last) return null;
    return last.classList.contains('is-out');
  },

  watchRoot(doc) {
    return doc.querySelector(CENTER) ?? doc.body;
  },
});
