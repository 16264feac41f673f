/**
 * The draft nudge and the pause before sending, on one messenger page.
 * Nothing is ever sent by the extension; a paused draft is left byte for byte
 * as it was. Each flow expects empty storage apart from preferences without
 * quiet hours (so results do not depend on the hour the tests run at).
 */
import { expect } from 'vitest';
import type { Fixture } from '../fixtures/fixtures';
import type { Driver, Tab } from './driver';
import { openChat, sentMessages } from './hooks';
import { localIsoDate, type ContactEntry } from './seed';

/** Preferences every send flow runs under. */
export const NO_QUIET_HOURS = { quietHours: { start: 0, end: 0 } };

/** A contact in the third day of a 7-day window, with a 3 s countdown. */
export const inWindow = () => ({ startDate: localIsoDate(2), windowDays: 7, extra: { countdownSeconds: 3 } });
const reconnecting = () => ({ startDate: localIsoDate(30), windowDays: 7 });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function typeDraft(tab: Tab, fixture: Fixture, text: string) {
  await tab.click(fixture.composer!);
  await tab.type(text);
}

async function clearDraft(tab: Tab, fixture: Fixture) {
  await tab.click(fixture.composer!);
  await tab.press('ControlOrMeta+A');
  await tab.press('Backspace');
}

/** Opens the contact's chat with the contact saved as given. */
export async function contactChat(driver: Driver, fixture: Fixture, dates: Omit<ContactEntry, 'name'>) {
  await driver.seedContact({ name: fixture.contact, ...dates });
  const tab = await driver.openMessenger(fixture);
  await openChat(tab, fixture.contact);
  return tab;
}

export async function nudgesConfessionNotCheckIn(driver: Driver, fixture: Fixture): Promise<void> {
  const tab = await contactChat(driver, fixture, reconnecting());
  const nudge = tab.ui('nudge');
  await typeDraft(tab, fixture, 'I love you so much');
  await expect.poll(() => nudge.text()).toContain('confession');
  await clearDraft(tab, fixture);
  await typeDraft(tab, fixture, 'How are you?');
  await expect.poll(() => nudge.count()).toBe(0);
}

export async function pausesEnterAndKeepsDraft(driver: Driver, fixture: Fixture): Promise<void> {
  const tab = await contactChat(driver, fixture, inWindow());
  const pause = tab.ui('pause');
  await typeDraft(tab, fixture, 'I miss you');
  const before = await tab.snapshot(fixture.composer!);
  await tab.press('Enter');
  await expect.poll(() => pause.isVisible()).toBe(true);
  expect(await pause.text()).toContain('space window');
  expect(await sentMessages(tab)).toEqual([]);
  expect(await tab.snapshot(fixture.composer!)).toBe(before);

  await pause.byRole('button', 'Keep my draft').click();
  await expect.poll(() => pause.count()).toBe(0);
  expect(await tab.snapshot(fixture.composer!)).toBe(before);
  expect(await tab.hasFocus(fixture.composer!)).toBe(true);
  expect(await sentMessages(tab)).toEqual([]);
}

export async function pausesSendButtonAndEscapeCloses(driver: Driver, fixture: Fixture): Promise<void> {
  const tab = await contactChat(driver, fixture, inWindow());
  const pause = tab.ui('pause');
  await typeDraft(tab, fixture, 'hey');
  const before = await tab.snapshot(fixture.composer!);
  await tab.click(fixture.send!);
  await expect.poll(() => pause.isVisible()).toBe(true);
  expect(await sentMessages(tab)).toEqual([]);
  await tab.press('Escape');
  await expect.poll(() => pause.count()).toBe(0);
  expect(await tab.snapshot(fixture.composer!)).toBe(before);
  expect(await sentMessages(tab)).toEqual([]);
}

export async function sendAnywaySendsOnce(driver: Driver, fixture: Fixture): Promise<void> {
  const tab = await contactChat(driver, fixture, inWindow());
  const pause = tab.ui('pause');
  await typeDraft(tab, fixture, 'Happy birthday!');
  await tab.press('Enter');
  const sendAnyway = pause.byRole('button', 'Send anyway');
  await expect.poll(() => sendAnyway.isDisabled()).toBe(true);
  await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
  await sendAnyway.click();
  await expect.poll(() => pause.count()).toBe(0);
  expect(await sentMessages(tab)).toEqual([]);
  await tab.press('Enter');
  await expect.poll(() => sentMessages(tab)).toEqual([{ chat: fixture.contact, text: 'Happy birthday!' }]);
}

export async function leavesShiftEnterAndOtherChatsAlone(driver: Driver, fixture: Fixture): Promise<void> {
  const tab = await contactChat(driver, fixture, inWindow());
  const pause = tab.ui('pause');
  await typeDraft(tab, fixture, 'hey');
  await tab.press('Shift+Enter');
  await wait(200);
  expect(await pause.count()).toBe(0);

  await openChat(tab, fixture.other);
  // The contact's card goes with their chat (until then it may still sit where the new chat's composer is drawn).
  await expect.poll(() => tab.ui('card').count()).toBe(0);
  await typeDraft(tab, fixture, 'I love you');
  await tab.press('Enter');
  await expect.poll(() => sentMessages(tab)).toEqual([{ chat: fixture.other, text: 'I love you' }]);
  expect(await pause.count()).toBe(0);
  expect(await tab.ui('nudge').count()).toBe(0);
}
