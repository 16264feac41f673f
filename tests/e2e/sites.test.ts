/**
 * Every registered messenger, in real Chromium at its real URL (fixture served,
 * everything else blocked): the card for the contact, none for the look-alike
 * or the group, and the card again after switching back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites/registry';
import { fixturePages } from '../fixtures/fixtures';
import { card, launch, localIsoDate, openChat, openMessenger, resetStorage, seedContact, type Session } from './harness';

const fixtures = ADAPTERS.flatMap((a) => fixturePages(a.id));
let session: Session;

beforeAll(async () => {
  session = await launch(fixtures);
});
afterAll(async () => {
  await session?.close();
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_id, fixture) => {
  it('shows the card for the contact only, and again after switching back', async () => {
    await resetStorage(session);
    await seedContact(session, { name: fixture.contact, startDate: localIsoDate(2), windowDays: 7 });
    const page = await openMessenger(session, fixture);
    try {
      await openChat(page, fixture.contact);
      await expect.poll(() => card(page).isVisible()).toBe(true);
      await expect.poll(() => card(page).textContent()).toContain('Day 3 of 7');

      await openChat(page, fixture.lookalike);
      await expect.poll(() => card(page).count()).toBe(0);

      await openChat(page, fixture.group);
      await expect.poll(() => card(page).count()).toBe(0);

      await openChat(page, fixture.other);
      await expect.poll(() => card(page).count()).toBe(0);

      await openChat(page, fixture.contact);
      await expect.poll(() => card(page).isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
