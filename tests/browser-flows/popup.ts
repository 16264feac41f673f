/** The toolbar popup, used the way a person uses it: by its visible labels and buttons. */
import type { Driver } from './driver';
import type { ContactEntry } from './seed';

/** Saves a contact through the popup's labelled fields and waits until the popup shows it saved. */
export async function saveContactInPopup(driver: Driver, entry: ContactEntry): Promise<void> {
  const popup = await driver.openPopup();
  await popup.fill('Contact name', entry.name);
  if (entry.otherNames) await popup.fill('Other names', entry.otherNames);
  await popup.fill('Start date', entry.startDate);
  await popup.fill('Space (days)', String(entry.windowDays ?? 7));
  await popup.byRole('button', 'Save').click();
  await popup.byRole('button', 'Edit').waitFor();
  await popup.close();
}
