/**
 * Nudges and the pause before sending, on every registered messenger's
 * fixture in real Chromium. Nothing is ever sent by the extension; a paused
 * draft is left byte for byte as it was. The flows are shared with Firefox
 * (tests/browser-flows/send.ts, tests/firefox/core-flow.test.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites/registry';
import {
  leavesShiftEnterAndOtherChatsAlone,
  NO_QUIET_HOURS,
  nudgesConfessionNotCheckIn,
  pausesEnterAndKeepsDraft,
  pausesSendButtonAndEscapeCloses,
  sendAnywaySendsOnce,
} from '../browser-flows/send';
import { chromiumDriver, launch, loadFixture, type Session, freshStart } from './harness';

const fixtures = ADAPTERS.map((a) => loadFixture(a.id));
let session: Session;

beforeAll(async () => {
  session = await launch(fixtures);
});
afterAll(async () => {
  await session?.close();
});
beforeEach(() => freshStart(session, NO_QUIET_HOURS));

describe.each(fixtures.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
  const driver = () => chromiumDriver(session);

  it('nudges for a confession and goes quiet for "How are you?"', () => nudgesConfessionNotCheckIn(driver(), fixture));

  it('pauses Enter in the contact’s chat: nothing is sent and "Keep my draft" leaves the draft identical', () =>
    pausesEnterAndKeepsDraft(driver(), fixture));

  it('pauses the send button too, and Escape closes the pause like "Keep my draft"', () =>
    pausesSendButtonAndEscapeCloses(driver(), fixture));

  it('"Send anyway" then Enter sends exactly the draft, once', () => sendAnywaySendsOnce(driver(), fixture));

  it('leaves Shift+Enter and other chats alone', () => leavesShiftEnterAndOtherChatsAlone(driver(), fixture));
});
