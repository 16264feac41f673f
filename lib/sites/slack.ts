/**
 * Slack in the browser (app.slack.com/client/…): one-to-one direct messages.
 * A single-page app that swaps the primary view on history.pushState. Slack
 * translates its labels, so none is read. Hooks, most stable first:
 * - the route `/client/<team>/<id>`: a D… id is a DM (two people, or yourself, or an
 *   app); C… and G… ids are channels, private channels and group DMs, never a DM;
 * - the sidebar row of that id: `data-qa-channel-sidebar-channel-id` with
 *   `data-qa-channel-sidebar-channel-type` = im | mpim | channel | private, and
 *   `…-is-selected` for the open one when the URL names none;
 * - Slack's BEM classes and `data-qa` hooks for the primary view
 *   (`.p-view_contents--primary`, `[data-qa="message_pane"]`), its header title
 *   (`[data-qa="channel_name"]`, `.p-view_header__…`), messages (`message_container`,
 *   `message_sender_name` with `data-message-sender`), the Quill composer
 *   (`message_input` > `.ql-editor`) and `texty_send_button`.
 * The thread flexpane has its own composer and messages: never read.
 */
import { displayText, first, isShown, lastMatching, senderKey } from '@/lib/sites/dom';
import type { ChatKind, OpenThread, SiteAdapter } from '@/lib/sites/types';

const CLIENT = /^\/client\/[A-Z0-9]+(?:\/|$)/;
const CONVERSATION_ID = /^[CDG][A-Z0-9]{6,}$/;
const PRIMARY = [
  '.p-view_contents--primary',
  '[data-qa="message_pane"]', // builds without the view wrapper: the message pane itself
];
// The thread flexpane and other secondary panes hold a second conversation UI.
const SECONDARY = '[data-qa="threads_flexpane"], .p-view_contents--secondary, .p-flexpane';
const HEADER_TITLE = [
  '[data-qa="channel_name"]',
  '.p-view_header__member_name', // DM header (member name)
  '.p-view_header__channel_title',
  '[data-qa="channel_name_button"]',
];
const COMPOSER = [
  '[data-qa="message_input"] .ql-editor[contenteditable="true"]', // Quill composer
  '[data-qa="message_input"] [contenteditable="true"][role="textbox"]', // texty input without Quill
  '.ql-editor[contenteditable="true"][role="textbox"]',
];
const COMPOSER_BOX = '[data-qa="message_input_container"], .p-message_pane_input, .c-wysiwyg_container';
const SEND = ['button[data-qa="texty_send_button"]', '[data-qa="texty_send_button"]'];
const MESSAGE = '[data-qa="message_container"]';
const SENDER = '[data-qa="message_sender_name"], .c-message__sender_button';
// The title ends in "(DM)" in English; kept only for the name, never the kind.
const TAB_TITLE = /^(?:[!*]\s*)?(.+?)\s*\([^()]+\)\s+-\s+.+\s+-\s+Slack$/;
const AVATAR_USER = /\/T[A-Z0-9]+-(U[A-Z0-9]+)-/;
// Thread panes can sit inside the primary view: look a little further back than the few we need.
const RECENT = 30;

const norm = (text: string) => senderKey(text.replace(/^@/, ''));
const ROW_KINDS: Record<string, ChatKind> = { im: 'direct', mpim: 'group', channel: 'channel', private: 'channel' };

/** The open conversation's id: from the URL, else (bare workspace URL) the selected sidebar row. */
function conversationRow(doc: Document, url: URL): { id: string; row: Element | null } {
  const rest = url.pathname.split('/').slice(3).filter(Boolean);
  const id = rest.find((s) => CONVERSATION_ID.test(s)) ?? '';
  if (id) return { id, row: doc.querySelector(`[data-qa-channel-sidebar-channel-id="${id}"]`) };
  // Other views (activity, later, search…) name themselves in the URL and open no conversation.
  if (rest.length) return { id: '', row: null };
  const row = doc.querySelector('[data-qa-channel-sidebar-channel-is-selected="true"]');
  return { id: row?.getAttribute('data-qa-channel-sidebar-channel-id') ?? '', row };
}

function primaryView(doc: Document): Element | null {
  for (const selector of PRIMARY) {
    for (const el of doc.querySelectorAll(selector)) if (!el.closest(SECONDARY)) return el;
  }
  return null;
}

/** The first shown element matching any selector that is not in a thread pane (layout: per visit only). */
function shownOutsideThreads(root: Element | null | undefined, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    for (const el of root?.querySelectorAll<HTMLElement>(selector) ?? []) if (!el.closest(SECONDARY) && isShown(el)) return el;
  }
  return null;
}

function kindOf(id: string, row: Element | null): { kind: ChatKind; evidence: string } {
  const type = row?.getAttribute('data-qa-channel-sidebar-channel-type') ?? '';
  if (ROW_KINDS[type]) return { kind: ROW_KINDS[type], evidence: `sidebar row type ${type}` };
  if (id.startsWith('D')) return { kind: 'direct', evidence: 'conversation id D…' };
  // C… and G… are never one-to-one; which of the two they are, the row would have said.
  if (id.startsWith('C')) return { kind: 'channel', evidence: 'conversation id C… (channel or group DM)' };
  if (id.startsWith('G')) return { kind: 'group', evidence: 'conversation id G… (private channel or group DM)' };
  return { kind: 'unknown', evidence: 'none' };
}

/** The signed-in person's user id, from the avatar of the user menu button (`…/T…-U…-…`). */
function selfId(doc: Document): string {
  const src = doc.querySelector('[data-qa="user-button"] img[src]')?.getAttribute('src') ?? '';
  return AVATAR_USER.exec(src)?.[1] ?? '';
}

export const slack: SiteAdapter = {
  id: 'slack',
  name: 'Slack',
  matches: ['https://app.slack.com/*'],

  isMessengerUrl(url) {
    return url.pathname.startsWith('/client/');
  },

  read(doc, url): OpenThread | null {
    if (!CLIENT.test(url.pathname)) return null;
    const { id, row } = conversationRow(doc, url);
    if (!id) return null; // Home, Activity, search, the DMs list: no conversation open
    const pane = primaryView(doc);
    const rowName = displayText(row?.querySelector('[data-qa^="channel_sidebar_name_"]'));
    const title = displayText(first(pane, HEADER_TITLE)) || rowName || TAB_TITLE.exec(doc.title.trim())?.[1] || '';
    if (!title) return null;
    const { kind, evidence } = kindOf(id, row);
    const isSelf = row?.getAttribute('data-qa-channel-sidebar-is-you') === 'true';
    const composer = () => shownOutsideThreads(pane, COMPOSER);
    return {
      title,
      kind,
      evidence,
      composer,
      sendButton() {
        const box = composer()?.closest(COMPOSER_BOX);
        return shownOutsideThreads(box ?? pane, SEND);
      },
      lastMessageMine() {
        // Follow-up messages drop the sender: the newest one that names it decides.
        for (const message of lastMatching(pane, MESSAGE, RECENT)) {
          const sender = message.querySelector(SENDER);
          if (!sender || message.closest(SECONDARY)) continue;
          if (isSelf) return true;
          const me = selfId(doc);
          const senderId = sender.getAttribute('data-message-sender') ?? '';
          if (me && senderId) return senderId === me;
          // A DM has two people: whoever is not the one named in the header is the person.
          if (kind === 'direct') return norm(displayText(sender)) !== norm(title);
          return null;
        }
        return null;
      },
    };
  },

  watchRoot(doc) {
    return first(doc, ['.p-client_workspace', '.p-ia4_client', '.p-client_container']) ?? doc.body;
  },
};
