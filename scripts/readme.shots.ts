/** Screenshots for the README, taken through the real-browser harness (`npm run screenshots`). */
import { it } from 'vitest';
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
  saveContactInPopup,
  seedContact,
  seedPreferences,
  visible,
} from '../tests/e2e/harness';

it('takes the README screenshots', async () => {
  const whatsapp = loadFixture('whatsapp');
  const session = await launch([whatsapp]);
  try {
    await saveContactInPopup(session, { name: 'Jordan Avery', startDate: localIsoDate(2), windowDays: 7 });
    const page = await openMessenger(session, whatsapp);
    await openChat(page, whatsapp.contact);
    await card(page).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'docs/card-whatsapp.png' });

    const popup = await openPopup(session);
    await popup.setViewportSize({ width: 340, height: 420 });
    await popup.getByRole('status').waitFor();
    await popup.screenshot({ path: 'docs/popup.png' });
    await popup.close();
    await page.bringToFront();

    // The nudge, in the reconnect phase, for a draft that says too much.
    await seedPreferences(session, { quietHours: { start: 0, end: 0 } });
    await seedContact(session, { name: 'Jordan Avery', startDate: localIsoDate(12), windowDays: 7 });
    await page.reload();
    await openChat(page, whatsapp.contact);
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('I miss you so much, please come back');
    await nudge(page).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'docs/nudge-whatsapp.png' });

    // The pause, during the space window.
    await seedContact(session, { name: 'Jordan Avery', startDate: localIsoDate(2), windowDays: 7 });
    await page.reload();
    await openChat(page, whatsapp.contact);
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('hey, can we talk?');
    // A later pause of the day, in the breathing form (forms come by chance, never twice in a row); the circle
    // still, as under reduced motion, so the picture does not catch it mid-breath.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Enter');
      await pauseDialog(page).waitFor();
      if (i > 0 && (await page.locator('breathing-room .form').getAttribute('data-form')) === 'breathe') break;
      await page.keyboard.press('Escape');
      await pauseDialog(page).waitFor({ state: 'detached' });
    }
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'docs/pause-whatsapp.png' });

    // The options page, with the default preferences and a few days of counts.
    await seedPreferences(session, {});
    await session.worker.evaluate(() => {
      const day = (n: number) => {
        const d = new Date();
        d.setDate(d.getDate() - n);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      return (globalThis as any).chrome.storage.local.set({
        stats: {
          [day(0)]: { kept: 2, sentAfterPause: 0, sent: 0 },
          [day(1)]: { kept: 1, sentAfterPause: 1, sent: 1 },
          [day(3)]: { kept: 3, sentAfterPause: 0, sent: 0 },
        },
      });
    });
    // Two unsent notes, saved from the pause on different days.
    await session.worker.evaluate(() => {
      const at = (daysAgo: number, hour: number, minute: number) => {
        const d = new Date();
        d.setDate(d.getDate() - daysAgo);
        d.setHours(hour, minute, 0, 0);
        return d.getTime();
      };
      const note = (id: string, text: string, date: number) => ({
        id,
        text,
        date,
        contactId: 'seed-Jordan Avery',
        contactName: 'Jordan Avery',
      });
      return (globalThis as any).chrome.storage.local.set({
        notes: [
          note('n1', 'I still walk past the bakery on Fifth and think of you. Anyway.', at(3, 23, 40)),
          note('n2', 'hey, can we talk?', at(0, 9, 15)),
        ],
        notes$: { v: 1 },
      });
    });
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 800, height: 1400 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Progress' }).waitFor();
    const notes = options.getByRole('region', { name: 'Unsent notes' });
    await notes.getByRole('button', { name: 'Delete', exact: true }).first().waitFor();
    await options.screenshot({ path: 'docs/options.png', fullPage: true });
    await notes.screenshot({ path: 'docs/notes-options.png' });
  } finally {
    await session.close();
  }
});
