// @vitest-environment node
/**
 * Every real saved page in ../shared/real-pages, read by its site's adapter in
 * happy-dom (no scripts run; the pages have none): the open chat's title and
 * kind are exactly what the person saw, and a name from the chat list is not
 * read as the open chat.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { titleMatchesContact } from '@/lib/match';
import { reminderFor } from '@/lib/reminder';
import { ContactSchema } from '@/lib/settings/schema';
import { ADAPTERS } from '@/lib/sites/registry';
import { ABSENT, otherChatNames, REAL_PAGES_DIR, realPages, type RealPage } from '../real-pages/real-pages';

const pages = realPages();
const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function load(page: RealPage): Document {
  const win = new Window({
    url: page.url,
    width: 1280,
    height: 800,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  windows.push(win);
  win.document.write(page.html());
  return win.document as unknown as Document;
}

const contact = (name: string) => ContactSchema.parse({ id: 'c', name, startDate: '2026-01-01' });

if (!pages) {
  // The folder is not beside this clone: say so in one line; the rest of the suite runs.
  it(ABSENT, () => expect(existsSync(join(REAL_PAGES_DIR, 'INDEX.json'))).toBe(false));
} else {
  describe.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const adapter = ADAPTERS.find((a) => a.id === page.site);
    const doc = () => load(page);
    it('has its site’s adapter', () => expect(adapter?.id).toBe(page.site));

    it(`reads the open chat as ${page.kind} "${page.title}"`, () => {
      const thread = adapter!.read(doc(), new URL(page.url));
      expect({ title: thread?.title, kind: thread?.kind }).toEqual({ title: page.title, kind: page.kind });
    });

    it(page.kind === 'direct' ? 'shows the reminder for its title' : 'shows no reminder for its title', () => {
      const thread = adapter!.read(doc(), new URL(page.url));
      expect(reminderFor(thread, [contact(page.title)], new Date(2026, 0, 3)) !== null).toBe(page.kind === 'direct');
    });

    it('does not read a name from the chat list as the open chat', () => {
      const d = doc();
      const [other] = otherChatNames(d, page);
      expect(other, 'a name from the page’s chat list').toBeTruthy();
      const thread = adapter!.read(d, new URL(page.url));
      expect(titleMatchesContact(thread?.title ?? '', { name: other! })).toBe(false);
    });
  });
}
