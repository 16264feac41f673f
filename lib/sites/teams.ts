/**
 * Microsoft Teams on the web (new Teams, v2): teams.microsoft.com/v2/, teams.cloud.microsoft,
 * personal teams.live.com/v2/. The URL stays put whichever chat is open; the main area
 * re-renders in place. Every label is translated, so none is read. Hooks, most stable first
 * (checked against live-captured headers, docs/adapters-chat-apps.md): `data-tid` hooks in
 * `app-layout-area--main` — `chat-title` (h2), the people in `chat-topic-menu`, controls only
 * group chats have, the 1:1 call button, the participant count, `chat-pane-message`, `ckeditor`,
 * `sendMessageCommands-send`, `channelTitle-text`; the thread id in `data-track-thread-id`;
 * Fluent's semantic `fui-ChatMyMessage` / `fui-ChatMessage` classes for whose message.
 */
import { displayText, elementsFromEnd, firstShown, lastMatching } from '@/lib/sites/dom';
import type { ChatKind, OpenThread, SiteAdapter } from '@/lib/sites/types';

const MAIN = '[data-tid="app-layout-area--main"]';
const FOOTER = '[data-tid="chat-pane-compose-message-footer"]';
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]';
const CHAT_TITLE = [
  '[data-tid="entity-header"] [data-tid="chat-title"]',
  // TODO [2027-06-01]: remove once no build renders the title outside entity-header (chat-header-<thread id> panes, 2024).
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
const ONE_ON_ONE_MARKS = '[data-tid="default-chat-call-audio-button"]';
const TOPIC_PERSON = '[data-tid="chat-topic-menu"] [id^="chat-topic-person-"]';
const PARTICIPANTS = '[data-tid="chat-header-participant-count"]';
const BADGES = '.fui-Badge, [data-testid$="trust-indicator"], [role="img"]';
const COMPOSER = [
  `${FOOTER} [data-tid="ckeditor"][contenteditable="true"]`,
  '[data-tid="ckeditor"][id^="new-message-"][contenteditable="true"]',
  `${FOOTER} .ck-editor__editable[contenteditable="true"]`,
  `${FOOTER} [role="textbox"][contenteditable="true"]`,
];
const SEND = [
  `${FOOTER} button[data-tid="sendMessageCommands-send"]`,
  'button[data-tid="sendMessageCommands-send"]',
  // Other compose layout; outside the footer the same tid is the edit-message "Done" button.
  `${FOOTER} button[data-tid="newMessageCommands-send"]`,
];
const MESSAGES = '[data-tid="chat-pane-message"], [data-tid="channel-pane-message"]';

/** The first match not hidden by attributes (no layout: read() runs every busy frame). */
function firstPresent(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) if (!el.closest(HIDDEN)) return el;
  }
  return null;
}

// How far back from the end of the main area the compose footer can be (its toolbar, editor and icons).
const FOOTER_REACH = 600;

/** The thread id the send button carries: it sits after the thread, so look from the end, a bounded way. */
function threadId(main: ParentNode): string {
  const top = 'documentElement' in main ? (main as Document).documentElement : (main as Element);
  let seen = 0;
  for (const el of elementsFromEnd(top)) {
    if (el.hasAttribute('data-track-thread-id')) return el.getAttribute('data-track-thread-id')?.trim() ?? '';
    if (++seen >= FOOTER_REACH) break;
  }
  return '';
}

/** Text of an element without its badges ("External") and icons. */
function plainText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const badge of copy.querySelectorAll(BADGES)) badge.remove();
  return displayText(copy);
}

/** The chat name as the header shows it: custom topic, titled span, the people, or text. */
function chatTitle(title: Element): string {
  const custom = title.querySelector('#custom-chat-topic-renderer');
  if (custom && displayText(custom)) return displayText(custom);
  const titled = title.querySelector('span[title]')?.getAttribute('title')?.trim();
  if (titled) return titled;
  const people = [...title.querySelectorAll(TOPIC_PERSON)].map(displayText).filter(Boolean);
  if (people.length) return people.join(', ');
  return plainText(title);
}

/** The number in the participant count's label or text (digits in any language), else null. */
function participantCount(head: ParentNode): number | null {
  const button = head.querySelector(PARTICIPANTS);
  if (!button) return null;
  const digits = displayText(button).match(/\d+/) ?? (button.getAttribute('aria-label') ?? '').match(/\d+/);
  return digits ? Number(digits[0]) : null;
}

function chatKind(title: Element, thread: string): { kind: ChatKind; evidence: string } {
  if (/@thread\.tacv2$/i.test(thread)) return { kind: 'channel', evidence: 'thread id @thread.tacv2' };
  if (/^19:meeting_/i.test(thread)) return { kind: 'group', evidence: 'meeting thread id' };
  const head = title.closest(HEADER) ?? title.parentElement ?? title;
  if (head.querySelector(GROUP_MARKS)) return { kind: 'group', evidence: 'group-chat header controls' };
  const people = title.querySelectorAll(TOPIC_PERSON).length;
  if (people > 1) return { kind: 'group', evidence: `${people} people in the chat topic` };
  // An unnamed group shows its first person and "+N".
  if (/\+\d+$/.test(plainText(title))) return { kind: 'group', evidence: 'topic "+N"' };
  // You plus one other is two; a 1:1 shows 0 (Oct 2026) or no count at all.
  const count = participantCount(head);
  if (count !== null && count > 2) return { kind: 'group', evidence: `${count} participants` };
  if (people === 1) return { kind: 'direct', evidence: 'one person in the chat topic' };
  if (head.querySelector(ONE_ON_ONE_MARKS)) return { kind: 'direct', evidence: '1:1 call button' };
  return { kind: 'unknown', evidence: 'none' };
}

export const teams: SiteAdapter = {
  id: 'teams',
  name: 'Microsoft Teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.cloud.microsoft/*', 'https://teams.live.com/*'],

  isMessengerUrl(url) {
    // The app lives at /v2/ (or the bare origin on teams.cloud.microsoft; classic Teams used
    // /_#/); /l/ and /dl/ deep links, /meet/ join pages and /api/ are not the messenger.
    return !/^\/(l|dl|meet|api)(\/|$)/.test(url.pathname);
  },

  read(doc): OpenThread | null {
    const main = doc.querySelector(MAIN) ?? doc;
    const thread = threadId(main);
    const title = firstPresent(main, CHAT_TITLE);
    const channel = title ? null : firstPresent(main, CHANNEL_TITLE);
    const name = title ? chatTitle(title) : channel ? plainText(channel) : '';
    if (!name) return null;
    const { kind, evidence } = title ? chatKind(title, thread) : { kind: 'channel' as const, evidence: 'channel header' };
    return {
      title: name,
      kind,
      evidence,
      composer: () => firstShown(main, COMPOSER),
      sendButton: () => firstShown(main, SEND),
      lastMessageMine() {
        const [last] = lastMatching(main, MESSAGES, 1);
        if (!last) return null;
        // Current Fluent classes first; older builds only had "ChatMyMessage" inside longer class names.
        if (last.closest('.fui-ChatMyMessage, .fui-ChatMyMessage__body')) return true;
        if (last.closest('.fui-ChatMessage, .fui-ChatMessage__body')) return false;
        // TODO [2027-06-01]: remove once no build ships the pre-2025 hashed Chat classes.
        if (last.closest('[class*="ChatMyMessage"]')) return true;
        if (last.closest('[class*="ChatMessage"]')) return false;
        return null;
      },
    };
  },

  watchRoot(doc) {
    return doc.querySelector(MAIN) ?? doc.body;
  },
};
