/**
 * Instagram Direct: threads at /direct/t/<id>/, the inbox at /direct/inbox/ (and /direct/general/,
 * /direct/requests/). Instagram runs the same Meta web client as Messenger, so this reuses
 * messenger.ts's thread reader with Instagram's hooks, most stable first:
 * - the thread header: a link "Open the profile page of <username>" around the h2 name for a
 *   one-to-one thread, a button "Open the details pane of the chat" around a group's h2;
 * - the scroll region labelled "Conversation with <name>" and the list "Messages in conversation
 *   with <name>"; the thread column is their common ancestor with the composer;
 * - the Lexical composer `[contenteditable="true"][role="textbox"]` labelled "Message"
 *   (a `textarea[placeholder="Message..."]` before 2023);
 * - "Send", a text button shown once there is a draft, else the heart "Like" that also sends;
 * - hidden "You sent" headings over the person's own messages, else end-aligned rows;
 * - the React root `div[id^="mount_"]` as the watch root.
 */
import { first, firstShown } from '@/lib/sites/dom';
import {
  metaComposer,
  metaLastMessageMine,
  metaSendButton,
  metaWatchRoot,
  readThread,
  type MetaProfile,
} from '@/lib/sites/messenger';
import { fromParts } from '@/lib/sites/legacy';
import type { SiteAdapter } from '@/lib/sites/types';

const CONVERSATION = ['[aria-label^="Conversation with "]', '[aria-label^="Conversation titled "]'];
const PAGE = ['[role="main"]', 'main'];

const INSTAGRAM: MetaProfile = {
  pane: CONVERSATION, // widened to the thread column by threadPane()
  list: ['[aria-label^="Messages in conversation"]', '[role="grid"]', ...CONVERSATION],
  titles: [
    'a[aria-label^="Open the profile page of "] h2', // one-to-one header (2025–26)
    '[aria-label="Open the details pane of the chat"] h2', // group header
    'a[role="link"][href^="/"] h2', // either header without the English labels
  ],
  headingFirst: true,
  groupMarkers: ['[aria-label="Open the details pane of the chat"]'],
  personMarkers: ['a[aria-label^="Open the profile page of "]', 'a[href^="/"] h2'],
  composer: [
    '[contenteditable="true"][role="textbox"][aria-label="Message"]',
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
    'textarea[placeholder^="Message"]', // the pre-2023 composer
  ],
  send: [/^send$/i],
  like: [/^like$/i],
};

function composer(doc: Document): HTMLElement | null {
  return metaComposer(first(doc, PAGE), INSTAGRAM) ?? metaComposer(doc, INSTAGRAM);
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) if (node.contains(b)) return node;
  return null;
}

/** The thread column: the labelled conversation and the composer under one ancestor. */
function threadPane(doc: Document): Element | null {
  const conversation = firstShown(doc, CONVERSATION);
  const box = composer(doc);
  if (conversation && box) return commonAncestor(conversation, box);
  // Without the English label, the page region around the composer (titles then come from the header h2).
  return conversation ?? box?.closest(PAGE.join(', ')) ?? null;
}

export const instagram: SiteAdapter = fromParts({
  id: 'instagram',
  name: 'Instagram Direct',
  matches: ['https://www.instagram.com/*'],
  // Feed, reels and profiles are not the messenger.
  isMessengerUrl: (url) => /^\/direct(\/|$)/.test(url.pathname),

  openChat(doc) {
    const thread = readThread(doc, INSTAGRAM, threadPane(doc));
    return thread ? { title: thread.title, kind: thread.kind } : null;
  },

  composer,

  sendButton(doc) {
    return metaSendButton(composer(doc), INSTAGRAM);
  },

  lastMessageMine(doc) {
    return metaLastMessageMine(readThread(doc, INSTAGRAM, threadPane(doc)));
  },

  watchRoot(doc) {
    return metaWatchRoot(doc);
  },
});
