/** The options page, driven by its labels, and what it changes on a messenger page. */
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  card,
  launch,
  loadFixture,
  localIsoDate,
  nudge,
  openChat,
  openMessenger,
  pauseDialog,
  seedContact,
  visible,
  type Session,
  freshStart,
} from './harness';
import { NO_QUIET_HOURS } from '../browser-flows/send';

const whatsapp = loadFixture('whatsapp');
let session: Session;

beforeAll(async () => {
  session = await launch([whatsapp]);
});
afterAll(async () => {
  await session?.close();
});
beforeEach(() => freshStart(session, NO_QUIET_HOURS));

async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Contacts' }).waitFor();
  return page;
}

async function addContact(options: Page, name: string, startDate: string, extra: (p: Page) => Promise<void> = async () => {}) {
  await options.getByRole('button', { name: 'Add a contact' }).click();
  await options.getByLabel('Contact name').fill(name);
  await options.getByLabel('Start date').fill(startDate);
  await options.getByLabel('Space (days)').fill('7');
  await extra(options);
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByRole('button', { name: `Edit ${name}` }).waitFor();
}

describe('options page', () => {
  it('keeps several contacts; each one’s chat gets its own card', async () => {
    const options = await openOptions();
    await addContact(options, whatsapp.contact, localIsoDate(2));
    await addContact(options, whatsapp.other, localIsoDate(0));
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    await expect.poll(() => card(page).textContent()).toContain('Day 3 of 7');
    await openChat(page, whatsapp.other);
    await expect.poll(() => card(page).textContent()).toContain('Day 1 of 7');
    await openChat(page, whatsapp.lookalike);
    await expect.poll(() => card(page).count()).toBe(0);
  });

  it('deletes a contact with undo', async () => {
    const options = await openOptions();
    await addContact(options, whatsapp.contact, localIsoDate(2));
    await options.getByRole('button', { name: `Delete ${whatsapp.contact}` }).click();
    await expect.poll(() => options.getByRole('button', { name: `Edit ${whatsapp.contact}` }).count()).toBe(0);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.getByRole('button', { name: `Edit ${whatsapp.contact}` }).count()).toBe(1);
  });

  it('safety mode: no reconnect phase, every send paused, support named on the card', async () => {
    const options = await openOptions();
    await addContact(options, whatsapp.contact, localIsoDate(40), async (p) => {
      await p.getByLabel('No contact at all').check();
    });
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    await expect.poll(() => card(page).textContent()).toContain('No contact');
    expect(await card(page).textContent()).not.toContain('Reconnect');
    expect(
      await card(page)
        .getByRole('link', { name: /support/i })
        .count(),
    ).toBe(1);
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('How are you?');
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseDialog(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as any).__sent)).toEqual([]);
  });

  it('rules and sites can be switched off', async () => {
    await seedContact(session, { name: whatsapp.contact, startDate: localIsoDate(30) });
    const options = await openOptions();
    await options.getByLabel('Confessions of feelings').uncheck();
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('I love you');
    await page.waitForTimeout(300);
    expect(await nudge(page).count()).toBe(0);
    await options.getByLabel('WhatsApp Web').uncheck();
    await expect.poll(() => card(page).count()).toBe(0);
  });

  it('exports, refuses a bad import without changing anything, imports a good one, deletes everything', async () => {
    const options = await openOptions();
    await addContact(options, whatsapp.contact, localIsoDate(2));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'br-'));
    const good = join(dir, 'backup.json');
    await download.saveAs(good);
    expect(JSON.parse(readFileSync(good, 'utf8')).contacts[0].name).toBe(whatsapp.contact);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'breathing-room-backup', version: 1, contacts: [{ name: '<script>' }] }));
    await options.getByLabel('Import settings').setInputFiles(bad);
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('nothing was imported');
    expect(await options.getByRole('button', { name: `Edit ${whatsapp.contact}` }).count()).toBe(1);

    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => options.getByRole('button', { name: `Edit ${whatsapp.contact}` }).count()).toBe(0);

    await options.getByLabel('Import settings').setInputFiles(good);
    await expect.poll(() => options.getByRole('button', { name: `Edit ${whatsapp.contact}` }).count()).toBe(1);
  });
});
