/**
 * X (Twitter) direct messages, in both UIs X has served:
 *   - XChat, the current chat at /i/chat/<conversationId> (React + Tailwind), drawn
 *     since 2026 inside the open shadow root of [data-testid="xchatEmbedRoute"];
 *   - the older DMs at /messages/<conversationId> (React Native for Web, Draft.js).
 * Hooks, most stable first: the conversation id in the URL (one-to-one ids are
 * two user ids joined by "-" or ":", XChat groups start with "g", older groups
 * are a single number), `data-testid` attributes, and layout classes for whose
 * message is whose (Tailwind justify-end = own). No UI label is read, so every
 * interface language reads alike.
 */
import { displayText, first, firstMatchText, firstShown, lastMatching } from '@/lib/sites/dom';
import type { ChatKind, OpenThread, SiteAdapter } from '@/lib/sites/types';

const CONVERSATION_PATH = /^\/(?:i\/chat|messages)\/([^/?#]+)/;
// Route segments under /i/chat and /messages that are screens, not conversations.
const NOT_A_CONVERSATION = new Set(['compose', 'new', 'requests', 'settings', 'pin', 'group_join', 'media', 'search']);
const SHADOW_HOST = '[data-testid="xchatEmbedRoute"]';

// XChat's conversation panel; the older UI spreads heading, list and composer over the page.
const PANEL = '[data-testid="dm-conversation-panel"]';
const HEADER = '[data-testid="dm-conversation-header"]';
const TITLE = [
  `${HEADER} [data-testid="dm-conversation-username"]`, // XChat: display name or group name, as text
  '[data-testid="dm-conversation-username"]',
];
const COMPOSER = [
  'textarea[data-testid="dm-composer-textarea"]', // XChat: a plain textarea
  '[data-testid="dm-composer-textarea"]',
  // TODO [2027-06-01]: remove the Draft.js editor selectors with the older UI.
  '[data-testid="dmComposerTextInput"][contenteditable="true"]',
  '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
];
const SEND = ['[data-testid="dm-composer-send-button"]', '[data-testid="dmComposerSendButton"]'];
// XChat shows a voice-message button in the send slot while the draft is empty.
const SEND_SLOT = ['[data-testid="dm-composer-form"] button[type="submit"]', '[data-testid="dm-composer-voice-button"]'];
// XChat rows are "message-<uuid>" (not message-text-…, message-reaction-button-…).
const XCHAT_ROW = /^message-[0-9a-f]+(?:-[0-9a-f]+)*$/i;
const LEGACY_ROW = '[data-testid="messageEntry"]';
// Group signals besides the id: the older heading's group title; XChat's sender avatars inside group messages.
const LEGACY_GROUP_TITLE = '[data-testid="DMGroupConversationTitle"]';
const SENDER_AVATAR = '[style*="grid-area: avatar"] a[href]';
const RECENT_ROWS = 12;

function conversationId(url: URL): string | null {
  const id = CONVERSATION_PATH.exec(url.pathname)?.[1];
  return id && !NOT_A_CONVERSATION.has(id) ? decodeURIComponent(id) : null;
}

/** The newest XChat message rows, newest first (bounded: a long thread is not read whole). */
const recentRows = (panel: ParentNode): Element[] =>
  lastMatching(panel, '[data-testid^="message-"]', RECENT_ROWS * 3).filter((el) => XCHAT_ROW.test(el.getAttribute('data-testid') ?? ''));

/** The older UI's heading (an id, so no page-wide search). */
const legacyHeading = (root: ParentNode): Element | null =>
  'getElementById' in root ? (root as Document).getElementById('detail-header') : null;

function kindOf(id: string, root: ParentNode, panel: ParentNode): { kind: ChatKind; evidence: string } {
  // Any group signal wins: right after a switch the URL and the panel can disagree for a frame.
  if (/^g?\d+$/i.test(id)) return { kind: 'group', evidence: 'group conversation id' };
  if (legacyHeading(root)?.querySelector(LEGACY_GROUP_TITLE)) return { kind: 'group', evidence: 'group title in the heading' };
  if (recentRows(panel).some((row) => row.querySelector(SENDER_AVATAR))) return { kind: 'group', evidence: 'sender avatars on messages' };
  if (/^\d+[-:]\d+$/.test(id)) return { kind: 'direct', evidence: 'conversation id of two people' };
  return { kind: 'unknown', evidence: 'none' };
}

/** TODO [2027-06-01]: the older heading holds the name (a group's in its title) and an "@handle": take the first name-like text. */
function legacyTitle(root: ParentNode): string {
  const heading = legacyHeading(root);
  const group = displayText(heading?.querySelector(LEGACY_GROUP_TITLE));
  if (group) return group;
  for (const span of heading?.querySelectorAll('span') ?? []) {
    const text = displayText(span);
    if (text && !text.startsWith('@')) return text;
  }
  return '';
}

/** Vertical offset of a virtualised cell (the older list positions cells with translateY). */
function offsetOf(row: Element): number {
  const cell = row.closest('[data-testid="cellInnerDiv"]') as HTMLElement | null;
  return Number(/translateY\((-?[\d.]+)px\)/.exec(cell?.style?.transform ?? '')?.[1] ?? Number.NaN);
}

/** The newest message row: XChat's last row; the older list's lowest cell (its DOM order is not the visual one). */
function newestRow(panel: ParentNode): Element | undefined {
  const [xchat] = recentRows(panel);
  if (xchat) return xchat;
  // The older list is virtualised: only the cells on screen exist, so reading them all stays bounded.
  let best: Element | undefined;
  for (const row of panel.querySelectorAll(LEGACY_ROW)) if (!best || !(offsetOf(row) < offsetOf(best))) best = row;
  return best;
}

/** Own messages sit at the logical end: Tailwind justify-end in XChat, align-items: flex-end in the older UI. */
function isOwn(row: Element): boolean | null {
  const aligned = row.matches('.justify-end, .justify-start') ? row : row.querySelector('.justify-end, .justify-start');
  if (aligned) return aligned.classList.contains('justify-end');
  const style = row.ownerDocument.defaultView?.getComputedStyle(row);
  const end = `${style?.alignItems ?? ''} ${style?.justifyContent ?? ''}`;
  if (/\b(?:flex-)?end\b/.test(end)) return true;
  return /\b(?:flex-)?start\b/.test(end) ? false : null;
}

/** Where the chat lives: the page when the panel is there (found before the thread), else XChat's shadow root. */
const chatRoot = (doc: Document): ParentNode => (doc.querySelector(PANEL) ? doc : (doc.querySelector(SHADOW_HOST)?.shadowRoot ?? doc));

export const x: SiteAdapter = {
  id: 'x',
  name: 'X (Twitter) messages',
  matches: ['https://x.com/*', 'https://twitter.com/*'],

  isMessengerUrl(url) {
    return /^\/(?:messages|i\/chat)(?:\/|$)/.test(url.pathname);
  },

  read(doc, url): OpenThread | null {
    // Both UIs put the open conversation in the URL; without one only the inbox is showing.
    const id = conversationId(url);
    if (!id) return null;
    const root = chatRoot(doc);
    const panel = root.querySelector(PANEL) ?? root;
    // The header comes before the thread: one match per selector, never the whole thread.
    const title = firstMatchText(panel, TITLE) || legacyTitle(root);
    if (!title) return null;
    return {
      title,
      ...kindOf(id, root, panel),
      composer: () => firstShown(panel, COMPOSER),
      sendButton: () => firstShown(panel, SEND) ?? first(panel, SEND) ?? firstShown(panel, SEND_SLOT),
      lastMessageMine: () => {
        const row = newestRow(panel);
        return row ? isOwn(row) : null;
      },
    };
  },

  watchRoot(doc) {
    // XChat re-renders inside its shadow root, which page-level observers do not see into.
    const root = chatRoot(doc);
    return root !== doc ? root : (doc.querySelector('main[role="main"]') ?? doc.querySelector('main') ?? doc.body);
  },
};
