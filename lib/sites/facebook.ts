/**
 * Messenger inside facebook.com: /messages/t/<id> threads and /messages/e2ee/t/<id> end-to-end
 * encrypted ones (where messenger.com redirects since April 2026). The thread pane is the same
 * Meta client as messenger.com, so the hooks and the reader are messenger.ts's: the labelled
 * `[role="main"]` pane and message list, per-message accessible names, the Lexical composer
 * (labelled "Write to <name>" here) in the "Thread composer" group, "Press enter to send".
 * facebook.com also keeps minimised chat tabs with their own composers outside the pane, which
 * is why every composer selector is scoped to `[role="main"]` first.
 */
import { META_MESSENGER, metaAdapter } from '@/lib/sites/messenger';
import { fromParts } from '@/lib/sites/legacy';
import type { SiteAdapter } from '@/lib/sites/types';

export const facebook: SiteAdapter = fromParts({
  id: 'facebook',
  name: 'Messenger on Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  // The rest of facebook.com (feed, profiles, groups) is not the messenger.
  isMessengerUrl: (url) => /^\/messages(\/|$)/.test(url.pathname),
  ...metaAdapter(META_MESSENGER),
});
