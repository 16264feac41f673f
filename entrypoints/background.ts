import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '@/lib/badge';
import { nextLocalMidnight } from '@/lib/dates';
import { answerDraftCheck } from '@/lib/rules/answer';
import { contactsItem, snoozeItem } from '@/lib/settings/items';
import { answerRecordRequest } from '@/lib/settings/record';
import { answerSaveNoteRequest } from '@/lib/settings/save-note';
import { saveSnooze } from '@/lib/settings/storage';
import { isSnoozed } from '@/lib/snooze';

const DAY_ALARM = 'day-change';
const SNOOZE_ALARM = 'snooze-end';
const BADGE_COLOUR = '#2f6f73';

/**
 * The service worker keeps no state of its own: the badge and snooze expiry
 * are recomputed from storage on every wake (install, startup, alarm, change),
 * so a worker stopped mid-snooze picks up exactly where it was.
 */
async function refresh(): Promise<void> {
  const [contacts, snooze] = await Promise.all([contactsItem.get(), snoozeItem.get()]);
  const now = new Date();

  const badge = badgeFor(contacts, now);
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setTitle({ title: badge.title });

  await browser.alarms.create(DAY_ALARM, { when: nextLocalMidnight(now) + 1000 });
  if (snooze && isSnoozed(snooze.until, now.getTime())) {
    await browser.alarms.create(SNOOZE_ALARM, { when: snooze.until });
  } else {
    await browser.alarms.clear(SNOOZE_ALARM);
    // An expired snooze is cleared so every open tab shows its reminder again.
    if (snooze) await saveSnooze(null);
  }
}

export default defineBackground(() => {
  const run = () => void refresh().catch(() => undefined);
  browser.runtime.onInstalled.addListener(run);
  browser.runtime.onStartup.addListener(run);
  browser.alarms.onAlarm.addListener(run);
  contactsItem.watch(run);
  snoozeItem.watch(run);
  // The one writer of counts: messenger tabs send them here (lib/messages.ts).
  browser.runtime.onMessage.addListener(answerRecordRequest);
  // The one writer of the unsent notes: "Save to my notes" sends the draft here (lib/messages.ts).
  browser.runtime.onMessage.addListener(answerSaveNoteRequest);
  // The content script asks here for the text rules, so the classifier never loads into messenger pages.
  browser.runtime.onMessage.addListener((message: unknown) => {
    const reply = answerDraftCheck(message);
    return reply ? Promise.resolve(reply) : undefined;
  });
  run();
});
