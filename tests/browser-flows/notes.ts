/**
 * "Save to my notes", on one messenger page, then the options page's
 * "Unsent notes": the draft is copied, never changed, never sent, and never
 * drawn anywhere in the messenger page but its own composer. Expects the
 * storage send.ts's flows expect (preferences without quiet hours only).
 */
import { expect } from 'vitest';
import type { Fixture } from '../fixtures/fixtures';
import type { Driver, Tab } from './driver';
import { sentMessages } from './hooks';
import { contactChat, inWindow, typeDraft } from './send';

/** A draft that breaks no text rule, so no reason quotes any of it: only the space window holds it. */
export const NOTE = 'The bakery on Fifth Street closed today';

/**
 * How many times the page holds `text` outside its own composer (text, attribute
 * values, field values, every open shadow root), and how many times our own UI does.
 */
export function whereShown(tab: Tab, composer: string, text: string): Promise<{ elsewhere: number; ownUi: number }> {
  return tab.evaluate(
    ({ selector, text: needle }) => {
      const shown = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const own = [...document.querySelectorAll(selector)].find(shown) ?? null;
      const count = (s: string) => s.split(needle).length - 1;
      let elsewhere = 0;
      const read = (root: Node) => {
        let texts = '';
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (own?.contains(node)) continue;
          if (node instanceof Text) {
            texts += node.data;
            continue;
          }
          const el = node as Element;
          for (const attribute of el.attributes) elsewhere += count(attribute.value);
          if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) elsewhere += count(el.value);
          if (el.shadowRoot) read(el.shadowRoot);
        }
        elsewhere += count(texts);
      };
      read(document);
      const ui = document.querySelector('breathing-room')?.shadowRoot;
      return { elsewhere, ownUi: ui ? count(ui.textContent ?? '') : 0 };
    },
    { selector: composer, text },
  );
}

export async function savesDraftToNotes(driver: Driver, fixture: Fixture): Promise<void> {
  const tab = await contactChat(driver, fixture, inWindow());
  const pause = tab.ui('pause');
  await typeDraft(tab, fixture, NOTE);
  const before = await tab.snapshot(fixture.composer!);
  // What the page itself does with a draft (Telegram mirrors it, say) is the page's; the extension adds nothing to it.
  const pageOwn = await whereShown(tab, fixture.composer!, NOTE);
  expect(pageOwn.ownUi).toBe(0);
  await tab.press('Enter');
  await expect.poll(() => pause.isVisible()).toBe(true);
  expect(await whereShown(tab, fixture.composer!, NOTE)).toEqual(pageOwn);

  await pause.byRole('button', 'Save to my notes').click();
  await expect.poll(() => pause.count()).toBe(0);
  expect(await tab.snapshot(fixture.composer!)).toBe(before);
  expect(await tab.hasFocus(fixture.composer!)).toBe(true);
  const line = tab.ui('noted');
  await expect.poll(() => line.text()).toBe('Saved to your notes. Your draft is still here.');
  expect(await sentMessages(tab)).toEqual([]);
  expect(await whereShown(tab, fixture.composer!, NOTE)).toEqual(pageOwn);

  const options = await driver.openOptions();
  const notes = options.byRole('region', 'Unsent notes');
  await expect.poll(() => notes.text()).toContain(NOTE);
  expect(await notes.text()).toContain(fixture.contact);
  // Counted as a kept draft, counts only.
  expect(await options.byRole('region', 'Progress').text()).toContain('Drafts kept after a pause: 1.');
  await notes.byRole('button', 'Delete').click();
  await expect.poll(() => notes.text()).not.toContain(NOTE);
  expect(await notes.text()).toContain('No notes yet');
  await options.close();

  // The line goes after a few seconds; the draft is still exactly as it was, unsent, and shown nowhere else.
  await expect.poll(() => line.count(), { timeout: 10_000 }).toBe(0);
  expect(await tab.snapshot(fixture.composer!)).toBe(before);
  expect(await sentMessages(tab)).toEqual([]);
  expect(await whereShown(tab, fixture.composer!, NOTE)).toEqual(pageOwn);
}
