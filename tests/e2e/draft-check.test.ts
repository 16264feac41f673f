/**
 * The draft check through the background worker, in real Chromium on every
 * messenger's fixture: the classifier answers from the worker (it is not in
 * the content script), the nudge quotes the words it read, and after the
 * space window the default pause holds back a confession but lets a clean
 * draft go.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADAPTERS } from '@/lib/sites/registry';
import {
  launch,
  loadFixture,
  localIsoDate,
  nudge,
  openChat,
  openMessenger,
  pauseDialog,
  seedContact,
  sentMessages,
  visible,
  type Session,
  freshStart,
} from './harness';
import { NO_QUIET_HOURS } from '../browser-flows/send';

const fixtures = ADAPTERS.map((a) => loadFixture(a.id));
let session: Session;

beforeAll(async () => {
  session = await launch(fixtures);
});
afterAll(async () => {
  await session?.close();
});
beforeEach(() => freshStart(session, NO_QUIET_HOURS));

const RECONNECTING = { startDate: localIsoDate(30), windowDays: 7 };

describe.each(fixtures.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
  const composer = (page: Page) => visible(page, fixture.composer!);
  async function typeDraft(page: Page, text: string) {
    await composer(page).click();
    await page.keyboard.type(text);
  }
  async function clearDraft(page: Page) {
    await composer(page).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
  }

  it('nudges for a clear confession, quoting it, and not for a hard negative', async () => {
    await seedContact(session, { name: fixture.contact, ...RECONNECTING });
    const page = await openMessenger(session, fixture);
    await openChat(page, fixture.contact);
    const draft = 'honestly I still think about you all the time';
    await typeDraft(page, draft);
    await expect.poll(() => nudge(page).textContent()).toContain('confession');
    // It quotes the words it read, from the draft itself.
    await expect.poll(async () => /You wrote “([^”]+)”/.exec((await nudge(page).textContent()) ?? '')?.[1]).toBeTruthy();
    const quoted = /You wrote “([^”]+)”/.exec((await nudge(page).textContent()) ?? '')![1]!;
    expect(draft).toContain(quoted.replace(/…$/, ''));
    await clearDraft(page);
    await typeDraft(page, 'we need to talk about the rent for March');
    await expect.poll(() => nudge(page).count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await nudge(page).count()).toBe(0);
  });

  it('after the window: a confession is paused, a clean draft is sent without a pause', async () => {
    await seedContact(session, { name: fixture.contact, ...RECONNECTING });
    const page = await openMessenger(session, fixture);
    await openChat(page, fixture.contact);
    await typeDraft(page, 'i miss you so much, please come back');
    await expect.poll(() => nudge(page).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseDialog(page).isVisible()).toBe(true);
    expect(await pauseDialog(page).textContent()).toContain('confession');
    expect(await sentMessages(page)).toEqual([]);
    await pauseDialog(page).getByRole('button', { name: 'Keep my draft' }).click();
    await expect.poll(() => pauseDialog(page).count()).toBe(0);

    await clearDraft(page);
    await typeDraft(page, 'Saw this and thought of you');
    await expect.poll(() => nudge(page).count()).toBe(0);
    // A person's pause before Enter: the worker answers within it. (An Enter faster than the answer is
    // paused on purpose, a draft still being read counts as breaking a rule: lib/pause.ts.)
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual([{ chat: fixture.contact, text: 'Saw this and thought of you' }]);
    expect(await pauseDialog(page).count()).toBe(0);
  });
});
