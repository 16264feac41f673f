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
    await page.keyboard.press('Enter');
    await pauseDialog(page).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'docs/pause-whatsapp.png' });
  } finally {
    await session.close();
  }
});
