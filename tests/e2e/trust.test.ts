/**
 * Trust: nothing leaves the browser, a stopped service worker picks up where it
 * was, and pages that fight back never get an error thrown into them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADAPTERS } from '@/lib/sites/registry';
import { fixturePages } from '../fixtures/fixtures';
import {
  card,
  launch,
  loadFixture,
  localIsoDate,
  nudge,
  openChat,
  openMessenger,
  openPopup,
  pauseDialog,
  resetStorage,
  saveContactInPopup,
  seedContact,
  seedPreferences,
  visible,
  type Session,
} from './harness';

const fixtures = ADAPTERS.flatMap((a) => fixturePages(a.id));

/** Errors thrown by the extension surface in the page's console; collect them. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

describe('privacy', () => {
  let session: Session;
  const seen: string[] = [];
  beforeAll(async () => {
    session = await launch(fixtures);
    // Every request any page or worker makes, routed or not.
    session.context.on('request', (r) => seen.push(r.url()));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('makes no network request over a full run: popup, options, every messenger, nudge, pause, snooze', async () => {
    const hostile = 'Jordan <img src="https://tracker.example/pixel.png" onerror="alert(1)">';
    await saveContactInPopup(session, { name: hostile, otherNames: 'Jordan Avery', startDate: localIsoDate(2) });
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Contacts' }).waitFor();
    // The hostile name is shown as text, never as markup.
    await expect.poll(() => options.getByText(hostile, { exact: false }).count()).toBeGreaterThan(0);
    expect(await options.locator('img').count()).toBe(0);
    await options.close();

    await seedPreferences(session, { quietHours: { start: 0, end: 0 } });
    for (const fixture of fixtures.filter((f) => f.name === f.id)) {
      await seedContact(session, { name: fixture.contact, startDate: localIsoDate(2), extra: { countdownSeconds: 3 } });
      const page = await openMessenger(session, fixture);
      await openChat(page, fixture.contact);
      await expect.poll(() => card(page).isVisible()).toBe(true);
      await visible(page, fixture.composer!).click();
      await page.keyboard.type('I miss you');
      await expect.poll(() => nudge(page).count()).toBe(1);
      await page.keyboard.press('Enter');
      await expect.poll(() => pauseDialog(page).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      const popup = await openPopup(session);
      await popup.getByRole('button', { name: '1 hour' }).click();
      await popup.getByRole('button', { name: 'Resume' }).click();
      await popup.close();
      await page.close();
    }

    // The recorder did see traffic: every messenger page load went through it.
    for (const fixture of fixtures.filter((f) => f.name === f.id)) expect(seen).toContain(fixture.url);
    const outside = seen.filter((url) => {
      if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return false;
      if (fixtures.some((f) => url.split(/[?#]/)[0] === f.url.split(/[?#]/)[0])) return false; // the pages themselves
      // The browser asks each site for its icon on its own; nothing of ours.
      return !new URL(url).pathname.endsWith('/favicon.ico');
    });
    expect(outside).toEqual([]);
    // Every messenger in one run: longer than one test's usual budget.
  }, 120_000);
});

describe('damaged storage', () => {
  it('the popup says a damaged value was kept aside, and everything else keeps working', async () => {
    const session = await launch([loadFixture('whatsapp')]);
    try {
      await session.worker.evaluate(() =>
        (globalThis as any).chrome.storage.local.set({ contacts: 'not a list', snooze: { until: 'soon' } }),
      );
      const popup = await openPopup(session);
      await expect.poll(() => popup.getByRole('alert').textContent()).toContain('kept aside');
      // Defaults apply: the form to add a contact, which still saves.
      await popup.getByLabel('Contact name').fill('Jordan Avery');
      await popup.getByLabel('Start date').fill(localIsoDate(1));
      await popup.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => popup.getByRole('status').textContent()).toContain('Day 2 of 7');
      const aside = await popup.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('setAside')).setAside);
      expect(aside.map((a: { key: string }) => a.key).sort()).toEqual(['local:contacts', 'local:snooze']);
    } finally {
      await session.close();
    }
  });
});

describe('service worker restarts', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch([loadFixture('whatsapp')]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a worker stopped mid-snooze still ends the snooze on time and keeps the badge', async () => {
    const whatsapp = loadFixture('whatsapp');
    await resetStorage(session);
    await saveContactInPopup(session, { name: whatsapp.contact, startDate: localIsoDate(2) });
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    await expect.poll(() => card(page).isVisible()).toBe(true);

    // A short snooze, written where the popup writes it; the worker sets its alarm.
    await session.worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ snooze: { until: Date.now() + 4000 } }));
    await expect.poll(() => card(page).count()).toBe(0);
    const popup = await openPopup(session);
    const alarm = () => popup.evaluate(() => (globalThis as any).chrome.alarms.get('snooze-end'));
    await expect.poll(alarm).toBeTruthy();

    // Stop every service worker, as Chrome does to an idle extension.
    const cdp = await session.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // The alarm wakes a fresh worker, which clears the snooze; the card comes back.
    const snooze = () => popup.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('snooze')).snooze ?? null);
    await expect.poll(snooze, { timeout: 15_000 }).toBeNull();
    await expect.poll(() => card(page).isVisible(), { timeout: 5000 }).toBe(true);
    const badge = await popup.evaluate(() => (globalThis as any).chrome.action.getBadgeText({}));
    expect(badge).toBe('3');
  });
});

describe('pages that fight back', () => {
  let session: Session;
  const whatsapp = loadFixture('whatsapp');
  beforeAll(async () => {
    session = await launch([whatsapp]);
    await seedContact(session, { name: whatsapp.contact, startDate: localIsoDate(2), extra: { countdownSeconds: 3 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Serves `html` at WhatsApp's URL for this page only. */
  async function hostilePage(html: string): Promise<{ page: Page; errors: string[] }> {
    const page = await session.context.newPage();
    const errors = watchErrors(page);
    await page.route(whatsapp.url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.goto(whatsapp.url);
    return { page, errors };
  }

  it('no header at all: idle, nothing drawn, nothing thrown', async () => {
    const { page, errors } = await hostilePage(
      '<div id="app"><div id="main"><footer><div contenteditable="true" role="textbox"></div></footer></div></div>',
    );
    await page.waitForTimeout(300);
    expect(await page.locator('breathing-room').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('duplicated headers: one card at most, and consistent', async () => {
    const header = (name: string) => `<header><span dir="auto" title="${name}">${name}</span></header>`;
    const { page, errors } = await hostilePage(
      `<div id="app"><div id="main">${header(whatsapp.contact)}${header(whatsapp.other)}<footer><div contenteditable="true" role="textbox"></div></footer></div></div>`,
    );
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await page.locator('breathing-room').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('a header replaced every frame: still one element, no errors, the page keeps running', async () => {
    const { page, errors } = await hostilePage(`<div id="app"><div id="main"></div></div>
      <script>
        let i = 0;
        const names = [${JSON.stringify(whatsapp.contact)}, ${JSON.stringify(whatsapp.other)}];
        (function tick() {
          const main = document.getElementById('main');
          main.replaceChildren(Object.assign(document.createElement('header'), { innerHTML: '<span dir="auto" title="' + names[i++ % 2] + '">x</span>' }));
          window.__frames = i;
          requestAnimationFrame(tick);
        })();
      </script>`);
    await page.waitForTimeout(1500);
    const frames = await page.evaluate(() => (window as any).__frames as number);
    expect(frames).toBeGreaterThan(30);
    expect(await page.locator('breathing-room').count()).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it('the composer removed while the pause is open: the pause closes cleanly, nothing is sent', async () => {
    const page = await openMessenger(session, whatsapp);
    const errors = watchErrors(page);
    await openChat(page, whatsapp.contact);
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('hey');
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseDialog(page).isVisible()).toBe(true);
    await page.evaluate(() => document.querySelector('#main footer')?.remove());
    await pauseDialog(page).getByRole('button', { name: 'Keep my draft' }).click();
    await expect.poll(() => pauseDialog(page).count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__sent)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
