/**
 * The core flow in a real Firefox (Debian's firefox-esr), on every registered
 * messenger: the popup by its labels, the card for the contact only and again
 * after switching back, the nudge, the pause on Enter and on the send button,
 * "Keep my draft", "Send anyway" and "Save to my notes" (then the options
 * page's "Unsent notes"); no error from the add-on and no request
 * out, checked after every test. The flows are the Chromium tests' own
 * (tests/browser-flows); one Firefox serves the whole file.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites/registry';
import { cardForContactOnly } from '../browser-flows/card';
import { savesDraftToNotes } from '../browser-flows/notes';
import {
  leavesShiftEnterAndOtherChatsAlone,
  NO_QUIET_HOURS,
  nudgesConfessionNotCheckIn,
  pausesEnterAndKeepsDraft,
  pausesSendButtonAndEscapeCloses,
  sendAnywaySendsOnce,
} from '../browser-flows/send';
import { fixturePages } from '../fixtures/fixtures';
import { launchFirefox, type FirefoxSession } from './harness';

const pages = ADAPTERS.flatMap((a) => fixturePages(a.id));
const messengers = pages.filter((f) => f.name === f.id);
let firefox: FirefoxSession;

beforeAll(async () => {
  firefox = await launchFirefox(pages);
  // The README's Firefox line names the version CI runs: this one.
  console.log(`Firefox suite: ${firefox.version}`);
});
afterAll(async () => {
  await firefox?.close();
});

/** Takes what a record holds so far, leaving it empty for the next test. */
const take = (record: string[]) => record.splice(0, record.length);

/** After every flow: nothing reached the proxy, no tab asked another site for anything, nothing was thrown. */
function expectNothingOutAndNoErrors() {
  const [proxied, blocked, errors] = [take(firefox.proxied), take(firefox.blocked), take(firefox.errors)];
  take(firefox.ownSite);
  expect(proxied).toEqual([]);
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
}

describe('the recorders (so that "nothing" means nothing)', () => {
  it('the refusing proxy records and refuses a request made from an add-on page', async () => {
    const page = await firefox.driver.openExtensionPage('options.html');
    const outcome = await page.evaluate(() =>
      fetch('https://probe.invalid/breathing-room').then(
        () => 'answered',
        () => 'refused',
      ),
    );
    await page.close();
    expect(outcome).toBe('refused');
    expect(take(firefox.proxied)).toEqual(['CONNECT probe.invalid:443']);
  });

  it('an uncaught error in an add-on page reaches the error record (through stderr)', async () => {
    const page = await firefox.driver.openExtensionPage('options.html');
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('breathing-room probe');
      }),
    );
    await expect.poll(() => firefox.errors.join('\n')).toMatch(/^stderr: JavaScript error: moz-extension:\/\/.*breathing-room probe/);
    await page.close();
    take(firefox.errors);
  });

  it('an error in a messenger tab, and its requests to another site and to its own, are recorded apart', async () => {
    const tab = await firefox.driver.openMessenger(messengers[0]!);
    await tab.evaluate(() => {
      void fetch('https://probe.invalid/breathing-room').catch(() => undefined);
      void fetch('/probe').catch(() => undefined);
      setTimeout(() => {
        throw new Error('breathing-room probe');
      });
    }, undefined);
    await expect.poll(() => firefox.errors.some((e) => e.includes('breathing-room probe'))).toBe(true);
    await expect.poll(() => firefox.blocked).toEqual(['https://probe.invalid/breathing-room']);
    await expect.poll(() => firefox.ownSite).toEqual([new URL('/probe', messengers[0]!.url).href]);
    await tab.close();
    take(firefox.errors);
    take(firefox.blocked);
    take(firefox.ownSite);
    // Refused in the tab, so it never reached the proxy.
    expect(take(firefox.proxied)).toEqual([]);
  });
});

describe.each(pages.map((f) => [f.name, f] as const))('%s: popup and card', (_name, fixture) => {
  it('saves the contact in the popup by its labels; the card shows for the contact only, and again after switching back', async () => {
    await firefox.driver.closeTabs();
    await cardForContactOnly(firefox.driver, fixture, { via: 'popup' });
    expectNothingOutAndNoErrors();
  });
});

describe.each(messengers.map((f) => [f.id, f] as const))('%s: nudge and pause', (_id, fixture) => {
  const driver = () => firefox.driver;
  beforeEach(async () => {
    await driver().closeTabs();
    await driver().resetStorage();
    await driver().seedPreferences(NO_QUIET_HOURS);
  });

  it('nudges for a confession and goes quiet for "How are you?"', async () => {
    await nudgesConfessionNotCheckIn(driver(), fixture);
    expectNothingOutAndNoErrors();
  });

  it('pauses Enter in the contact’s chat: nothing is sent and "Keep my draft" leaves the draft identical', async () => {
    await pausesEnterAndKeepsDraft(driver(), fixture);
    expectNothingOutAndNoErrors();
  });

  it('pauses the send button too, and Escape closes the pause like "Keep my draft"', async () => {
    await pausesSendButtonAndEscapeCloses(driver(), fixture);
    expectNothingOutAndNoErrors();
  });

  it('"Send anyway" then Enter sends exactly the draft, once', async () => {
    await sendAnywaySendsOnce(driver(), fixture);
    expectNothingOutAndNoErrors();
  });

  it('leaves Shift+Enter and other chats alone', async () => {
    await leavesShiftEnterAndOtherChatsAlone(driver(), fixture);
    expectNothingOutAndNoErrors();
  });

  it('"Save to my notes" keeps the draft identical and unsent, says so in one line, and the note is in "Unsent notes" until deleted', async () => {
    await savesDraftToNotes(driver(), fixture);
    expectNothingOutAndNoErrors();
  });
});

describe('the whole run', () => {
  it('to the very end: nothing reached the proxy, no tab asked another site for anything, nothing was thrown', async () => {
    // Closing the last tabs flushes anything still on its way (stderr is read asynchronously).
    await firefox.driver.closeTabs();
    expectNothingOutAndNoErrors();
  });
});
