/**
 * Discord (discord.com, ptb., canary.): one-to-one direct messages. A single-page app that
 * swaps the chat view on pushState; every aria-label is translated, so none is read.
 * Hooks, most stable first (docs/adapters-chat-apps.md): the route (`/channels/@me/<id>` DM
 * or group DM, `/channels/<guild>/<id>` server); the message list `data-list-id="chat-messages"`
 * and its pane (the ancestor with the header `section`); the DM row `a[href="/channels/@me/<id>"]`,
 * whose avatar a person's row masks for a status dot; a members list or two other authors for a
 * group; the tab title "Discord | @Name"; the Slate composer in the pane's form. Whose message:
 * the author's avatar user id, else name, against the user area.
 */
import { displayText, distinctSenders, first, firstShown, lastMatching, senderKey } from '@/lib/sites/dom';
import type { ChatKind, OpenThread, SiteAdapter } from '@/lib/sites/types';

const ROUTE = /^\/channels\/(@me|\d+)\/(\d+)(?:\/|$)/;
const LIST = '[data-list-id="chat-messages"]';
// Message items: li since 2023; before that the item itself was a div[role=listitem] (the channel intro has no role).
const ITEM = 'li[id^="chat-messages-"], [role="listitem"][id^="chat-messages-"]';
const AUTHOR = [
  '[id^="message-username-"] [data-text]', // 2023+: the name in a data-text span
  '[id^="message-username-"]',
  // TODO [2027-06-01]: remove once no client renders the 2021–2022 header (h2 > span.username-…) without ids.
  'h2 [class*="username"], h3 [class*="username"]',
];
const COMPOSER = ['form [role="textbox"][data-slate-editor="true"]', 'form [contenteditable="true"][role="textbox"]'];
// Off by default ("Show Send Message Button"); the class is Discord's own module name, not a hash.
const SEND = ['button[class*="sendButton"]'];
// The user area at the foot of the sidebar: a section holding the signed-in person's avatar and mute switch.
const USER_AREA = ['section[class*="panels"]'];
const SELF_NAME = ['[class*="panelTitleContainer"]', '[class*="nameTag"] > :first-child'];
const STATUS_MASK = '[mask*="svg-mask-avatar-status"], [mask*="svg-mask-status"]';
const TAB_TITLE = /^(?:\(\d+\)\s*|[•·]\s*)*Discord\s*\|\s*(.+)$/;
const AVATAR_ID = /\/(?:avatars|users)\/(\d{15,21})\//;
const RECENT = 12;

const norm = (text: string) => senderKey(text.replace(/^@\s*/, ''));

/** The chat pane: the nearest ancestor of the message list (or composer) with the header `section` as a child. */
function chatPane(doc: Document): { pane: Element | null; heading: Element | null } {
  const anchor = doc.querySelector(LIST) ?? doc.querySelector('main form [data-slate-editor="true"]');
  for (let node = anchor?.parentElement ?? null, depth = 0; node && depth < 12; node = node.parentElement, depth++) {
    for (const child of node.children) {
      const heading = child.tagName === 'SECTION' ? child.querySelector('h1, h3') : null;
      if (heading) return { pane: node, heading };
    }
  }
  return { pane: null, heading: null };
}

/** "Discord | @Jordan" -> a DM named Jordan; "Discord | Group" -> a group DM; "#chan | Server" -> neither. */
function tabPlace(doc: Document): { name: string; dm: boolean } | null {
  const parts = TAB_TITLE.exec(doc.title.trim())?.[1]?.split(' | ') ?? [];
  const place = parts[0]?.trim() ?? '';
  if (place.startsWith('@')) return { name: place.slice(1).trim(), dm: true };
  return parts.length === 1 && place && !place.startsWith('#') ? { name: place, dm: false } : null;
}

function avatarId(root: Element | null | undefined): string {
  for (const img of root?.querySelectorAll('img[src]') ?? []) {
    const id = AVATAR_ID.exec(img.getAttribute('src') ?? '')?.[1];
    if (id) return id;
  }
  return '';
}

/** The signed-in person: their avatar's user id and the names the user area shows. */
function self(doc: Document): { id: string; names: Set<string> } {
  const area = first(doc, USER_AREA);
  const names = new Set<string>();
  const shown = norm(displayText(first(area, SELF_NAME)));
  if (shown) names.add(shown);
  return { id: avatarId(area), names };
}

interface Message {
  author: string;
  avatar: string;
}

/** The newest messages that name their author (follow-ups carry none), newest first. */
function newestAuthored(pane: Element | null): Message[] {
  const out: Message[] = [];
  for (const item of lastMatching(pane?.querySelector(LIST), ITEM, RECENT)) {
    const author = first(item, AUTHOR);
    if (author) out.push({ author: norm(author.getAttribute('data-text') ?? displayText(author)), avatar: avatarId(item) });
  }
  return out;
}

const isMine = (m: Message, me: { id: string; names: Set<string> }) => (me.id && m.avatar ? m.avatar === me.id : me.names.has(m.author));

/** A group DM's members list: it sits beside the chat's main column, never inside the (long) message list. */
function membersList(pane: Element | null): Element | null {
  const main = pane?.querySelector(LIST)?.closest('main');
  for (const side of main?.parentElement?.children ?? []) {
    if (side === main) continue;
    const list = side.matches('[data-list-id^="members-"]') ? side : side.querySelector('[data-list-id^="members-"]');
    if (list) return list;
  }
  return null;
}

function kindOf(doc: Document, pane: Element | null, channelId: string, title: string): { kind: ChatKind; evidence: string } {
  const row = doc.querySelector(`a[href="/channels/@me/${channelId}"]`);
  if (row?.querySelector(STATUS_MASK)) return { kind: 'direct', evidence: 'DM row shows a status dot' };
  if (membersList(pane)) return { kind: 'group', evidence: 'members list' };
  const me = self(doc);
  const known = !!me.id || me.names.size > 0;
  const others = newestAuthored(pane).filter((m) => !known || !isMine(m, me));
  // Without knowing who "me" is, a DM already has two authors: a group needs a third.
  const count = distinctSenders(others.map((m) => m.author));
  if (count >= (known ? 2 : 3)) return { kind: 'group', evidence: `${count} ${known ? 'other ' : ''}authors among the newest messages` };
  // The tab title can lag a switch: only trust it when it names the chat on screen.
  const tab = tabPlace(doc);
  if (tab && norm(tab.name) === norm(title))
    return tab.dm ? { kind: 'direct', evidence: 'tab title "@name"' } : { kind: 'group', evidence: 'tab title without "@"' };
  return { kind: 'unknown', evidence: 'none' };
}

export const discord: SiteAdapter = {
  id: 'discord',
  name: 'Discord',
  matches: ['https://discord.com/*', 'https://ptb.discord.com/*', 'https://canary.discord.com/*'],

  isMessengerUrl(url) {
    return url.pathname.startsWith('/channels/');
  },

  read(doc, url): OpenThread | null {
    const route = ROUTE.exec(url.pathname);
    if (!route) return null; // Friends, Nitro, the shop: no conversation open
    const [, scope, channelId = ''] = route;
    const { pane, heading } = chatPane(doc);
    const title = displayText(heading).replace(/^@\s*/, '') || (scope === '@me' ? (tabPlace(doc)?.name ?? '') : '');
    if (!title) return null;
    const { kind, evidence } =
      scope === '@me' ? kindOf(doc, pane, channelId, title) : { kind: 'channel' as const, evidence: 'server route' };
    const composer = () => firstShown(pane, COMPOSER);
    return {
      title,
      kind,
      evidence,
      composer,
      sendButton: () => firstShown(composer()?.closest('form'), SEND),
      lastMessageMine() {
        const newest = newestAuthored(pane)[0];
        if (!newest) return null;
        const me = self(doc);
        if ((me.id && newest.avatar) || me.names.has(newest.author)) return isMine(newest, me);
        // In a DM the only other author is the person named in the header.
        if (newest.author === norm(title)) return false;
        return me.names.size > 0 ? false : null;
      },
    };
  },

  watchRoot(doc) {
    return doc.getElementById('app-mount') ?? doc.body;
  },
};
