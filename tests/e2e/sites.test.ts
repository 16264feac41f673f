/**
 * Every registered messenger, in real Chromium at its real URL (fixture served,
 * everything else blocked): the card for the contact, none for the look-alike
 * or the group, and the card again after switching back. The same flow runs
 * in Firefox (tests/firefox/core-flow.test.ts).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites/registry';
import { cardForContactOnly } from '../browser-flows/card';
import { fixturePages } from '../fixtures/fixtures';
import { chromiumDriver, launch, type Session } from './harness';

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
    await cardForContactOnly(chromiumDriver(session), fixture, { via: 'storage' });
  });
});
