/**
 * Messenger inside facebook.com: /messages/t/<id> threads and /messages/e2ee/t/<id> end-to-end
 * encrypted ones (where messenger.com redirects since April 2026), and the 2016–2020 full-page
 * Messenger at the same URLs. The thread pane is the same Meta client as messenger.com, so the
 * selectors are messenger.ts's and the reader is lib/sites/meta.ts. facebook.com also keeps chat
 * tabs with panes and composers of their own: a hidden one is never the thread, and every lookup
 * is scoped to the pane the reader resolved.
 */
import { metaWatchRoot, readMetaThread } from '@/lib/sites/meta';
import { META_MESSENGER } from '@/lib/sites/messenger';
import type { SiteAdapter } from '@/lib/sites/types';

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Messenger on Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  // The rest of facebook.com (feed, profiles, groups) is not the messenger.
  isMessengerUrl: (url) => /^\/messages(\/|$)/.test(url.pathname),
  read: (doc) => readMetaThread(doc, META_MESSENGER),
  watchRoot: metaWatchRoot,
};
