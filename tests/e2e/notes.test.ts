/**
 * "Save to my notes" on every messenger fixture page in real Chromium, and the
 * options page's "Unsent notes": the draft copied, left byte for byte, never
 * sent, never drawn into the page; the note listed with its contact, counted
 * as a kept draft, deleted by "Delete". The flow is shared with Firefox
 * (tests/browser-flows/notes.ts, tests/firefox/core-flow.test.ts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites/registry';
import { NOTE, savesDraftToNotes, whereShown } from '../browser-flows/notes';
import { NO_QUIET_HOURS } from '../browser-flows/send';
import { fixturePages } from '../fixtures/fixtures';
import {
  chromiumDriver,
  chromiumTab,
  launch,
  loadFixture,
  localIsoDate,
  notedLine,
  openChat,
  openMessenger,
  pauseDialog,
  seedContact,
  sentMessages,
  visible,
  type Session,
  freshStart,
} from './harness';

const fixtures = ADAPTERS.flatMap((a) => fixturePages(a.id));
let session: Session;

beforeAll(async () => {
  session = await launch(fixtures);
});
afterAll(async () => {
  await session?.close();
});
beforeEach(() => freshStart(session, NO_QUIET_HOURS));

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  it('"Save to my notes" keeps the draft identical and unsent, says so in one line, and the note is in "Unsent notes" until deleted', () =>
    savesDraftToNotes(chromiumDriver(session), fixture));
});

describe('notes across tabs and in the options page', () => {
  const whatsapp = loadFixture('whatsapp');

  it('two tabs saving at the same moment both land; "Delete all notes" asks first', async () => {
    await seedContact(session, { name: whatsapp.contact, startDate: localIsoDate(2), extra: { countdownSeconds: 3 } });
    const tabs = [await openMessenger(session, whatsapp), await openMessenger(session, whatsapp)];
    for (const [i, page] of tabs.entries()) {
      await openChat(page, whatsapp.contact);
      await visible(page, whatsapp.composer!).click();
      await page.keyboard.type(`${NOTE} ${i + 1}`);
      await page.keyboard.press('Enter');
      await pauseDialog(page).waitFor();
    }
    await Promise.all(tabs.map((page) => pauseDialog(page).getByRole('button', { name: 'Save to my notes', exact: true }).click()));
    for (const page of tabs) await expect.poll(() => notedLine(page).textContent()).toBe('Saved to your notes. Your draft is still here.');

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const notes = options.getByRole('region', { name: 'Unsent notes' });
    await expect.poll(() => notes.getByRole('listitem').count()).toBe(2);
    const texts = await notes.locator('.note-text').allTextContents();
    expect([...texts].sort()).toEqual([`${NOTE} 1`, `${NOTE} 2`]);
    // Each "Delete" is named exactly that, and described by its note's date and contact.
    const deletes = notes.getByRole('button', { name: 'Delete', exact: true });
    expect(await deletes.count()).toBe(2);
    const description = await deletes
      .first()
      .evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(description).toContain(whatsapp.contact);
    expect(await options.getByText('Drafts kept after a pause: 2.').count()).toBe(1);

    await notes.getByRole('button', { name: 'Delete all notes' }).click();
    await notes.getByRole('button', { name: 'Keep them' }).click();
    expect(await notes.getByRole('listitem').count()).toBe(2);
    await notes.getByRole('button', { name: 'Delete all notes' }).click();
    await notes.getByRole('button', { name: 'Yes, delete all notes' }).click();
    await expect.poll(() => notes.getByRole('listitem').count()).toBe(0);
    expect(await notes.getByRole('status').textContent()).toBe('All notes were deleted.');
    for (const page of tabs) {
      expect(await sentMessages(page)).toEqual([]);
      expect(await whereShown(chromiumTab(page), whatsapp.composer!, NOTE)).toEqual({ elsewhere: 0, ownUi: 0 });
    }
  });

  const storedNote = { id: 'n1', text: 'kept for me', date: Date.now(), contactId: 'c1', contactName: 'Jordan Avery' };
  const seedNote = () =>
    session.worker.evaluate(
      (items) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(i: unknown): Promise<void> } } } }).chrome.storage.local.set(items),
      { notes: [storedNote], notes$: { v: 1 } },
    );
  const openOptions = async (): Promise<Page> => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Unsent notes' }).waitFor();
    return options;
  };
  const exportFile = async (options: Page, name: string) => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'br-notes-')), name);
    await download.saveAs(file);
    return file;
  };

  it('export holds the notes only when "Include my notes" is ticked; "Delete everything" removes them; an import brings them back', async () => {
    await seedNote();
    const options = await openOptions();
    const include = options.getByLabel('Include my notes');
    expect(await include.isChecked()).toBe(false);
    const without = await exportFile(options, 'without.json');
    expect(readFileSync(without, 'utf8')).not.toContain('kept for me');
    expect(JSON.parse(readFileSync(without, 'utf8'))).not.toHaveProperty('notes');
    await include.check();
    const withNotes = await exportFile(options, 'with.json');
    expect(JSON.parse(readFileSync(withNotes, 'utf8')).notes).toEqual([storedNote]);

    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    const notes = options.getByRole('region', { name: 'Unsent notes' });
    await expect.poll(() => notes.getByRole('listitem').count()).toBe(0);
    expect(
      await session.worker.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null),
      ),
    ).toEqual({});

    await options.getByLabel('Import settings').setInputFiles(without);
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toContain('Imported 0 contact(s)');
    expect(await notes.getByRole('listitem').count()).toBe(0);
    await options.getByLabel('Import settings').setInputFiles(withNotes);
    await expect.poll(() => notes.locator('.note-text').textContent()).toBe('kept for me');
    expect(await options.getByRole('status').filter({ hasText: 'Imported' }).textContent()).toContain('1 note(s)');
  });

  it('lists notes newest first, each with its date and contact; a deleted note comes back with Undo', async () => {
    const older = {
      ...storedNote,
      id: 'n0',
      text: 'written first',
      date: new Date(2026, 10, 20, 23, 15).getTime(),
      contactName: 'Sam Rivera',
    };
    await session.worker.evaluate(
      (items) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(i: unknown): Promise<void> } } } }).chrome.storage.local.set(items),
      { notes: [older, storedNote], notes$: { v: 1 } },
    );
    const options = await openOptions();
    const notes = options.getByRole('region', { name: 'Unsent notes' });
    await expect.poll(() => notes.locator('.note-text').allTextContents()).toEqual(['kept for me', 'written first']);
    const metas = await notes.locator('.note-meta').allTextContents();
    expect(metas[0]).toContain('Jordan Avery');
    expect(metas[1]).toMatch(/Sam Rivera/);
    expect(metas[1]).toMatch(/2026/);
    await notes.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await expect.poll(() => notes.locator('.note-text').allTextContents()).toEqual(['written first']);
    await notes.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => notes.locator('.note-text').allTextContents()).toEqual(['kept for me', 'written first']);
  });
});
