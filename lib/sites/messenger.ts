/**
 * Messenger on messenger.com: /t/<id> threads and /e2ee/t/<id> end-to-end encrypted ones.
 * Meta redirects messenger.com to facebook.com/messages since April 2026; this adapter stays for
 * pages still served there. The thread is read by the shared Meta reader (lib/sites/meta.ts);
 * this file is its selectors, shared with facebook.ts (the same client renders both).
 * Hooks, most stable first (each checked against real pages, see docs/adapters-meta.md):
 * - the thread pane `[role="main"]`: labelled by its title heading (classic, 2016–2020) or
 *   "Conversation with <name>" in the UI's language (Comet, 2020–2026);
 * - the title: that heading, else the header's h1/h2, else its first `span[dir="auto"]`;
 * - the kind: a header link to a facebook.com profile (one-to-one); several avatars around the
 *   title, several people writing or several "seen by" heads (group); else unknown;
 * - the composer `[contenteditable="true"]` (role textbox since 2020, combobox before);
 * - the send control: "Press enter to send" / "Send a like" in English, else the last button
 *   of the composer bar (the like or send button, whatever the language);
 * - the React root `div[id^="mount_"]` as the watch root.
 */
import { metaWatchRoot, readMetaThread, type MetaProfile } from '@/lib/sites/meta';
import type { SiteAdapter } from '@/lib/sites/types';

/** messenger.com and facebook.com/messages render the same thread pane. */
export const META_MESSENGER: MetaProfile = {
  pane: [
    // TODO [2027-06-01]: remove once no classic (2016–2020) pages are checked: pane labelled by its title heading.
    '[role="main"][aria-labelledby]',
    // Comet (2020–2026): labelled "Conversation with <name>" in the UI's language.
    '[role="main"][aria-label]:not([aria-label=""])',
  ],
  // Comet 2020 left the label empty: any region holding a message list.
  holders: ['[role="main"]'],
  // One scan, the first in document order: the 2025–26 log (described), the e2ee list named in
  // English (described), the Comet grid of [data-scope="messages_table"] rows (2020–2024), and
  // TODO [2027-06-01]: remove '[role="region"]' once no classic pages are checked: the classic "Messages" region.
  list: ['[role="log"], [aria-label^="Messages in conversation"], [role="grid"], [role="region"]'],
  titles: [],
  // facebook.com/<vanity>, facebook.com/<numeric id>/, profile.php?id=<id>: one person's profile.
  profileHref:
    /^(?:https?:\/\/(?:www\.|web\.|m\.)?facebook\.com)?\/(?:profile\.php\?id=\d+|(?!messages\b|groups\b|pages\b|events\b|watch\b|marketplace\b|l\.php)[\w.]+\/?)$/i,
  groupMarkers: [],
  composer: [
    '[aria-label="Thread composer"] [contenteditable="true"][role="textbox"]', // 2025–26 composer group (described)
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', // Lexical, 2023–26
    '[contenteditable="true"][role="textbox"]', // Comet 2020–2022 (Draft.js)
    // TODO [2027-06-01]: remove once no classic pages are checked: Draft.js combobox.
    '[contenteditable="true"][role="combobox"]',
  ],
  send: [/^press enter to send$/i, /^send$/i],
  like: [/^send a like$/i],
};

export const messenger: SiteAdapter = {
  id: 'messenger',
  name: 'Messenger',
  matches: ['https://www.messenger.com/*', 'https://messenger.com/*'],
  read: (doc) => readMetaThread(doc, META_MESSENGER),
  watchRoot: metaWatchRoot,
};
