/**
 * X (Twitter) direct messages, in both UIs X has served:
 *   - XChat, the current chat at /i/chat/<conversationId> (React + Tailwind);
 *   - the older DMs at /messages/<conversationId> (React Native for Web, Draft.js).
 * Hooks, most stable first: the conversation id in the URL (one-to-one ids are
 * two user ids joined by "-", XChat groups start with "g", older groups are a
 * single number), `data-testid` attributes (dm-conversation-header /
 * dm-conversation-username / dm-composer-textarea / dm-composer-send-button /
 * message-<uuid> in XChat; DmActivityContainer / messageEntry /
 * dmComposerTextInput / dmComposerSendButton / DMGroupConversationTitle in the
 * older UI), the `#detail-header` heading of the older detail column, and
 * layout direction for whose message is whose (logical flex-end = own).
 */
import { first, firstShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

const CONVERSATION_PATH = /^\/(?:i\/chat|messages)\/([^/?#]+)/;
// Route segments under /i/chat and /messages that are screens, not conversations.
const NOT_A_CONVERSATION = new Set(['compose', 'new', 'requests', 'settings', 'pin', 'group_join', 'media', 'search']);

// XChat: the panel and its header; the older UI: the activity column and its heading.
const PANEL = ['[data-testid="dm-conversation-panel"]', '[data-testid="DmActivityContainer"]'];
const HEADER = '[data-testid="dm-conversation-header"]';
const LEGACY_HEADING = '#detail-header';
const TITLE = [
  `${HEADER} [data-testid="dm-conversation-username"]`, // XChat: display name (or group name)
  '[data-testid="dm-conversation-panel"] [data-testid="dm-conversation-username"]',
  `${LEGACY_HEADING} [data-testid="DMGroupConversationTitle"]`, // older UI, group chats
  `${HEADER} [data-testid="DMGroupConversationTitle"]`,
];
const COMPOSER = [
  'textarea[data-testid="dm-composer-textarea"]', // XChat: a plain textarea
  '[data-testid="dm-composer-textarea"]',
  '[data-testid="dmComposerTextInput"][contenteditable="true"]', // older UI: the Draft.js editor itself
  '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
  '.public-DraftEditor-content[contenteditable="true"]:not([data-testid^="tweetTextarea"])',
];
const SEND = ['[data-testid="dm-composer-send-button"]', '[data-testid="dmComposerSendButton"]'];
// XChat shows a voice-message button in the send slot while the draft is empty.
const SEND_SLOT = ['[data-testid="dm-composer-form"] button[type="submit"]', '[data-testid="dm-composer-voice-button"]'];
// XChat rows are "message-<uuid>" (not message-text-…, message-reaction-button-…); older rows are messageEntry.
const XCHAT_ROW = /^message-[0-9a-f]+(?:-[0-9a-f]+)*$/i;
const LEGACY_ROW = '[data-testid="messageEntry"]';
// XChat draws each sender's avatar inside group messages only.
const GROUP_SENDER_AVATAR = '[data-testid="dm-message-list"] [style*="grid-area: avatar"] a[href]';

function conversationId(url: URL): string | null {
  const id = CONVERSATION_PATH.exec(url.pathname)?.[1];
  return id && !NOT_A_CONVERSATION.has(id) ? decodeURIComponent(id) : null;
}

function kindFromId(id: string): ChatKind | null {
  if (/^g\d+$/i.test(id) || /^\d+$/.test(id)) return 'group';
  if (/^\d+[-:]\d+$/.test(id)) return 'direct';
  return null;
}

/** The older heading holds the name and sometimes "@handle" parts: take the first name-like text. */
function legacyHeadingTitle(doc: Document): string {
  const heading = doc.querySelector(LEGACY_HEADING);
  if (!heading) return '';
  for (const span of heading.querySelectorAll('span')) {
    const text = textOf(span);
    if (text && !text.startsWith('@')) return text;
  }
  return textOf(heading).replace(/\s@\w{1,15}$/, '');
}

function title(doc: Document): string {
  for (const selector of TITLE) {
    const text = textOf(doc.querySelector(selector));
    if (text) return text;
  }
  return legacyHeadingTitle(doc) || textOf(doc.querySelector(`${HEADER} h1, ${HEADER} h2, ${HEADER} [role="heading"]`));
}

function domSaysGroup(doc: Document): boolean {
  return Boolean(
    doc.querySelector(`${LEGACY_HEADING} [data-testid="DMGroupConversationTitle"], ${HEADER} [data-testid="DMGroupConversationTitle"]`) ||
      doc.querySelector('[data-testid^="dm-conversation-item-g"][data-selected="true"]') ||
      doc.querySelector(GROUP_SENDER_AVATAR),
  );
}

function messageRows(doc: Document): Element[] {
  const root = first(doc, PANEL) ?? doc;
  const modern = [...root.querySelectorAll('[data-testid^="message-"]')].filter((el) =>
    XCHAT_ROW.test(el.getAttribute('data-testid') ?? ''),
  );
  if (modern.length) return modern;
  return [...root.querySelectorAll(LEGACY_ROW)];
}

/** Vertical offset of a virtualised cell (the older list positions cells with translateY). */
function offsetOf(row: Element): number | null {
  const cell = row.closest('[data-testid="cellInnerDiv"]') as HTMLElement | null;
  const match = /translateY\((-?[\d.]+)px\)/.exec(cell?.style?.transform ?? '');
  return match ? Number(match[1]) : null;
}

function newest(rows: Element[]): Element | undefined {
  let last = rows[rows.length - 1];
  let lastOffset = last ? offsetOf(last) : null;
  if (lastOffset === null) return last;
  for (const row of rows) {
    const offset = offsetOf(row);
    if (offset !== null && offset > (lastOffset ?? -Infinity)) [last, lastOffset] = [row, offset];
  }
  return last;
}

const END = /^(?:flex-end|end)$/;
const START = /^(?:flex-start|start)$/;

/** Own messages sit at the logical end: Tailwind justify-end in XChat, align-items: flex-end in the older UI. */
function isOwn(row: Element): boolean | null {
  const aligned = row.matches('.justify-end, .justify-start') ? row : row.querySelector('.justify-end, .justify-start');
  if (aligned) return aligned.classList.contains('justify-end');
  const style = row.ownerDocument.defaultView?.getComputedStyle(row);
  if (!style) return null;
  if (END.test(style.alignItems) || END.test(style.justifyContent)) return true;
  if (START.test(style.alignItems) || START.test(style.justifyContent)) return false;
  return null;
}

export const x: SiteAdapter = fromParts({
  id: 'x',
  name: 'X (Twitter) messages',
  matches: ['https://x.com/*', 'https://twitter.com/*'],

  isMessengerUrl(url) {
    return /^\/(?:messages|i\/chat)(?:\/|$)/.test(url.pathname);
  },

  openChat(doc, url): OpenChat | null {
    // Both UIs put the open conversation in the URL; without one only the inbox is showing.
    const id = conversationId(url);
    if (!id) return null;
    const chatTitle = title(doc);
    if (!chatTitle) return null;
    // Any group signal wins: right after a switch the URL and the header can disagree for a frame.
    const kind: ChatKind = kindFromId(id) === 'group' || domSaysGroup(doc) ? 'group' : 'direct';
    return { title: chatTitle, kind };
  },

  composer(doc) {
    return firstShown(doc, COMPOSER);
  },

  sendButton(doc) {
    return firstShown(doc, SEND) ?? first(doc, SEND) ?? firstShown(doc, SEND_SLOT);
  },

  lastMessageMine(doc) {
    const row = newest(messageRows(doc));
    return row ? isOwn(row) : null;
  },

  watchRoot(doc) {
    // X keeps <main> across route changes; the conversation panel inside it is rebuilt.
    return doc.querySelector('main[role="main"]') ?? doc.querySelector('main') ?? doc.body;
  },
});
