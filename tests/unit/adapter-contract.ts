/**
 * The shared adapter contract: one adapter against its own fixture page (run
 * with its scripts in happy-dom) and against pages that are not the messenger
 * at all. adapters.contract.test.ts runs it over every registered adapter.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Window } from 'happy-dom';
import { fixturePages, type Fixture } from '../fixtures/fixtures';
import { type FixtureWindow, openFixtureWindow } from './fixture-window';
import { titleMatchesContact } from '@/lib/match';
import { kindMayBeContactChat } from '@/lib/kind-policy';
import type { OpenThread, SiteAdapter } from '@/lib/sites/types';
import { createChatWatcher } from '@/lib/watch';

const windows: Window[] = [];

async function load(url: string, html: string): Promise<FixtureWindow> {
  const win = await openFixtureWindow(url, html);
  windows.push(win);
  return win;
}

afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

const doc = (win: Window) => win.document as unknown as Document;
const url = (win: Window) => new URL(win.location.href);
const open = (site: SiteAdapter, win: Window): OpenThread | null => site.read(doc(win), url(win));
/** The open thread's identity, to compare two reads. */
const identity = (t: OpenThread | null) => t && { title: t.title, kind: t.kind, evidence: t.evidence };
const frame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

export function adapterContract(site: SiteAdapter, fixtureId = site.id): void {
  const pages = fixturePages(fixtureId);
  it(`${site.id} has a fixture`, () => expect(pages.length).toBeGreaterThan(0));
  for (const fixture of pages) pageContract(site, fixture);
}

function pageContract(site: SiteAdapter, fixture: Fixture): void {
  describe(`${fixture.name} adapter`, () => {
    const contact = { name: fixture.contact };

    it('finds the contact’s one-to-one chat by its title', async () => {
      const win = await load(fixture.url, fixture.html);
      win.__openChat(fixture.contact);
      const chat = open(site, win);
      expect(chat).not.toBeNull();
      expect(kindMayBeContactChat(chat!.kind)).toBe(true);
      expect(chat!.evidence).not.toBe('');
      expect(titleMatchesContact(chat!.title, contact)).toBe(true);
    });

    it('reads the look-alike as someone else', async () => {
      const win = await load(fixture.url, fixture.html);
      win.__openChat(fixture.lookalike);
      const chat = open(site, win);
      expect(chat).not.toBeNull();
      expect(titleMatchesContact(chat!.title, contact)).toBe(false);
    });

    it('tells the group apart even though its title contains the name', async () => {
      const win = await load(fixture.url, fixture.html);
      win.__openChat(fixture.group);
      expect(open(site, win)?.kind).toMatch(/^(group|channel)$/);
    });

    it('finds the composer and the send control of the open chat', async () => {
      const win = await load(fixture.url, fixture.html);
      win.__openChat(fixture.contact);
      const thread = open(site, win);
      const composer = thread?.composer();
      expect(composer?.isContentEditable || composer?.tagName === 'TEXTAREA').toBe(true);
      expect(composer?.getAttribute('aria-hidden')).not.toBe('true');
      expect(thread?.sendButton()).not.toBeNull();
    });

    it('tells whose message is the newest', async () => {
      const win = await load(fixture.url, fixture.html);
      win.__openChat(fixture.contact);
      expect(typeof open(site, win)?.lastMessageMine()).toBe('boolean');
    });

    it('after the person sends, their message is the newest', async () => {
      const win = await load(fixture.url, fixture.html);
      win.__openChat(fixture.contact);
      const composer = open(site, win)!.composer()!;
      if (composer instanceof (win as unknown as typeof globalThis).HTMLTextAreaElement) {
        (composer as HTMLTextAreaElement).value = 'hello there';
      } else {
        composer.textContent = 'hello there';
      }
      composer.dispatchEvent(new (win as unknown as typeof globalThis).Event('input', { bubbles: true }));
      composer.dispatchEvent(
        new (win as unknown as typeof globalThis).KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          keyCode: 13,
          bubbles: true,
          cancelable: true,
        }),
      );
      expect(win.__sent).toHaveLength(1);
      expect(open(site, win)?.lastMessageMine()).toBe(true);
    });

    it('is idempotent', async () => {
      const win = await load(fixture.url, fixture.html);
      win.__openChat(fixture.contact);
      expect(identity(open(site, win))).toEqual(identity(open(site, win)));
      expect(open(site, win)?.composer()).toBe(open(site, win)?.composer());
    });

    it('notices a chat switch through the shared watcher', async () => {
      const win = await load(fixture.url, fixture.html);
      win.__openChat(fixture.other);
      const seen: (string | undefined)[] = [];
      const watcher = createChatWatcher({
        doc: doc(win),
        root: () => site.watchRoot(doc(win)),
        onChange: () => seen.push(open(site, win)?.title),
      });
      watcher.start();
      await frame(win);
      expect(seen.length).toBeGreaterThan(0);
      expect(titleMatchesContact(seen.at(-1) ?? '', contact)).toBe(false);
      win.__openChat(fixture.contact);
      // The watcher may space its looks out on a slow DOM; the switch must be seen all the same.
      await vi.waitFor(() => expect(titleMatchesContact(seen.at(-1) ?? '', contact)).toBe(true), { timeout: 2000, interval: 20 });
      watcher.stop();
    });

    it.each([
      ['an empty page', '<!doctype html><html><body></body></html>'],
      ['a login page', '<!doctype html><html><body><main><h1>Log in</h1><input type="password"></main></body></html>'],
      [
        'a page with a bare header and footer',
        '<!doctype html><html><body><div id="main"><header></header><footer></footer></div></body></html>',
      ],
    ])('finds nothing and throws nothing on %s', async (_name, html) => {
      const win = await load(fixture.url, html);
      expect(open(site, win)).toBeNull();
      expect(() => site.watchRoot(doc(win))).not.toThrow();
    });
  });
}
