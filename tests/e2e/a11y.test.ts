/**
 * Accessibility: axe-core finds no serious or critical violations in the
 * popup, the options page and the in-page UI (card, nudge, pause), in light
 * and dark; and everything works from the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  card,
  launch,
  loadFixture,
  localIsoDate,
  notedLine,
  nudge,
  openChat,
  openPopup,
  pauseDialog,
  resetStorage,
  seedContact,
  seedPreferences,
  visible,
  type Session,
} from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const whatsapp = loadFixture('whatsapp');
let session: Session;

beforeAll(async () => {
  session = await launch([whatsapp]);
});
afterAll(async () => {
  await session?.close();
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown }[];
}

/** Serious and critical axe violations, optionally only inside our own element. */
async function seriousViolations(page: Page, ownUiOnly = false): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations: AxeViolation[] = await page.evaluate(async (own) => {
    const axe = (window as any).axe;
    const context = own ? { include: [['breathing-room', '.root']] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations;
  }, ownUiOnly);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('accessibility', () => {
  it('popup: no serious violations, empty and with a contact, in light and dark', async () => {
    await resetStorage(session);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(session);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByLabel('Contact name').waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    }
    await seedContact(session, { name: whatsapp.contact, startDate: localIsoDate(2) });
    const popup = await openPopup(session);
    await popup.getByRole('button', { name: 'Edit' }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('options page: no serious violations, the unsent notes empty and listed, and their delete confirmation', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Contacts' }).waitFor();
    await options.getByText('No notes yet.', { exact: false }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await session.worker.evaluate(
      (items) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(i: unknown): Promise<void> } } } }).chrome.storage.local.set(items),
      {
        notes: [
          {
            id: 'n1',
            text: 'I keep wanting to tell you about my day.\nNot today.',
            date: Date.now() - 86_400_000,
            contactId: 'c1',
            contactName: whatsapp.contact,
          },
          { id: 'n2', text: 'Saw the film you’d like', date: Date.now(), contactId: 'c1', contactName: whatsapp.contact },
        ],
        notes$: { v: 1 },
      },
    );
    const notes = options.getByRole('region', { name: 'Unsent notes' });
    await expect.poll(() => notes.getByRole('button', { name: 'Delete', exact: true }).count()).toBe(2);
    expect(await seriousViolations(options)).toEqual([]);
    await notes.getByRole('button', { name: 'Delete all notes' }).click();
    expect(await seriousViolations(options)).toEqual([]);
    await notes.getByRole('button', { name: 'Keep them' }).click();
    await options.getByRole('button', { name: `Edit ${whatsapp.contact}` }).click();
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('card, nudge and pause: no serious violations, light and dark', async () => {
    await resetStorage(session);
    await seedPreferences(session, { quietHours: { start: 0, end: 0 } });
    await seedContact(session, { name: whatsapp.contact, startDate: localIsoDate(2) });
    for (const theme of ['light', 'dark']) {
      const page = await session.context.newPage();
      await page.goto(`${whatsapp.url}?theme=${theme}`);
      await openChat(page, whatsapp.contact);
      await card(page).waitFor();
      await visible(page, whatsapp.composer!).click();
      await page.keyboard.type('I miss you');
      await nudge(page).waitFor();
      expect(await seriousViolations(page, true)).toEqual([]);
      await page.keyboard.press('Enter');
      await pauseDialog(page).waitFor();
      expect(await seriousViolations(page, true)).toEqual([]);
      await pauseDialog(page).getByRole('button', { name: 'Save to my notes', exact: true }).click();
      await notedLine(page).waitFor();
      expect(await seriousViolations(page, true)).toEqual([]);
      await page.close();
    }
  });

  it('every form of the pause, and the card saying who wrote last: no serious violations, light and dark', async () => {
    await resetStorage(session);
    await seedPreferences(session, { quietHours: { start: 0, end: 0 } });
    await seedContact(session, { name: whatsapp.contact, startDate: localIsoDate(2) });
    for (const theme of ['light', 'dark']) {
      const page = await session.context.newPage();
      await page.goto(`${whatsapp.url}?theme=${theme}`);
      await openChat(page, whatsapp.contact);
      await expect.poll(() => card(page).textContent()).toContain('They wrote to you');
      await visible(page, whatsapp.composer!).click();
      await page.keyboard.type('hey');
      // Forms come by chance, never twice in a row: pause until each has been seen (and checked) once.
      const seen = new Set<string>();
      for (let i = 0; i < 30 && seen.size < 3; i++) {
        await page.keyboard.press('Enter');
        await pauseDialog(page).waitFor();
        const form = (await page.locator('breathing-room .form').getAttribute('data-form')) ?? '';
        if (!seen.has(form)) {
          seen.add(form);
          expect(await seriousViolations(page, true), form).toEqual([]);
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => pauseDialog(page).count()).toBe(0);
      }
      expect([...seen].sort()).toEqual(['breathe', 'question', 'reread']);
      await page.close();
    }
  });

  it('works by keyboard alone: save a contact in the popup, close the pause with Escape, save to my notes, focus back in the composer', async () => {
    await resetStorage(session);
    const popup = await openPopup(session);
    await popup.getByLabel('Contact name').focus();
    await popup.keyboard.type(whatsapp.contact);
    await popup.keyboard.press('Tab'); // Other names
    await popup.keyboard.press('Tab'); // Phone or handle
    await popup.keyboard.press('Tab'); // Start date
    await popup.getByLabel('Start date').fill(localIsoDate(2));
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Day 3 of 7 · 4 days left');
    await popup.close();

    const page = await session.context.newPage();
    await page.goto(whatsapp.url);
    await openChat(page, whatsapp.contact);
    await card(page).waitFor();
    await visible(page, whatsapp.composer!).focus();
    await page.keyboard.type('hey');
    await page.keyboard.press('Enter');
    await pauseDialog(page).waitFor();
    // Focus is inside the pause, on "Keep my draft", with a visible focus ring.
    const focused = await page.evaluate(() => {
      const host = document.querySelector('breathing-room');
      const el = host?.shadowRoot?.activeElement as HTMLElement | null;
      return el ? { text: el.textContent, outline: getComputedStyle(el).outlineStyle } : null;
    });
    expect(focused?.text).toBe('Keep my draft');
    expect(focused?.outline).not.toBe('none');
    await page.keyboard.press('Escape');
    await expect.poll(() => pauseDialog(page).count()).toBe(0);
    expect(await visible(page, whatsapp.composer!).evaluate((el) => el === document.activeElement)).toBe(true);
    // "Save to my notes" is the next stop from "Keep my draft"; Enter saves, and focus comes back to the composer.
    await page.keyboard.press('Enter');
    await pauseDialog(page).waitFor();
    await page.keyboard.press('Tab');
    const active = () => page.evaluate(() => document.querySelector('breathing-room')?.shadowRoot?.activeElement?.textContent);
    expect(await active()).toBe('Save to my notes');
    await page.keyboard.press('Enter');
    await expect.poll(() => notedLine(page).textContent()).toBe('Saved to your notes. Your draft is still here.');
    expect(await pauseDialog(page).count()).toBe(0);
    expect(await visible(page, whatsapp.composer!).evaluate((el) => el === document.activeElement)).toBe(true);
    // The card's own buttons are reachable and work from the keyboard.
    await card(page).getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  it('snoozes from the card by keyboard: focus moves into the choices', async () => {
    await resetStorage(session);
    await seedContact(session, { name: whatsapp.contact, startDate: localIsoDate(2) });
    const page = await session.context.newPage();
    await page.goto(whatsapp.url);
    await openChat(page, whatsapp.contact);
    await card(page).getByRole('button', { name: 'Snooze' }).focus();
    await page.keyboard.press('Enter');
    const active = () => page.evaluate(() => document.querySelector('breathing-room')?.shadowRoot?.activeElement?.textContent);
    await expect.poll(active).toBe('15 minutes');
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).count()).toBe(0);
  });
});
