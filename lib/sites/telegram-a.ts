/**
 * Telegram Web A (web.telegram.org/a/, the telegram-tt client). The open chat
 * is `#MiddleColumn .messages-layout` (absent when none is open); a switch
 * re-renders the header's `.ChatInfo` and the `.MessageList` and pushes
 * `#<chatId>` (negative for groups, `-100…` for supergroups and channels).
 * Hooks, most stable first: `data-peer-id` on the header's `.Avatar` (negative
 * = group or channel), the `.group-status` subtitle only group headers render,
 * the URL hash, the selected chat-list row's `group` class, the fixed
 * `#editable-message-text` composer id, the composer's `.main-button`,
 * `.Message.own` for outgoing messages; the English "members"/"subscribers"
 * subtitle last.
 */
import { firstShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

const MIDDLE = '#MiddleColumn';
// The header animates between slides; the active slide holds the current chat.
const CHAT_INFO = ['.MiddleHeader .Transition_slide-active .ChatInfo', '.MiddleHeader .ChatInfo'];
const TITLE = ['.fullName', '.title h3', '.title'];
const COMPOSER = [
  // The client's own lookup: the editable in the active message-list slide (old slides may linger during animation).
  '.messages-layout .Transition_slide-active #editable-message-text[contenteditable="true"]',
  '.messages-layout #editable-message-text[contenteditable="true"]',
  // Without the id: the composer's textbox, never its non-editable `.clone` height mirror.
  '.middle-column-footer .Composer [contenteditable="true"][role="textbox"]:not(.clone)',
];
// One round button that is send, record, edit or schedule by class; its aria-label is localized.
const SEND = [
  '.messages-layout .middle-column-footer .Composer button.main-button',
  '.messages-layout .Composer button.send',
  '.messages-layout button[aria-label="Send Message"]',
];
const MESSAGE_LIST = ['.messages-layout .Transition_slide-active .MessageList', '.messages-layout .MessageList'];
// Service lines are `.ActionMessage`; real messages are `.Message`, outgoing ones also `.own`.
const MESSAGES = '.Message.message-list-item:not(.ActionMessage)';
// English only; the peer id and `.group-status` above decide first.
const GROUP_SUBTITLE = /\b(members?|participants?|subscribers?|followers?)\b/i;
const CHANNEL_SUBTITLE = /\b(subscribers?|followers?)\b/i;

function middle(doc: Document): Element | null {
  return doc.querySelector(MIDDLE);
}

function chatInfo(doc: Document): Element | null {
  const root = middle(doc)?.querySelector('.messages-layout');
  if (!root) return null;
  for (const selector of CHAT_INFO) {
    const info = root.querySelector(selector);
    if (info) return info;
  }
  return null;
}

function peerIdOf(el: Element | null | undefined): number | null {
  const raw = el?.getAttribute('data-peer-id')?.trim();
  if (!raw || !/^-?\d+$/.test(raw)) return null;
  return Number(raw);
}

/** `#-100…`, `#123_thread`…: the chat id leads the hash. */
function hashPeerId(url: URL): number | null {
  const match = /^#(-?\d+)/.exec(url.hash);
  return match ? Number(match[1]) : null;
}

function headerTitle(info: Element): string {
  for (const selector of TITLE) {
    const text = textOf(info.querySelector(selector));
    if (text) return text;
  }
  return '';
}

function chatKind(doc: Document, info: Element, url: URL): ChatKind {
  const subtitle = textOf(info.querySelector('.status'));
  const channel = CHANNEL_SUBTITLE.test(subtitle);
  // A forum topic header shows a topic icon instead of the chat's avatar: then the URL and list decide.
  const headerPeer = peerIdOf(info.querySelector('.Avatar[data-peer-id]'));
  const fallbackGroup =
    headerPeer === null &&
    ((hashPeerId(url) ?? 0) < 0 || Boolean(doc.querySelector('#LeftColumn .ListItem.Chat.selected.group, #LeftColumn .ListItem.Chat.selected-forum')));
  const group =
    channel || (headerPeer !== null && headerPeer < 0) || Boolean(info.querySelector('.group-status')) || fallbackGroup || GROUP_SUBTITLE.test(subtitle);
  if (!group) return 'direct';
  return channel ? 'channel' : 'group';
}

export const telegramA: SiteAdapter = fromParts({
  id: 'telegram-a',
  name: 'Telegram Web A',
  matches: ['https://web.telegram.org/a/*'],

  isMessengerUrl(url) {
    return url.pathname === '/a' || url.pathname.startsWith('/a/');
  },

  openChat(doc, url): OpenChat | null {
    const info = chatInfo(doc);
    if (!info) return null;
    const title = headerTitle(info);
    return title ? { title, kind: chatKind(doc, info, url) } : null;
  },

  composer(doc) {
    return firstShown(middle(doc), COMPOSER);
  },

  sendButton(doc) {
    return firstShown(middle(doc), SEND);
  },

  lastMessageMine(doc) {
    const list = firstShown(middle(doc), MESSAGE_LIST);
    const messages = list?.querySelectorAll(MESSAGES);
    const last = messages?.[messages.length - 1];
    if (!last) return null;
    return last.classList.contains('own');
  },

  watchRoot(doc) {
    return middle(doc) ?? doc.body;
  },
});
