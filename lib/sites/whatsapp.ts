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
import type { ChatKind, OpenChat, SiteAdapter } from '@/lib/sites/types';

const PANE = '#main';
// Newer builds mark the header with a test id; older ones only with the element.
const HEADER = ['#main header', '[data-testid="conversation-header"]'];
const COMPOSER = [
  '#main footer [contenteditable="true"][role="textbox"]',
  '#main footer [contenteditable="true"][data-tab]',
  '#main footer [contenteditable="true"]',
];
const SEND_ICONS = ['[data-icon="send"]', '[data-icon="wds-ic-send-filled"]', '[data-icon="send-light"]'];
const MESSAGE_ROWS = '.message-in, .message-out, [data-id^="true_"], [data-id^="false_"]';

function header(doc: Document): Element | null {
  return first(doc, HEADER);
}

/** The chat name: the first titled span of the header, else its first auto-direction text. */
function headerTitle(head: Element): string {
  const titled = attrOf(head, 'span[title]', 'title');
  if (titled) return titled;
  for (const span of head.querySelectorAll('span[dir="auto"]')) {
    const text = textOf(span);
    if (text) return text;
  }
  return '';
}

function chatKind(doc: Document, head: Element): ChatKind {
  const pane = doc.querySelector(PANE) ?? doc;
  if (pane.querySelector('[data-id*="@newsletter"], [data-id*="@broadcast"]')) return 'channel';
  if (pane.querySelector('[data-id*="@g.us"]')) return 'group';
  if (head.querySelector('[data-icon^="default-group"], [data-icon^="default-community"]')) return 'group';
  return 'direct';
}

export const whatsapp: SiteAdapter = {
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
    const footer = doc.querySelector('#main footer');
    const labelled = firstShown(footer, ['button[aria-label="Send"]', '[role="button"][aria-label="Send"]']);
    if (labelled) return labelled;
    const icon = first(footer, SEND_ICONS);
    return controlAround(icon) ?? (icon as HTMLElement | null);
  },

  lastMessageMine(doc) {
    const rows = doc.querySelector(PANE)?.querySelectorAll(MESSAGE_ROWS);
    const last = rows?.[rows.length - 1];
    if (!last) return null;
    if (last.classList.contains('message-out')) return true;
    if (last.classList.contains('message-in')) return false;
    return last.getAttribute('data-id')?.startsWith('true_') ?? null;
  },

  watchRoot(doc) {
    return doc.getElementById('app') ?? doc.body;
  },
};
