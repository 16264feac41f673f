/** The WhatsApp slice, end to end: popup -> storage -> content script -> card. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  card,
  launch,
  loadFixture,
  localIsoDate,
  openChat,
  openMessenger,
  openPopup,
  saveContactInPopup,
  type Session,
  freshStart,
} from './harness';

const whatsapp = loadFixture('whatsapp');
let session: Session;

beforeAll(async () => {
  session = await launch([whatsapp]);
});
afterAll(async () => {
  await session?.close();
});
beforeEach(() => freshStart(session));

describe('WhatsApp Web', () => {
  it('shows the card with "Day 3 of 7" for the contact only, and again after switching back', async () => {
    await saveContactInPopup(session, { name: 'Jordan Avery', startDate: localIsoDate(2), windowDays: 7 });
    const page = await openMessenger(session, whatsapp);

    await openChat(page, whatsapp.contact);
    await expect.poll(() => card(page).isVisible()).toBe(true);
    await expect.poll(() => card(page).textContent()).toContain('Day 3 of 7');
    await expect.poll(() => card(page).textContent()).toContain('4 days left');

    await openChat(page, whatsapp.lookalike);
    await expect.poll(() => card(page).count()).toBe(0);

    await openChat(page, whatsapp.group);
    await expect.poll(() => card(page).count()).toBe(0);

    await openChat(page, whatsapp.contact);
    await expect.poll(() => card(page).isVisible()).toBe(true);
  });

  it('puts all its UI in one breathing-room element and never over the composer', async () => {
    await saveContactInPopup(session, { name: 'Jordan Avery', startDate: localIsoDate(0) });
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    await expect.poll(() => card(page).isVisible()).toBe(true);
    expect(await page.locator('breathing-room').count()).toBe(1);
    const cardBox = (await card(page).boundingBox())!;
    const composerBox = (await page.getByRole('textbox', { name: 'Type a message' }).boundingBox())!;
    const listBox = (await page.locator('#side').boundingBox())!;
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(composerBox.y);
    expect(cardBox.x).toBeGreaterThanOrEqual(listBox.x + listBox.width);
  });

  it('shows no card at all when no contact is saved', async () => {
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    // Give the content script every chance to (wrongly) react.
    await page.waitForTimeout(300);
    await openChat(page, whatsapp.lookalike);
    await openChat(page, whatsapp.contact);
    await page.waitForTimeout(300);
    expect(await page.locator('breathing-room').count()).toBe(0);
    expect(await card(page).count()).toBe(0);
  });

  it('hides the card when reminders are snoozed from the popup, and brings it back on Resume', async () => {
    await saveContactInPopup(session, { name: 'Jordan Avery', startDate: localIsoDate(2) });
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    await expect.poll(() => card(page).isVisible()).toBe(true);

    const popup = await openPopup(session);
    await popup.getByRole('button', { name: '15 minutes' }).click();
    await expect.poll(() => card(page).count()).toBe(0);
    await expect.poll(() => popup.getByRole('button', { name: 'Resume' }).isVisible()).toBe(true);

    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => card(page).isVisible()).toBe(true);
  });

  it('Dismiss hides the card for this visit only', async () => {
    await saveContactInPopup(session, { name: 'Jordan Avery', startDate: localIsoDate(2) });
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    await card(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => card(page).count()).toBe(0);
    await openChat(page, whatsapp.other);
    await openChat(page, whatsapp.contact);
    await expect.poll(() => card(page).isVisible()).toBe(true);
  });

  it('applies a contact saved while the chat is already open', async () => {
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    await saveContactInPopup(session, { name: 'Jordan Avery', startDate: localIsoDate(30) });
    await expect.poll(() => card(page).textContent()).toContain('Reconnect phase');
  });

  it('follows the page’s dark theme', async () => {
    await saveContactInPopup(session, { name: 'Jordan Avery', startDate: localIsoDate(1) });
    const page = await session.context.newPage();
    await page.goto(`${whatsapp.url}?theme=dark`);
    await openChat(page, whatsapp.contact);
    await expect.poll(() => card(page).isVisible()).toBe(true);
    const background = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(200);
  });

  it('the popup shows the status line and refuses invalid input inline', async () => {
    const popup = await openPopup(session);
    await popup.getByLabel('Contact name').fill('   ');
    await popup.getByLabel('Space (days)').fill('45');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.getByText('Enter the name their chat shows.').isVisible()).toBe(true);
    await expect.poll(() => popup.getByText('At most 30 days.').isVisible()).toBe(true);

    await popup.getByLabel('Contact name').fill('Jordan Avery');
    await popup.getByLabel('Start date').fill(localIsoDate(2));
    await popup.getByLabel('Space (days)').fill('7');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Day 3 of 7 · 4 days left');
  });

  it('answers the popup: which site, and whether the contact’s chat is open now', async () => {
    await saveContactInPopup(session, { name: 'Jordan Avery', startDate: localIsoDate(2) });
    const page = await openMessenger(session, whatsapp);
    const popup = await openPopup(session);
    // What the popup asks the active tab, asked of every tab here.
    const statuses = () =>
      popup.evaluate(async () => {
        const chrome = (globalThis as any).chrome;
        const tabs = await chrome.tabs.query({});
        const answers = await Promise.all(
          tabs.map((tab: { id: number }) => chrome.tabs.sendMessage(tab.id, { type: 'breathing-room:status' }).catch(() => 'no answer')),
        );
        return answers.filter((a: unknown) => a !== 'no answer' && a !== undefined);
      });
    await expect.poll(statuses).toEqual([{ site: 'WhatsApp Web', chat: 'none' }]);
    await openChat(page, whatsapp.other);
    await expect.poll(statuses).toEqual([{ site: 'WhatsApp Web', chat: 'other' }]);
    await openChat(page, whatsapp.contact);
    await expect.poll(statuses).toEqual([{ site: 'WhatsApp Web', chat: 'contact' }]);
  });
});
