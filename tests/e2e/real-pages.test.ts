/**
 * Every real saved page in ../shared/real-pages, in real Chromium with the
 * built extension: served at its real URL (everything else blocked), the
 * open chat's title saved as the contact. The card shows for a one-to-one
 * chat and not for a group; with another name from the page's chat list
 * saved instead, no card. The content script's own answer to the popup
 * ("which chat is open") proves it read the page, so "no card" is never a
 * page the extension simply had not looked at yet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { STATUS_REQUEST } from '@/lib/messages';
import { ABSENT, otherChatNames, REAL_PAGES_DIR, realPages, type RealPage } from '../real-pages/real-pages';
import { card, launch, localIsoDate, resetStorage, seedContact, type Session } from './harness';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const pages = realPages();

/** A name from the page's chat list, read the way the test reads it (not the product). */
async function otherName(page: RealPage): Promise<string | undefined> {
  const win = new Window({
    url: page.url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  win.document.write(page.html());
  // A name a person would save as a contact (the seeded id carries it, and ids are short).
  const name = otherChatNames(win.document as unknown as Document, page).find((n) => n.length <= 40);
  await win.happyDOM.close();
  return name;
}

/** What the content script in that tab says is open, asked from the extension's worker like the popup does. */
async function pageStatus(session: Session, url: string): Promise<unknown> {
  return session.worker.evaluate(
    async ([, request]) => {
      const chrome = (globalThis as any).chrome;
      // Without the tabs permission, tabs are not queryable by URL: ask each; only a content script answers.
      for (const tab of await chrome.tabs.query({})) {
        try {
          const reply = await chrome.tabs.sendMessage(tab.id, request);
          if (reply?.chat) return reply.chat;
        } catch {
          // no content script in that tab
        }
      }
      return 'no answer';
    },
    [url, STATUS_REQUEST] as const,
  );
}

async function serve(session: Session, page: RealPage): Promise<Page> {
  const tab = await session.context.newPage();
  const target = new URL(page.url);
  await tab.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (route.request().resourceType() === 'document' && url.origin === target.origin && url.pathname === target.pathname) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html() });
    } else {
      await route.fallback(); // the session's own route aborts and records it
    }
  });
  await tab.goto(page.url);
  return tab;
}

if (!pages) {
  // The folder is not beside this clone: say so in one line; the rest of the suite runs.
  it(ABSENT, () => expect(existsSync(join(REAL_PAGES_DIR, 'INDEX.json'))).toBe(false));
} else {
  let session: Session;
  beforeAll(async () => {
    session = await launch([]);
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    it(page.kind === 'direct' ? `shows the card for "${page.title}"` : `shows no card in the group "${page.title}"`, async () => {
      await resetStorage(session);
      await seedContact(session, { name: page.title, startDate: localIsoDate(2), windowDays: 7 });
      const tab = await serve(session, page);
      try {
        await tab.bringToFront();
        if (page.kind === 'direct') {
          await expect.poll(() => card(tab).isVisible()).toBe(true);
          await expect.poll(() => card(tab).textContent()).toContain('Day 3 of 7');
        } else {
          await expect.poll(() => pageStatus(session, page.url)).toBe('other');
          expect(await card(tab).count()).toBe(0);
        }
      } finally {
        await tab.close();
      }
    });

    it('shows no card with another name from its chat list saved', async () => {
      const other = await otherName(page);
      expect(other, 'a name from the page’s chat list').toBeTruthy();
      await resetStorage(session);
      await seedContact(session, { name: other!, startDate: localIsoDate(2), windowDays: 7 });
      const tab = await serve(session, page);
      try {
        await tab.bringToFront();
        await expect.poll(() => pageStatus(session, page.url)).toBe('other');
        expect(await card(tab).count()).toBe(0);
      } finally {
        await tab.close();
      }
    });
  });
}
