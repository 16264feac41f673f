/**
 * Microsoft Teams on the web, new Teams (v2): work/school on teams.microsoft.com/v2/
 * and teams.cloud.microsoft, personal on teams.live.com/v2/. The URL stays on /v2/
 * (or the bare origin) whichever chat is open; the main area re-renders in place.
 * Hooks, most stable first:
 * - the open conversation's thread id in `data-track-thread-id` (on the send button;
 *   channel headers carry it too): `@thread.tacv2` is a channel, `19:meeting_` a
 *   meeting chat; it also finds the chat list row (`#title-chat-list-item_<id>`), whose
 *   `aria-labelledby` names Teams' hidden kind texts (one-on-one / group / meeting);
 * - `data-tid` hooks: `entity-header`, `chat-title` (h2), `channelTitle-text`, group-only
 *   header controls (name group chat, group avatar, Meet now), the participant count
 *   (shown as 0 in 1:1 chats since Oct 2026), `chat-pane-compose-message-footer`,
 *   `ckeditor`, `sendMessageCommands-send`, `chat-pane-message`;
 * - ids Teams derives from data: `chat-topic-person-*`, `custom-chat-topic-renderer`;
 * - Fluent UI's semantic (not generated) classes `fui-ChatMyMessage` / `fui-ChatMessage`
 *   for own vs incoming messages, and `ck-editor__editable` for the CKEditor 5 composer.
 */
import { firstShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

const MAIN = '[data-tid="app-layout-area--main"]';
const FOOTER = '[data-tid="chat-pane-compose-message-footer"]';
const CHAT_TITLE = [
  '[data-tid="entity-header"] [data-tid="chat-title"]',
  // Builds without the entity-header wrapper (and older `chat-header-<thread id>` panes).
  'h2[data-tid="chat-title"]',
  '[data-tid="chat-title"]',
];
const CHANNEL_TITLE = ['[data-tid="channelTitle-text"]', '[data-tid="channel-header-title"]'];
const HEADER = '[data-tid="entity-header"], [id^="chat-header-"], [data-tid="message-pane-layout"]';
// Controls Teams renders in the header of group chats only.
const GROUP_MARKS = [
  '[data-tid="chat-title-name-group-chat"]',
  '[data-tid="tfw-group-chat-avatar-button"]',
  '[data-tid="audio-drop-in-button"]',
  '[data-testid="group-trust-indicator"]',
].join(', ');
const TOPIC_PERSON = '[data-tid="chat-topic-menu"] [id^="chat-topic-person-"]';
const PARTICIPANTS = '[data-tid="chat-header-participant-count"]';
// Ids of the hidden texts a chat row's aria-labelledby points at (work and personal spellings).
const GROUP_ROW_TOKENS = ['chat-group-support-text', 'group-chat-support-text', 'chat-meeting-support-text'];
const BADGES = '.fui-Badge, [data-testid$="trust-indicator"], [role="img"]';
const COMPOSER = [
  `${FOOTER} [data-tid="ckeditor"][contenteditable="true"]`,
  `${MAIN} [data-tid="ckeditor"][id^="new-message-"][contenteditable="true"]`,
  `${FOOTER} .ck-editor__editable[contenteditable="true"]`,
  `${FOOTER} [role="textbox"][contenteditable="true"]`,
];
const SEND = [
  `${FOOTER} button[data-tid="sendMessageCommands-send"]`,
  'button[data-tid="sendMessageCommands-send"]',
  // Other compose layout; outside the footer the same tid is the edit-message "Done" button.
  `${FOOTER} button[data-tid="newMessageCommands-send"]`,
  // English-only last resort ("Send", "Send (Ctrl+Enter)").
  `${FOOTER} button[aria-label^="Send"]`,
];
const MESSAGES = '[data-tid="chat-pane-message"], [data-tid="channel-pane-message"]';

function threadId(doc: Document): string {
  return firstShown(doc, ['[data-track-thread-id]'])?.getAttribute('data-track-thread-id')?.trim() ?? '';
}

/** Text of an element without its badges ("External") and icons. */
function plainText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const badge of copy.querySelectorAll(BADGES)) badge.remove();
  return textOf(copy);
}

/** The chat name as the header shows it: custom topic, titled span, participants, or text. */
function chatTitle(title: Element): string {
  const custom = title.querySelector('#custom-chat-topic-renderer');
  if (custom && textOf(custom)) return textOf(custom);
  const titled = title.querySelector('span[title]')?.getAttribute('title')?.trim();
  if (titled) return titled;
  const people = [...title.querySelectorAll(TOPIC_PERSON)].map(textOf).filter(Boolean);
  if (people.length) return people.join(', ');
  return plainText(title);
}

/** The number in "View and add participants, 3 participants" (or the button's text), else null. */
function participantCount(head: ParentNode): number | null {
  const button = head.querySelector(PARTICIPANTS);
  if (!button) return null;
  const digits = (button.getAttribute('aria-label') ?? '').match(/\d+/) ?? textOf(button).match(/\d+/);
  return digits ? Number(digits[0]) : null;
}

/** The chat list row of the open thread, found by the id Teams gives its title span. */
function listRow(doc: Document, thread: string): Element | null {
  if (!thread) return null;
  return doc.getElementById(`title-chat-list-item_${thread}`)?.closest('[role="treeitem"]') ?? null;
}

function chatKind(doc: Document, title: Element, thread: string): ChatKind {
  if (/@thread\.tacv2$/i.test(thread)) return 'channel';
  const pane = doc.querySelector(MAIN) ?? doc;
  if (pane.querySelector('[data-tid="channel-pane-message"], [data-tid="channel-pane-viewport"]')) return 'channel';
  if (/^19:meeting_/i.test(thread)) return 'group';
  const row = listRow(doc, thread);
  if (row && /channel/i.test(row.getAttribute('data-item-type') ?? '')) return 'channel';
  const tokens = (row?.getAttribute('aria-labelledby') ?? '').split(/\s+/);
  if (GROUP_ROW_TOKENS.some((token) => tokens.includes(token))) return 'group';
  const head = title.closest(HEADER) ?? title.parentElement ?? title;
  if (head.querySelector(GROUP_MARKS)) return 'group';
  if (title.querySelectorAll(TOPIC_PERSON).length > 1) return 'group';
  // An unnamed group shows its first person and "+N".
  if (/\+\d+$/.test(plainText(title))) return 'group';
  // You plus one other is two; a 1:1 shows 0 (Oct 2026) or no count at all.
  const count = participantCount(head);
  if (count !== null && count > 2) return 'group';
  return 'direct';
}

export const teams: SiteAdapter = fromParts({
  id: 'teams',
  name: 'Microsoft Teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.cloud.microsoft/*', 'https://teams.live.com/*'],

  isMessengerUrl(url) {
    // The app lives at /v2/ (or the bare origin on teams.cloud.microsoft; classic Teams used
    // /_#/); /l/ and /dl/ deep links, /meet/ join pages and /api/ are not the messenger.
    return !/^\/(l|dl|meet|api)(\/|$)/.test(url.pathname);
  },

  openChat(doc): OpenChat | null {
    const thread = threadId(doc);
    const title = firstShown(doc, CHAT_TITLE);
    if (title) {
      const name = chatTitle(title);
      return name ? { title: name, kind: chatKind(doc, title, thread) } : null;
    }
    const channel = firstShown(doc, CHANNEL_TITLE);
    const name = channel ? plainText(channel) : '';
    return name ? { title: name, kind: 'channel' } : null;
  },

  composer(doc) {
    return firstShown(doc, COMPOSER);
  },

  sendButton(doc) {
    return firstShown(doc, SEND);
  },

  lastMessageMine(doc) {
    const messages = (doc.querySelector(MAIN) ?? doc).querySelectorAll(MESSAGES);
    const last = messages[messages.length - 1];
    if (!last) return null;
    // Current Fluent classes first; older builds only had "ChatMyMessage" inside longer class names.
    if (last.closest('.fui-ChatMyMessage, .fui-ChatMyMessage__body')) return true;
    if (last.closest('.fui-ChatMessage, .fui-ChatMessage__body')) return false;
    if (last.closest('[class*="ChatMyMessage"]')) return true;
    if (last.closest('[class*="ChatMessage"]')) return false;
    return null;
  },

  watchRoot(doc) {
    return doc.querySelector(MAIN) ?? doc.body;
  },
});
