/**
 * Discord (discord.com, plus the ptb./canary. builds): one-to-one direct messages.
 * Discord is a single-page app that swaps the chat view on history.pushState.
 * Hooks, most stable first:
 * - the route: `/channels/@me/<channelId>` is a DM or a group DM,
 *   `/channels/<guildId>/<channelId>` is a server channel (never direct);
 * - the DM list link of that channel id (`a[href="/channels/@me/<id>"]`,
 *   `data-list-item-id="private-channels-…___<id>"`), labelled "… (direct message)"
 *   or "… (group message)";
 * - the tab title: "Discord | @Name" for a DM, "Discord | Name" for a group DM;
 * - message ids (`li[id^="chat-messages-"]`, `#message-username-<id>`) and avatar
 *   URLs (`/avatars/<userId>/`) for whose message is last;
 * - the Slate composer (`[data-slate-editor="true"][role="textbox"]`) in the chat's `main`;
 * - English aria-labels last: "Channel header", "User area", the member-list toggle
 *   of group DMs, the optional "Send Message" button.
 */
import { first, firstShown, textOf } from '@/lib/sites/dom';
import { fromParts, type OpenChat } from '@/lib/sites/legacy';
import type { SiteAdapter } from '@/lib/sites/types';

const ROUTE = /^\/channels\/(@me|\d+)\/(\d+)(?:\/|$)/;
const HEADER = 'section[aria-label="Channel header"]';
const HEADER_TITLE = [
  `${HEADER} h1`, // 2023+ header
  `${HEADER} h3`, // older header (titleWrapper > h3); drop once no client ships it
];
const COMPOSER = [
  'main form [role="textbox"][data-slate-editor="true"]', // the chat's own form (side panels are <section>s)
  '[role="textbox"][data-slate-editor="true"]',
  'form [contenteditable="true"][role="textbox"][class*="slateTextArea"]',
];
// Off by default: shown with the "Show Send Message Button" setting.
const SEND = ['button[aria-label="Send Message" i]', '[role="button"][aria-label="Send Message" i]', 'button[class*="sendButton"]'];
const MESSAGE_LIST = ['main [data-list-id="chat-messages"]', '[data-list-id="chat-messages"]'];
const AUTHOR = ['[id^="message-username-"] [data-text]', '[id^="message-username-"] [class*="username"]', '[id^="message-username-"]'];
const USER_AREA = ['section[aria-label="User area"]', 'section[class*="panels"]'];
const SELF_NAME = ['[class*="panelTitleContainer"]', '[class*="nameTag"] [class*="title"]', '[class*="nameTag"] > :first-child'];
// "(2) Discord | @Jordan" / "• Discord | #general | Server": unread markers first, then the place.
const TAB_TITLE = /^(?:\(\d+\)\s*|[•·]\s*)*Discord\s*\|\s*(.+)$/;
const AVATAR_ID = /\/(?:avatars|users)\/(\d{15,21})\//;

const norm = (text: string) => text.replace(/^@/, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The DM list link of a channel, by the id in the route. */
function dmLink(doc: Document, channelId: string): Element | null {
  return first(doc, [
    `a[data-list-item-id$="___${channelId}"][href$="/channels/@me/${channelId}"]`,
    `nav a[href="/channels/@me/${channelId}"]`,
  ]);
}

/** "unread, Jordan Avery (direct message), online" -> name and kind word. */
function linkInfo(link: Element | null): { name: string; kind: string } {
  const label = link?.getAttribute('aria-label')?.trim() ?? '';
  const match = /^(?:[^,()]*\b(?:unread|mentions?)\b[^,()]*,\s*)?(.*?)\s*\(([^()]*)\)(?:,[^()]*)?$/i.exec(label);
  return match ? { name: match[1] ?? '', kind: match[2] ?? '' } : { name: '', kind: '' };
}

/** The place named in the tab title; `dm` when it is "@Name". */
function tabPlace(doc: Document): { name: string; dm: boolean } | null {
  const rest = TAB_TITLE.exec(doc.title.trim())?.[1];
  if (!rest) return null;
  const parts = rest.split(' | ');
  const place = parts[0]?.trim() ?? '';
  if (place.startsWith('@')) return { name: place.slice(1).trim(), dm: true };
  // "#channel | Server" is a server; a lone name under @me is a group DM.
  return parts.length === 1 && place ? { name: place, dm: false } : null;
}

/** The header title; when the labelled header is missing, the heading of the section beside the message list. */
function headerTitle(doc: Document): string {
  const labelled = textOf(first(doc, HEADER_TITLE));
  if (labelled) return labelled.replace(/^@\s*/, '');
  let node = first(doc, MESSAGE_LIST)?.parentElement ?? null;
  for (let depth = 0; node && depth < 10; depth++, node = node.parentElement) {
    for (const heading of node.querySelectorAll('section h1, section h3')) {
      const text = textOf(heading);
      if (text && !heading.closest('nav, ol, li')) return text.replace(/^@\s*/, '');
    }
  }
  return '';
}

function isGroupDm(doc: Document, link: Element | null, title: string): boolean {
  if (/group/i.test(linkInfo(link).kind)) return true;
  // Group DMs toggle a member list; one-to-one DMs toggle the user profile instead.
  if (doc.querySelector(`${HEADER} [aria-label*="member list" i]`)) return true;
  if (doc.querySelector('[data-list-id^="members"]')) return true;
  // The tab title can lag a switch: only trust it when it names the chat on screen.
  const tab = tabPlace(doc);
  return !!tab && !tab.dm && norm(tab.name) === norm(title);
}

function avatarId(root: Element | null): string {
  for (const img of root?.querySelectorAll('img[src]') ?? []) {
    const id = AVATAR_ID.exec(img.getAttribute('src') ?? '')?.[1];
    if (id) return id;
  }
  return '';
}

/** Who the signed-in person is: their avatar's user id and the names the user area shows. */
function self(doc: Document): { id: string; names: Set<string> } {
  const area = first(doc, USER_AREA);
  const names = new Set<string>();
  const shown = norm(textOf(first(area, SELF_NAME)));
  if (shown) names.add(shown);
  // The avatar is labelled "username, Status".
  for (const img of area?.querySelectorAll('[role="img"][aria-label]') ?? []) {
    const name = norm(img.getAttribute('aria-label')?.split(',')[0] ?? '');
    if (name) names.add(name);
  }
  return { id: avatarId(area), names };
}

function composer(doc: Document): HTMLElement | null {
  return firstShown(doc, COMPOSER);
}

export const discord: SiteAdapter = fromParts({
  id: 'discord',
  name: 'Discord',
  matches: ['https://discord.com/*', 'https://ptb.discord.com/*', 'https://canary.discord.com/*'],

  isMessengerUrl(url) {
    return url.pathname.startsWith('/channels/');
  },

  openChat(doc, url): OpenChat | null {
    const route = ROUTE.exec(url.pathname);
    if (!route) return null; // the Friends page, Nitro, the shop: no conversation open
    const [, scope, channelId = ''] = route;
    const link = scope === '@me' ? dmLink(doc, channelId) : null;
    const title = headerTitle(doc) || linkInfo(link).name || tabPlace(doc)?.name || '';
    if (!title) return null;
    if (scope !== '@me') return { title, kind: 'channel' };
    return { title, kind: isGroupDm(doc, link, title) ? 'group' : 'direct' };
  },

  composer,

  sendButton(doc) {
    return firstShown(composer(doc)?.closest('form'), SEND);
  },

  lastMessageMine(doc) {
    const items = first(doc, MESSAGE_LIST)?.querySelectorAll('li[id^="chat-messages-"]');
    if (!items?.length) return null;
    // Follow-up messages carry no author: the newest one with a header names it.
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      const authorEl = first(item, AUTHOR);
      if (!item || !authorEl) continue;
      const author = norm(authorEl.getAttribute('data-text') ?? textOf(authorEl));
      const me = self(doc);
      const id = avatarId(item);
      if (me.id && id) return me.id === id;
      if (me.names.has(author)) return true;
      if (author && author === norm(headerTitle(doc))) return false;
      return me.names.size > 0 && author ? false : null;
    }
    return null;
  },

  watchRoot(doc) {
    return doc.getElementById('app-mount') ?? doc.body;
  },
});
