/**
 * Instagram Direct: threads at /direct/t/<id>/, the inbox at /direct/inbox/ (and /direct/general/,
 * /direct/requests/). Instagram runs the same Meta web client as Messenger, so the thread is read
 * by lib/sites/meta.ts with Instagram's hooks, most stable first (no saved Instagram thread was
 * found to check them against; see docs/adapters-meta.md for what they rest on):
 * - the thread column: the part of the page around the composer that holds the header's h2
 *   (with the English labels, the common ancestor of "Conversation with <name>" and the composer);
 * - the thread header: a link to the person's profile (`/<username>/`) around the h2 name for a
 *   one-to-one thread, a button around a group's avatars ("Open the details pane of the chat");
 * - the list "Messages in conversation with <name>" (English), else the labelled conversation;
 * - the Lexical composer `[contenteditable="true"][role="textbox"]` (a
 *   `textarea[placeholder^="Message"]` before 2023);
 * - "Send", a text button shown once there is a draft, else the last icon of the composer bar
 *   (the heart, which also sends);
 * - the React root `div[id^="mount_"]` as the watch root.
 */
import { metaWatchRoot, readMetaThread, type MetaProfile } from '@/lib/sites/meta';
import type { SiteAdapter } from '@/lib/sites/types';

const CONVERSATION = '[aria-label^="Conversation with "], [aria-label^="Conversation titled "]';
const PAGE = 'main, [role="main"]';
const COMPOSER = [
  '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  '[contenteditable="true"][role="textbox"]',
  // TODO [2027-06-01]: remove once Instagram's pre-2023 composer is no longer checked.
  'textarea[placeholder^="Message"]',
];
const HIDDEN = '[hidden], [aria-hidden="true"], [inert]';

const shown = (root: ParentNode | null, selector: string) =>
  [...(root?.querySelectorAll(selector) ?? [])].find((el) => !el.closest(HIDDEN)) ?? null;

/** The thread column, found without layout: the composer of the page and the header above it. */
function threadColumn(doc: Document): Element | null {
  const page = doc.querySelector(PAGE);
  const box = COMPOSER.map((s) => shown(page, s)).find(Boolean) ?? null;
  const conversation = shown(doc, CONVERSATION);
  if (conversation && box) {
    for (let node: Element | null = conversation; node; node = node.parentElement) if (node.contains(box)) return node;
  }
  // Without the English labels: the nearest ancestor of the composer that holds the header's h2.
  for (let node = box?.parentElement ?? null; node && node !== page?.parentElement; node = node.parentElement) {
    if (node.querySelector('h2')) return node;
  }
  return conversation;
}

const INSTAGRAM: MetaProfile = {
  pane: [],
  findPane: threadColumn,
  list: ['[aria-label^="Messages in conversation"]', '[role="grid"]', CONVERSATION],
  titles: [
    'a[aria-label^="Open the profile page of "] h2', // one-to-one header (2025–26, en)
    '[aria-label="Open the details pane of the chat"] h2', // group header (en)
    'a[href^="/"] h2', // either header without the English labels
    '[role="button"] h2',
  ],
  // instagram.com/<username>/ (relative in the page): one person's profile.
  profileHref: /^(?:https?:\/\/(?:www\.)?instagram\.com)?\/(?!direct\b|explore\b|reels?\b|p\b|stories\b|accounts\b)[\w.]+\/?$/i,
  groupMarkers: ['[aria-label="Open the details pane of the chat"]'],
  composer: COMPOSER,
  send: [/^send$/i],
  like: [/^like$/i],
};

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram Direct',
  matches: ['https://www.instagram.com/*'],
  // Feed, reels and profiles are not the messenger.
  isMessengerUrl: (url) => /^\/direct(\/|$)/.test(url.pathname),
  read: (doc) => readMetaThread(doc, INSTAGRAM),
  watchRoot: metaWatchRoot,
};
