/** The whole product in Spanish when the browser speaks Spanish, and Spanish drafts read like English ones. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  card,
  launch,
  loadFixture,
  localIsoDate,
  notedLine,
  nudge,
  openChat,
  openMessenger,
  openPopup,
  pauseDialog,
  resetStorage,
  seedContact,
  seedPreferences,
  visible,
  type Session,
} from './harness';

const whatsapp = loadFixture('whatsapp');
let session: Session;

beforeAll(async () => {
  session = await launch([whatsapp], { lang: 'es' });
});
afterAll(async () => {
  await session?.close();
});

it('popup, card, nudge and pause speak Spanish', async () => {
  const popup = await openPopup(session);
  await popup.getByLabel('Nombre del contacto').fill(whatsapp.contact);
  await popup.getByLabel('Fecha de inicio').fill(localIsoDate(2));
  await popup.getByLabel('Espacio (días)').fill('7');
  await popup.getByRole('button', { name: 'Guardar' }).click();
  await expect.poll(() => popup.getByRole('status').textContent()).toBe('Día 3 de 7 · quedan 4 días');
  await popup.close();

  await seedPreferences(session, { quietHours: { start: 0, end: 0 } });
  const page = await openMessenger(session, whatsapp);
  await openChat(page, whatsapp.contact);
  await expect.poll(() => card(page).textContent()).toContain('Día 3 de 7');
  await expect.poll(() => card(page).textContent()).toContain('Te ha escrito.');
  expect(await card(page).textContent()).toContain('No tienes que responder ahora');
  expect(await card(page).getByRole('button', { name: 'Cerrar' }).count()).toBe(1);

  await visible(page, whatsapp.composer!).click();
  await page.keyboard.type('te extraño, vuelve conmigo');
  await expect.poll(() => nudge(page).textContent()).toContain('confesión');
  await page.keyboard.press('Enter');
  await expect.poll(() => pauseDialog(page).isVisible()).toBe(true);
  expect(await pauseDialog(page).getByRole('button', { name: 'Guardar mi borrador' }).count()).toBe(1);
  expect(await pauseDialog(page).getByRole('button', { name: 'Enviar de todos modos' }).count()).toBe(1);
  expect(await pauseDialog(page).getByRole('button', { name: 'Guardar en mis notas' }).count()).toBe(1);
  expect(await pauseDialog(page).textContent()).not.toContain('vez hoy');
  await page.keyboard.press('Escape');
  await expect.poll(() => pauseDialog(page).count()).toBe(0);
  await page.keyboard.press('Enter');
  await expect.poll(() => pauseDialog(page).textContent()).toContain('Segunda vez hoy que intentas escribirle.');
});

it('"Guardar en mis notas" and the options page’s notes speak Spanish', async () => {
  await resetStorage(session);
  await seedPreferences(session, { quietHours: { start: 0, end: 0 } });
  await seedContact(session, { name: whatsapp.contact, startDate: localIsoDate(2), extra: { countdownSeconds: 3 } });
  const page = await openMessenger(session, whatsapp);
  await openChat(page, whatsapp.contact);
  await visible(page, whatsapp.composer!).click();
  await page.keyboard.type('Hoy cerró la panadería de la esquina');
  await page.keyboard.press('Enter');
  await pauseDialog(page).getByRole('button', { name: 'Guardar en mis notas', exact: true }).click();
  await expect.poll(() => notedLine(page).textContent()).toBe('Guardado en tus notas. Tu borrador sigue aquí.');

  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const notes = options.getByRole('region', { name: 'Notas sin enviar' });
  await expect.poll(() => notes.locator('.note-text').textContent()).toBe('Hoy cerró la panadería de la esquina');
  expect(await notes.locator('.note-meta').textContent()).toContain(`para ${whatsapp.contact}`);
  expect(await options.getByLabel('Incluir mis notas').isChecked()).toBe(false);
  await notes.getByRole('button', { name: 'Eliminar', exact: true }).click();
  await expect.poll(() => notes.textContent()).toContain('Aún no hay notas.');
});

it('Spanish drafts are nudged in an English browser too', async () => {
  const english = await launch([whatsapp]);
  try {
    await seedPreferences(english, { quietHours: { start: 0, end: 0 } });
    await seedContact(english, { name: whatsapp.contact, startDate: localIsoDate(30) });
    const page = await openMessenger(english, whatsapp);
    await openChat(page, whatsapp.contact);
    await visible(page, whatsapp.composer!).click();
    await page.keyboard.type('¿por qué me dejaste?');
    await expect.poll(() => nudge(page).textContent()).toContain('breakup');
  } finally {
    await english.close();
  }
});
