/**
 * The reminder card on one messenger page: there for the contact's chat, gone
 * for the look-alike, the group and someone else, and back after switching back.
 */
import { expect } from 'vitest';
import type { Fixture } from '../fixtures/fixtures';
import type { Driver } from './driver';
import { openChat } from './hooks';
import { saveContactInPopup } from './popup';
import { localIsoDate } from './seed';

export interface CardFlowOptions {
  /**
   * How the contact is saved: straight into storage, or through the popup's
   * fields. Through the popup the chat's title goes in "Other names" (under a
   * different "Contact name"), so both fields are shown to reach the page.
   */
  via: 'storage' | 'popup';
}

export async function cardForContactOnly(driver: Driver, fixture: Fixture, { via }: CardFlowOptions): Promise<void> {
  await driver.resetStorage();
  const dates = { startDate: localIsoDate(2), windowDays: 7 };
  if (via === 'popup') {
    await saveContactInPopup(driver, { name: `${fixture.contact} (old number)`, otherNames: fixture.contact, ...dates });
  } else {
    await driver.seedContact({ name: fixture.contact, ...dates });
  }
  const tab = await driver.openMessenger(fixture);
  const card = tab.ui('card');
  try {
    await openChat(tab, fixture.contact);
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.text()).toContain('Day 3 of 7');

    await openChat(tab, fixture.lookalike);
    await expect.poll(() => card.count()).toBe(0);

    await openChat(tab, fixture.group);
    await expect.poll(() => card.count()).toBe(0);

    await openChat(tab, fixture.other);
    await expect.poll(() => card.count()).toBe(0);

    await openChat(tab, fixture.contact);
    await expect.poll(() => card.isVisible()).toBe(true);
  } finally {
    await tab.close();
  }
}
