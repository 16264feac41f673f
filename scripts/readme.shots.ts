/** Screenshots for the README, taken through the real-browser harness (`npm run screenshots`). */
import { it } from 'vitest';
import { card, launch, loadFixture, localIsoDate, openChat, openMessenger, openPopup, saveContactInPopup } from '../tests/e2e/harness';

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
  } finally {
    await session.close();
  }
});
