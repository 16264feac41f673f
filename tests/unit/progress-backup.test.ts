import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { progressSentence, recentDays, spaceDays, totals } from '@/lib/progress';
import { BACKUP_FORMAT, BACKUP_MAX_BYTES, BACKUP_VERSION, makeBackup, readBackup } from '@/lib/settings/backup';
import { ContactSchema, DEFAULT_PREFERENCES } from '@/lib/settings/schema';
import { contactsItem, preferencesItem } from '@/lib/settings/items';
import { exportAll, importAll, saveContact } from '@/lib/settings/storage';

const contact = ContactSchema.parse({ id: 'c1', name: 'Jordan Avery', startDate: '2026-11-21', windowDays: 7 });
const nov = (d: number) => new Date(2026, 10, d, 12);

describe('progress', () => {
  it('lists the last 30 local days, oldest first, with zeros where nothing happened', () => {
    const bars = recentDays({ '2026-11-23': { kept: 2, sentAfterPause: 1, sent: 1, pauses: {} } }, nov(23));
    expect(bars).toHaveLength(30);
    expect(bars[0]!.date).toBe('2026-10-25');
    expect(bars.at(-1)).toEqual({ date: '2026-11-23', kept: 2, sentAfterPause: 1, sent: 1 });
    expect(totals(bars)).toEqual({ kept: 2, sentAfterPause: 1, sent: 1 });
  });

  it('counts days of space kept; a slip costs one day, never the streak', () => {
    expect(spaceDays(contact, {}, nov(23))).toEqual({ passed: 3, kept: 3 });
    expect(spaceDays(contact, { '2026-11-22': { kept: 0, sentAfterPause: 1, sent: 1, pauses: {} } }, nov(25))).toEqual({
      passed: 5,
      kept: 4,
    });
    // After the window only its days count; before the start, none.
    expect(spaceDays(contact, {}, nov(30))).toEqual({ passed: 7, kept: 7 });
    expect(spaceDays(contact, {}, nov(20))).toEqual({ passed: 0, kept: 0 });
  });

  it('speaks kindly about a slip', () => {
    expect(progressSentence({ kept: 3, sentAfterPause: 1, sent: 1 })).toMatch(/doesn’t undo/);
    expect(progressSentence({ kept: 0, sentAfterPause: 0, sent: 0 })).not.toMatch(/streak|failed|reset/i);
  });
});

describe('backup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips everything through a file', async () => {
    await saveContact(contact);
    const text = JSON.stringify(await exportAll(new Date(2026, 10, 23)));
    fakeBrowser.reset();
    const result = readBackup(text);
    expect(result.ok).toBe(true);
    await importAll(result.ok ? result.backup : (undefined as never));
    expect(await contactsItem.get()).toEqual([contact]);
    expect(await preferencesItem.get()).toEqual(DEFAULT_PREFERENCES);
  });

  it.each([
    ['empty', ''],
    ['not JSON', '{oops'],
    ['another app’s file', JSON.stringify({ format: 'other', version: 1 })],
    ['a newer version', JSON.stringify({ ...makeBackup([], DEFAULT_PREFERENCES, {}), version: 99 })],
    ['an invalid contact', JSON.stringify(makeBackup([{ ...contact, windowDays: 400 }], DEFAULT_PREFERENCES, {}))],
    ['extra top-level fields', JSON.stringify({ ...makeBackup([], DEFAULT_PREFERENCES, {}), __proto__x: 1, script: '<script>' })],
    ['a duplicated contact', JSON.stringify(makeBackup([contact, contact], DEFAULT_PREFERENCES, {}))],
    ['a huge file', ' '.repeat(BACKUP_MAX_BYTES + 1)],
  ])('refuses %s with a clear message', (_name, text) => {
    const result = readBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/\S/);
  });

  it('a refused file changes nothing', async () => {
    await saveContact(contact);
    const result = readBackup('{"format":"breathing-room-backup","version":1,"contacts":"lots"}');
    expect(result.ok).toBe(false);
    expect(await contactsItem.get()).toEqual([contact]);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.anything().map((v) => JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, contacts: v }) ?? ''),
        ),
        (text) => {
          const result = readBackup(text);
          return result.ok === true || typeof result.message === 'string';
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
