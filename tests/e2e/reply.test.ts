/**
 * Issue 17 parts 2 and 3 in real Chromium, on every registered messenger's
 * fixture: the card says who wrote last (theirs when the chat opens, the
 * person's own once they send, without reopening the chat), the second pause
 * of the day says so, and the pause's form changes from one pause to the next.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADAPTERS } from '@/lib/sites/registry';
import type { Fixture } from '../fixtures/fixtures';
import {
  card,
  launch,
  loadFixture,
  localIsoDate,
  openChat,
  openMessenger,
  pauseDialog,
  seedContact,
  sentMessages,
  visible,
  type Session,
  freshStart,
} from './harness';
import { NO_QUIET_HOURS } from '../browser-flows/send';

const fixtures = ADAPTERS.map((a) => loadFixture(a.id));
const whatsapp = loadFixture('whatsapp');
let session: Session;

beforeAll(async () => {
  session = await launch(fixtures);
});
afterAll(async () => {
  await session?.close();
});
beforeEach(() => freshStart(session, NO_QUIET_HOURS));

const THEIRS = 'They wrote to you';
const MINE = 'Your message is the last one';

/** Today's counts as the background worker stored them (counts only: never text). */
async function todayCounts(): Promise<unknown> {
  return session.worker.evaluate(async (day) => {
    const { stats } = await (globalThis as any).chrome.storage.local.get('stats');
    return stats?.[day] ?? null;
  }, localIsoDate(0));
}

/** Which calm form the open pause takes (its data-form). */
const pauseForm = (page: Page) => page.locator('breathing-room .form').getAttribute('data-form');

async function contactChat(fixture: Fixture, contact: { startDate: string; extra?: Record<string, unknown> }): Promise<Page> {
  await seedContact(session, { name: fixture.contact, windowDays: 7, ...contact });
  const page = await openMessenger(session, fixture);
  await openChat(page, fixture.contact);
  await card(page).waitFor();
  return page;
}

/** Enter on the draft in the composer, until the pause shows. */
async function pauseOnce(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await pauseDialog(page).waitFor();
}

async function keep(page: Page): Promise<void> {
  await pauseDialog(page).getByRole('button', { name: 'Keep my draft' }).click();
  await expect.poll(() => pauseDialog(page).count()).toBe(0);
}

describe.each(fixtures.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
  it('the card says who wrote last; the second pause today says so, in another form; after a send the card follows', async () => {
    const page = await contactChat(fixture, { startDate: localIsoDate(2), extra: { countdownSeconds: 3 } });
    await expect.poll(() => card(page).textContent()).toContain(THEIRS);
    expect(await card(page).textContent()).toContain('don’t have to answer now');
    expect(await card(page).textContent()).not.toContain(MINE);

    await visible(page, fixture.composer!).click();
    await page.keyboard.type('hey');
    await pauseOnce(page);
    const first = await pauseForm(page);
    expect(await pauseDialog(page).textContent()).not.toMatch(/time today|times today/);
    await keep(page);

    await pauseOnce(page);
    expect(await pauseDialog(page).textContent()).toContain('Second time today you’ve reached for them.');
    expect(await pauseForm(page)).not.toBe(first);
    // The buttons are there in every form.
    expect(await pauseDialog(page).getByRole('button', { name: 'Keep my draft' }).count()).toBe(1);
    const sendAnyway = pauseDialog(page).getByRole('button', { name: 'Send anyway' });
    await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
    await sendAnyway.click();
    await expect.poll(() => pauseDialog(page).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([{ chat: fixture.contact, text: 'hey' }]);

    // The person's message is now the newest: the open card follows, no reopening needed.
    await expect.poll(() => card(page).textContent()).toContain(MINE);
    expect(await card(page).textContent()).not.toContain(THEIRS);
    expect(await card(page).textContent()).toContain('Wait for their reply');
    // What was stored: two pauses for this contact and one send after a pause, counts only. (Waiting for the
    // background's writes also keeps them from landing after the next test has cleared storage.)
    await expect.poll(todayCounts).toEqual({ kept: 1, sentAfterPause: 1, sent: 1, pauses: { [`seed-${fixture.contact}`]: 2 } });
  });
});

describe('whatsapp: the words follow the phase and safety mode', () => {
  it('reconnecting, their message newest: a short, light reply is the right size, and no double-text nudge', async () => {
    const page = await contactChat(whatsapp, { startDate: localIsoDate(30) });
    await expect.poll(() => card(page).textContent()).toContain(THEIRS);
    expect(await card(page).textContent()).toContain('A short, light reply is the right size');
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('How are you?');
    // A clean check-in to their message breaks nothing: no "your message is already the last one".
    await page.waitForTimeout(400);
    expect(await page.locator('breathing-room .nudge').count()).toBe(0);
  });

  it('safety mode: it says they wrote, and nothing invites a reply', async () => {
    const page = await contactChat(whatsapp, { startDate: localIsoDate(2), extra: { safetyMode: true } });
    await expect.poll(() => card(page).textContent()).toContain(THEIRS);
    const text = (await card(page).textContent()) ?? '';
    expect(text).toContain('You don’t owe them a reply');
    expect(text).not.toMatch(/answer briefly|reply is the right size/);
  });

  it('the third pause says "Third time today"; the count is per contact and survives a reload', async () => {
    const page = await contactChat(whatsapp, { startDate: localIsoDate(2) });
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('hey');
    await pauseOnce(page);
    await keep(page);
    await pauseOnce(page);
    await keep(page);
    await page.reload();
    await openChat(page, whatsapp.contact);
    await card(page).waitFor();
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('hey');
    await pauseOnce(page);
    expect(await pauseDialog(page).textContent()).toContain('Third time today you’ve reached for them.');
    await expect.poll(todayCounts).toEqual({ kept: 2, sentAfterPause: 0, sent: 0, pauses: { [`seed-${whatsapp.contact}`]: 3 } });
  });

  it('the breathing guide moves, and stands still under reduced motion', async () => {
    const page = await contactChat(whatsapp, { startDate: localIsoDate(2) });
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('hey');
    // The form is chosen by chance, never twice in a row: a few pauses bring the breathing guide.
    for (let i = 0; i < 20; i++) {
      await pauseOnce(page);
      if ((await pauseForm(page)) === 'breathe') break;
      await keep(page);
    }
    expect(await pauseForm(page)).toBe('breathe');
    const breath = page.locator('breathing-room .breath');
    expect(await breath.evaluate((el) => getComputedStyle(el).animationName)).toBe('br-breathe');
    expect(await breath.textContent()).toMatch(/^\d+$/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await breath.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    expect(await breath.isVisible()).toBe(true);
  });
});
