/**
 * Telegram Web K (web.telegram.org/k/, the tweb client). Chats live in
 * `#column-center` as `.chat` panes; the open one is `.active` (while a pane
 * slides in, the one leaving is `.active.from`). tweb reuses the pane on a
 * switch (new header, new bubbles) and rewrites the URL hash in place
 * (`#@username` or `#<peerId>`, negative for groups and channels).
 * Hooks, most stable first: `data-peer-id` on the header's `.peer-title` and
 * avatar (negative = group or channel, positive = a person, a bot or the self
 * chat), the URL hash, the `is-broadcast` / `is-chat` flags on `.bubbles-inner`
 * (`is-chat` also marks the self chat, so it counts only without a peer id),
 * `is-in`/`is-out` on `.bubble[data-mid]`, the `.input-message-input`
 * contenteditable (never its `.input-field-input-fake` height twin), `.btn-send`;
 * the subtitle's words ("N members", "N subscribers", many languages) last.
 * Checked against real pages of 2022–2026 (see docs/adapters-telegram.md).
 */
import { displayText, first, firstShown } from '@/lib/sites/dom';
import { hashPeerId, newestIsOwn, peerIdOf, telegramKind, titleText } from '@/lib/sites/telegram';
import type { SiteAdapter } from '@/lib/sites/types';

const CENTER = 'column-center';
const PANE = [
  // The open pane, not the one sliding out.
  '.chat.tabs-tab.active:not(.from)',
  // TODO [2027-06-01]: remove once no build renders panes without `.tabs-tab` (seen before 2022).
  '.chat.active:not(.from)',
  '.chat.active',
];
// tweb hides the top bar (class `hide`) when no peer is open, leaving the old title inside.
const TOPBAR = '.topbar:not(.hide)';
// The header title; the subtitle of a forum topic holds a second `.peer-title` (its group), so `.top` first.
const TITLE = [
  '.chat-info .top .user-title .peer-title',
  // TODO [2027-06-01]: remove once no build renders the title outside `.top .user-title` (pre-2022 layouts).
  '.chat-info .user-title .peer-title',
  '.chat-info .user-title',
];
// With badges (verified, premium, emoji status) the name sits alone in `.peer-title-inner`.
const TITLE_NAME = '.peer-title-inner';
// 2022–2025 builds: `div.avatar.person-avatar`; 2022–2023 builds: `avatar-element.person-avatar`.
const AVATAR = '.chat-info .person-avatar[data-peer-id]';
const SUBTITLE = '.chat-info .bottom .info';
// The live list, not `.bubbles-remover` (also `.bubbles-inner`, holding bubbles being deleted).
const INNER = ['.bubbles .scrollable > .bubbles-inner', '.bubbles-inner:not(.bubbles-remover)'];
const COMPOSER = [
  // Builds up to 2026 pair the editable with an invisible `.input-field-input-fake` twin used to measure height.
  '.input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
  // Newer builds mount their editor on the same element and mark it.
  '[data-chat-input-editor][contenteditable="true"]:not(.input-field-input-fake)',
  '.input-message-container [contenteditable="true"]:not(.input-field-input-fake)',
];
const SEND = ['.btn-send-container .btn-send', 'button.btn-send'];
// Service bubbles (dates, joins) carry `service`; real messages carry `data-mid` and is-in/is-out.
const BUBBLE = '.bubble[data-mid]:not(.service):is(.is-in, .is-out)';

/** The chat pane shown in the middle column, or null when none is open. */
function openPane(doc: Document): Element | null {
  return first(doc.getElementById(CENTER), PANE);
}

export const telegramK: SiteAdapter = {
  id: 'telegram-k',
  name: 'Telegram Web K',
  matches: ['https://web.telegram.org/k/*'],

  isMessengerUrl(url) {
    return url.pathname === '/k' || url.pathname.startsWith('/k/');
  },

  read(doc, url) {
    const pane = openPane(doc);
    const head = pane?.querySelector(TOPBAR);
    const titleEl = first(head, TITLE);
    if (!pane || !head || !titleEl) return null;
    const title = titleText(titleEl.querySelector(TITLE_NAME) ?? titleEl);
    if (!title) return null;
    const inner = first(pane, INNER);
    const { kind, evidence } = telegramKind({
      headerPeer: peerIdOf(titleEl) ?? peerIdOf(head.querySelector(AVATAR)),
      hashPeer: hashPeerId(url),
      channelFlag: inner?.classList.contains('is-broadcast') ? 'is-broadcast flag' : null,
      groupFlag: inner?.classList.contains('is-chat') ? 'is-chat flag' : null,
      subtitle: displayText(head.querySelector(SUBTITLE)),
    });
    const input = pane.querySelector('.chat-input');
    return {
      title,
      kind,
      evidence,
      composer: () => firstShown(input, COMPOSER),
      sendButton: () => firstShown(input, SEND),
      lastMessageMine: () => newestIsOwn(first(pane, INNER), BUBBLE, '.is-out'),
    };
  },

  watchRoot(doc) {
    return doc.getElementById(CENTER) ?? doc.body;
  },
};
