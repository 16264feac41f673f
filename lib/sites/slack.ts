/**
 * Slack in the browser (app.slack.com/client/…): one-to-one direct messages.
 * Slack is a single-page app that swaps the primary view on history.pushState.
 * Hooks, most stable first:
 * - the route `/client/<teamId>/<conversationId>`: D… ids are DMs; C… and G… ids are
 *   channels, private channels and multi-person DMs (never direct);
 * - the sidebar row of that id: `data-qa-channel-sidebar-channel-id` with
 *   `data-qa-channel-sidebar-channel-type` = im | mpim | channel | private;
 * - `data-qa` test hooks: `view_header` > `channel_name` for the title,
 *   `message_container` / `message_sender_name` for messages, `message_input` (Quill
 *   `.ql-editor`) for the composer, `texty_send_button` for the send control;
 * - the tab title "Name (DM) - Workspace - Slack" as a last title fallback;
 * - English aria-labels last ("Send now", "User menu: Name").
 * The thread flexpane (secondary view) has its own composer and messages: always skipped.
 */
import { first, isShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

const CLIENT = /^\/client\/[A-Z0-9]+\//;
const CONVERSATION_ID = /^[CDG][A-Z0-9]{6,}$/;
// The thread flexpane and other secondary panes hold a second conversation UI.
const SECONDARY = '[data-qa="threads_flexpane"], .p-view_contents--secondary, .p-flexpane';
const HEADER = ['[data-qa="view_header"]', '.p-view_header', '[role="toolbar"][aria-label="Primary view actions"]'];
const HEADER_TITLE = [
  '[data-qa="channel_name"]',
  '.p-view_header__member_name', // DM header (member name)
  '.p-view_header__channel_title',
  '[data-qa="channel_name_button"]',
];
const COMPOSER = [
  '[data-qa="message_input"] .ql-editor[contenteditable="true"]', // Quill composer
  '.ql-editor[contenteditable="true"][role="textbox"]',
  '[data-qa="message_input_container"] [role="textbox"][contenteditable="true"]', // texty input without Quill
  '[data-qa="texty_input"][contenteditable="true"]',
];
const COMPOSER_BOX = '[data-qa="message_input_container"], .p-message_pane_input, .c-wysiwyg_container';
const SEND = ['button[data-qa="texty_send_button"]', '[data-qa="texty_send_button"]', 'button[aria-label="Send now"]'];
const MESSAGE = '[data-qa="message_container"]';
const SENDER = ['[data-qa="message_sender_name"]', '.c-message__sender_button'];
const TAB_TITLE = /^(?:[!*]\s*)?(.+?)\s*\((?:DM|Direct message)\)\s+-\s+/i;

const norm = (text: string) => text.replace(/^@/, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Elements of the primary view only, in selector priority order. */
function primary(root: ParentNode, selectors: readonly string[], shown = false): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const selector of selectors) {
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      if (!el.closest(SECONDARY) && (!shown || isShown(el)) && !found.includes(el)) found.push(el);
    }
  }
  return found;
}

function sidebarRow(doc: Document, id: string): Element | null {
  return doc.querySelector(`[data-qa-channel-sidebar-channel-id="${id}"]`);
}

function rowName(row: Element | null): string {
  return textOf(row?.querySelector('[data-qa^="channel_sidebar_name_"]'));
}

function headerTitle(doc: Document): string {
  const header = primary(doc, HEADER)[0];
  return header ? textOf(first(header, HEADER_TITLE)) : '';
}

function kindOf(id: string, row: Element | null): ChatKind {
  const type = row?.getAttribute('data-qa-channel-sidebar-channel-type');
  if (type === 'im') return 'direct';
  if (type === 'mpim') return 'group';
  if (type) return 'channel'; // channel, private
  if (id.startsWith('D')) return 'direct';
  return id.startsWith('G') ? 'group' : 'channel';
}

/** The names the signed-in person goes by: the user menu and their own ("you") DM row. */
function selfNames(doc: Document): Set<string> {
  const names = new Set<string>();
  const button = doc.querySelector('[data-qa="user-button"]');
  const label = button?.getAttribute('aria-label') ?? '';
  const add = (name: string) => {
    if (norm(name)) names.add(norm(name));
  };
  if (label.includes(':')) add(label.slice(label.lastIndexOf(':') + 1)); // "User menu: Name"
  add(button?.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  add(rowName(doc.querySelector('[data-qa-channel-sidebar-is-you="true"]')));
  return names;
}

function composer(doc: Document): HTMLElement | null {
  return primary(doc, COMPOSER, true)[0] ?? null;
}

export const slack: SiteAdapter = fromParts({
  id: 'slack',
  name: 'Slack',
  matches: ['https://app.slack.com/*'],

  isMessengerUrl(url) {
    return url.pathname.startsWith('/client/');
  },

  openChat(doc, url): OpenChat | null {
    // /client/<team>/<id>, also /client/<team>/<id>/thread/<id>-<ts>.
    const id = CLIENT.test(url.pathname) ? url.pathname.split('/').slice(3).find((s) => CONVERSATION_ID.test(s)) : undefined;
    if (!id) return null; // Home, Activity, search, the DMs list: no conversation open
    const row = sidebarRow(doc, id);
    const title = headerTitle(doc) || rowName(row) || TAB_TITLE.exec(doc.title.trim())?.[1] || '';
    return title ? { title, kind: kindOf(id, row) } : null;
  },

  composer,

  sendButton(doc) {
    const box = composer(doc)?.closest(COMPOSER_BOX);
    return (box ? primary(box, SEND)[0] : primary(doc, SEND, true)[0]) ?? null;
  },

  lastMessageMine(doc) {
    const messages = primary(doc, [MESSAGE]);
    // Follow-up messages drop the sender: the newest one that names it decides.
    for (let i = messages.length - 1; i >= 0; i--) {
      const sender = norm(textOf(first(messages[i], SENDER)));
      if (!sender) continue;
      const me = selfNames(doc);
      if (me.has(sender)) return true;
      if (sender === norm(headerTitle(doc))) return false;
      return me.size > 0 ? false : null;
    }
    return null;
  },

  watchRoot(doc) {
    return first(doc, ['.p-client_workspace', '.p-ia4_client', '.p-client_container']) ?? doc.body;
  },
});
