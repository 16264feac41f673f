/**
 * WhatsApp Web (web.whatsapp.com). The conversation lives in `#main`, which
 * WhatsApp rebuilds on every chat switch without changing the URL.
 * Hooks, most stable first: the `#main` id and its `header`/`footer`, `title`
 * attributes on the header name, `data-id` on message rows (`true_`/`false_`
 * for own/their messages, `@g.us` for groups, `@newsletter` for channels),
 * `data-icon` names for the send control and default avatars, and the ARIA
 * role/label of the composer (a Lexical contenteditable).
 */
import { attrOf, controlAround, first, firstShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

const PANE = '#main';
// Newer builds mark the header with a test id; older ones only with the element.
const HEADER = ['#main header', '[data-testid="conversation-header"]'];
const COMPOSER = [
  '#main footer [contenteditable="true"][role="textbox"]',
  '#main footer [contenteditable="true"][data-tab]',
  '#main footer [contenteditable="true"]',
  // Older builds: the compose box's test id; and layouts where the composer is not in a footer.
  '#main [data-testid="conversation-compose-box-input"]',
  '#main [contenteditable="true"][data-tab="10"]',
  '#main [contenteditable="true"][role="textbox"]',
];
const SEND_ICONS = ['[data-icon="send"]', '[data-icon="wds-ic-send-filled"]', '[data-icon="send-light"]'];
const SEND_LABELLED = [
  'button[aria-label="Send"]',
  '[role="button"][aria-label="Send"]',
  // Older builds' test id.
  '[data-testid="compose-btn-send"]',
];
const MESSAGE_ROWS = '.message-in, .message-out, [data-id^="true_"], [data-id^="false_"]';

function header(doc: Document): Element | null {
  return first(doc, HEADER);
}

/** The chat name: the first titled span of the header, else its first auto-direction text. */
function headerTitle(head: Element): string {
  // Older builds: the title's own test id.
  const testId = textOf(head.querySelector('[data-testid="conversation-info-header-chat-title"]'));
  if (testId) return testId;
  const titled = attrOf(head, 'span[title]', 'title');
  if (titled) return titled;
  for (const span of head.querySelectorAll('span[dir="auto"]')) {
    const text = textOf(span);
    if (text) return text;
  }
  return '';
}

// Every row of a chat carries the same chat id, so the first row is enough:
// the runner looks on every busy frame, and a long chat has thousands of rows.
function chatKind(doc: Document, head: Element): ChatKind {
  const chatId = doc.querySelector(PANE)?.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
  if (chatId.includes('@newsletter') || chatId.includes('@broadcast')) return 'channel';
  if (chatId.includes('@g.us')) return 'group';
  if (head.querySelector('[data-icon^="default-group"], [data-icon^="default-community"]')) return 'group';
  return 'direct';
}

/** The newest message row: the last row of the message list, without scanning the whole list. */
function lastRow(doc: Document): Element | null {
  const firstRow = doc.querySelector(PANE)?.querySelector('[data-id]');
  const list = firstRow?.closest('[role="application"]') ?? firstRow?.parentElement?.parentElement;
  for (let row = list?.lastElementChild; row; row = row.previousElementSibling) {
    const message = row.matches(MESSAGE_ROWS) ? row : row.querySelector(MESSAGE_ROWS);
    if (message) return message;
  }
  return null;
}

export const whatsapp: SiteAdapter = fromParts({
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],

  openChat(doc): OpenChat | null {
    const head = header(doc);
    if (!head) return null;
    const title = headerTitle(head);
    return title ? { title, kind: chatKind(doc, head) } : null;
  },

  composer(doc) {
    return firstShown(doc, COMPOSER);
  },

  sendButton(doc) {
    // The footer first; the whole conversation pane where a layout has no footer.
    for (const area of [doc.querySelector('#main footer'), doc.querySelector(PANE)]) {
      const labelled = firstShown(area, SEND_LABELLED);
      if (labelled) return labelled;
      const icon = first(area, SEND_ICONS);
      if (icon) return controlAround(icon) ?? (icon as HTMLElement);
    }
    return null;
  },

  lastMessageMine(doc) {
    const row = lastRow(doc);
    if (!row) return null;
    const bubble = row.matches('.message-in, .message-out') ? row : (row.querySelector('.message-in, .message-out') ?? row);
    if (bubble.classList.contains('message-out')) return true;
    if (bubble.classList.contains('message-in')) return false;
    const id = (row.closest('[data-id]') ?? row.querySelector('[data-id]'))?.getAttribute('data-id');
    return id ? id.startsWith('true_') : null;
  },

  watchRoot(doc) {
    return doc.getElementById('app') ?? doc.body;
  },
});
