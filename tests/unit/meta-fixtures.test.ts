// @vitest-environment node
/**
 * The Meta fixture pages, every variant, read exactly: the contract accepts 'unknown' for the
 * contact and 'channel' for the group, but these pages do say what each chat is, so the adapter
 * must too, and in the pages without English labels only from structure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { fixturePages } from '../fixtures/fixtures';
import { openFixtureWindow } from './fixture-window';
import type { MetaThread } from '@/lib/sites/meta';
import { ADAPTERS } from '@/lib/sites/registry';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

async function open(url: string, html: string) {
  const win = await openFixtureWindow(url, html);
  windows.push(win);
  return win;
}

// Evidence only an English interface gives.
const ENGLISH = /pane label|header counts|group header control|broadcast/;

for (const id of ['messenger', 'facebook', 'instagram']) {
  const adapter = ADAPTERS.find((a) => a.id === id)!;
  for (const page of fixturePages(id)) {
    const english = /^en\b/.test(/<html[^>]*\blang="([^"]+)"/.exec(page.html)?.[1] ?? 'en');
    describe(page.name, () => {
      it.each([
        [page.contact, 'direct'],
        [page.lookalike, 'direct'],
        [page.other, 'direct'],
        [page.group, 'group'],
      ])('reads %s as %s', async (name, kind) => {
        const win = await open(page.url, page.html);
        win.__openChat(name);
        const thread = adapter.read(win.document as unknown as Document, new URL(win.location.href));
        expect({ title: thread?.title, kind: thread?.kind }).toEqual({ title: name, kind });
        if (!english) expect(thread?.evidence).not.toMatch(ENGLISH);
      });

      // Changes under the bar are taken for typing (no look): it must hold the send control and never a message or the title.
      it.each([page.contact, page.group])(
        'the composer bar of %s holds the composer and send control, no message, not the title',
        async (name) => {
          const win = await open(page.url, page.html);
          win.__openChat(name);
          const doc = win.document as unknown as Document;
          const thread = adapter.read(doc, new URL(win.location.href)) as MetaThread | null;
          const box = thread?.composer();
          if (!thread || !box) throw new Error('no thread or composer');
          const bar = thread.composerBar?.(box) ?? null;
          // Without a message list there is no telling the bar from the thread: then only the composer counts as typing.
          expect(bar !== null).toBe(thread.list !== null);
          if (!bar || !thread.list) return;
          expect(bar.contains(box)).toBe(true);
          const send = thread.sendButton();
          expect(send && bar.contains(send)).toBe(true);
          expect(bar.contains(thread.list) || thread.list.contains(bar)).toBe(false);
          const titled = [...doc.querySelectorAll('[role="main"] *')].filter(
            (el) => el.childElementCount === 0 && el.textContent?.trim() === name,
          );
          if (name === page.contact) expect(titled.length).toBeGreaterThan(0);
          expect(titled.some((el) => bar.contains(el))).toBe(false);
        },
      );
    });
  }
}
