/**
 * Nudges and the pause before sending, on every registered messenger's
 * fixture in real Chromium. Nothing is ever sent by the extension; a paused
 * draft is left byte for byte as it was.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADAPTERS } from '@/lib/sites/registry';
import {
  composerSnapshot,
  launch,
  loadFixture,
  localIsoDate,
  nudge,
  openChat,
  openMessenger,
  pauseDialog,
  resetStorage,
  seedContact,
  seedPreferences,
  sentMessages,
  visible,
  type Session,
} from './harness';

const fixtures = ADAPTERS.map((a) => loadFixture(a.id));
let session: Session;

beforeAll(async () => {
  session = await launch(fixtures);
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  await resetStorage(session);
  // No quiet hours, so results do not depend on the hour the tests run at.
  await seedPreferences(session, { quietHours: { start: 0, end: 0 } });
  for (const page of session.context.pages()) await page.close();
});

const IN_WINDOW = { startDate: localIsoDate(2), windowDays: 7, extra: { countdownSeconds: 3 } };
const RECONNECTING = { startDate: localIsoDate(30), windowDays: 7 };

describe.each(fixtures.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
  const composer = (page: Page) => visible(page, fixture.composer!);

  async function typeDraft(page: Page, text: string) {
    await composer(page).click();
    await page.keyboard.type(text);
  }
  async function clearDraft(page: Page) {
    await composer(page).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
  }

  it('nudges for a confession and goes quiet for "How are you?"', async () => {
    await seedContact(session, { name: fixture.contact, ...RECONNECTING });
    const page = await openMessenger(session, fixture);
    await openChat(page, fixture.contact);
    await typeDraft(page, 'I love you so much');
    await expect.poll(() => nudge(page).textContent()).toContain('confession');
    await clearDraft(page);
    await typeDraft(page, 'How are you?');
    await expect.poll(() => nudge(page).count()).toBe(0);
  });

  it('pauses Enter in the contact’s chat: nothing is sent and "Keep my draft" leaves the draft identical', async () => {
    await seedContact(session, { name: fixture.contact, ...IN_WINDOW });
    const page = await openMessenger(session, fixture);
    await openChat(page, fixture.contact);
    await typeDraft(page, 'I miss you');
    const before = await composerSnapshot(page, fixture.composer!);
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseDialog(page).isVisible()).toBe(true);
    expect(await pauseDialog(page).textContent()).toContain('space window');
    expect(await sentMessages(page)).toEqual([]);
    expect(await composerSnapshot(page, fixture.composer!)).toBe(before);

    await pauseDialog(page).getByRole('button', { name: 'Keep my draft' }).click();
    await expect.poll(() => pauseDialog(page).count()).toBe(0);
    expect(await composerSnapshot(page, fixture.composer!)).toBe(before);
    expect(await composer(page).evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('pauses the send button too, and Escape closes the pause like "Keep my draft"', async () => {
    await seedContact(session, { name: fixture.contact, ...IN_WINDOW });
    const page = await openMessenger(session, fixture);
    await openChat(page, fixture.contact);
    await typeDraft(page, 'hey');
    const before = await composerSnapshot(page, fixture.composer!);
    await visible(page, fixture.send!).click();
    await expect.poll(() => pauseDialog(page).isVisible()).toBe(true);
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => pauseDialog(page).count()).toBe(0);
    expect(await composerSnapshot(page, fixture.composer!)).toBe(before);
    expect(await sentMessages(page)).toEqual([]);
  });

  it('"Send anyway" then Enter sends exactly the draft, once', async () => {
    await seedContact(session, { name: fixture.contact, ...IN_WINDOW });
    const page = await openMessenger(session, fixture);
    await openChat(page, fixture.contact);
    await typeDraft(page, 'Happy birthday!');
    await page.keyboard.press('Enter');
    const sendAnyway = pauseDialog(page).getByRole('button', { name: 'Send anyway' });
    await expect.poll(() => sendAnyway.isDisabled()).toBe(true);
    await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
    await sendAnyway.click();
    await expect.poll(() => pauseDialog(page).count()).toBe(0);
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([{ chat: fixture.contact, text: 'Happy birthday!' }]);
  });

  it('leaves Shift+Enter and other chats alone', async () => {
    await seedContact(session, { name: fixture.contact, ...IN_WINDOW });
    const page = await openMessenger(session, fixture);
    await openChat(page, fixture.contact);
    await typeDraft(page, 'hey');
    await page.keyboard.press('Shift+Enter');
    await page.waitForTimeout(200);
    expect(await pauseDialog(page).count()).toBe(0);

    await openChat(page, fixture.other);
    await typeDraft(page, 'I love you');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([{ chat: fixture.other, text: 'I love you' }]);
    expect(await pauseDialog(page).count()).toBe(0);
    expect(await nudge(page).count()).toBe(0);
  });
});
