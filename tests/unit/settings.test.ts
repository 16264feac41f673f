import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContactSchema, DEFAULT_PREFERENCES, SnoozeSchema, type Contact } from '@/lib/settings/schema';
import { validatedItem } from '@/lib/settings/item';
import {
  activityItem,
  CONTACTS_ITEM,
  CONTACTS_VERSION,
  contactMigrations,
  contactsItem,
  KEYS,
  notesItem,
  pauseFormItem,
  PREFERENCES_ITEM,
  preferenceMigrations,
  preferencesItem,
  setAsideItem,
  snoozeItem,
  STATS_ITEM,
  STATS_VERSION,
  statsItem,
  statsMigrations,
} from '@/lib/settings/items';
import { deleteContact, saveContact, savePreferences, saveSnooze } from '@/lib/settings/storage';
import { contactFromFields, emptyFields, fieldsFromContact, splitNames } from '@/lib/settings/form';

const jordan: Contact = ContactSchema.parse({ id: 'c1', name: 'Jordan Avery', startDate: '2026-11-21' });
const local = () => fakeBrowser.storage.local;
const rawKey = (key: string) => key.replace(/^local:/, '');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('ContactSchema', () => {
  it('fills defaults: 7-day window, pause during the window, 10 s countdown', () => {
    expect(jordan).toEqual({
      id: 'c1',
      name: 'Jordan Avery',
      otherNames: [],
      startDate: '2026-11-21',
      windowDays: 7,
      pause: 'window',
      countdownSeconds: 10,
      safetyMode: false,
    });
  });

  it('trims names and accepts a handle', () => {
    const c = ContactSchema.parse({ id: 'x', name: '  Jo  ', otherNames: [' J '], handle: ' @jo ', startDate: '2026-01-01' });
    expect([c.name, c.otherNames, c.handle]).toEqual(['Jo', ['J'], '@jo']);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a window of 0 days', { windowDays: 0 }, 'windowDays'],
    ['a window of 31 days', { windowDays: 31 }, 'windowDays'],
    ['a fractional window', { windowDays: 2.5 }, 'windowDays'],
    ['an impossible date', { startDate: '2026-02-30' }, 'startDate'],
    ['a date in another format', { startDate: '21/11/2026' }, 'startDate'],
    ['a countdown of 2 s', { countdownSeconds: 2 }, 'countdownSeconds'],
    ['an unknown pause mode', { pause: 'sometimes' }, 'pause'],
    ['a name of 101 characters', { name: 'x'.repeat(101) }, 'name'],
  ])('rejects %s', (_label, patch, field) => {
    const result = ContactSchema.safeParse({ ...jordan, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it('snooze is null or an end time', () => {
    expect(SnoozeSchema.safeParse(null).success).toBe(true);
    expect(SnoozeSchema.safeParse({ until: 1 }).success).toBe(true);
    expect(SnoozeSchema.safeParse({ until: 'later' }).success).toBe(false);
  });
});

describe('contact form', () => {
  const fields = { ...emptyFields('2026-11-21'), name: 'Jordan Avery', otherNames: 'Jo, Jordy\n J.A. ,' };

  it('splits other names on commas, semicolons and lines', () => {
    expect(splitNames('Jo, Jordy\n J.A. ,;')).toEqual(['Jo', 'Jordy', 'J.A.']);
  });

  it('turns valid fields into a contact', () => {
    const result = contactFromFields(fields, 'id1');
    expect(result).toEqual({ ok: true, contact: expect.objectContaining({ otherNames: ['Jo', 'Jordy', 'J.A.'], windowDays: 7 }) });
  });

  it('reports every bad field inline, by field', () => {
    const result = contactFromFields({ ...fields, name: '', windowDays: '40', startDate: '' }, 'id1');
    expect(result.ok).toBe(false);
    expect(Object.keys(!result.ok ? result.errors : {}).sort()).toEqual(['name', 'startDate', 'windowDays']);
  });

  it('an empty window is an error, not a default', () => {
    const result = contactFromFields({ ...fields, windowDays: ' ' }, 'id1');
    expect(!result.ok && result.errors.windowDays).toBeTruthy();
  });

  it('round-trips every setting through the form fields', () => {
    const previous = { ...jordan, pause: 'always' as const, countdownSeconds: 20, safetyMode: true, handle: '@jo' };
    const result = contactFromFields(fieldsFromContact(previous), 'c1', previous);
    expect(result).toEqual({ ok: true, contact: previous });
  });

  it('refuses a countdown outside 3–60 seconds and an unknown pause mode', () => {
    const result = contactFromFields({ ...fields, countdownSeconds: '90', pause: 'sometimes' }, 'c1');
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['countdownSeconds', 'pause']);
  });
});

describe('storage', () => {
  it('saves, edits and deletes a contact', async () => {
    await saveContact(jordan);
    expect(await contactsItem.get()).toEqual([jordan]);
    await saveContact({ ...jordan, windowDays: 10 });
    expect(await contactsItem.get()).toEqual([{ ...jordan, windowDays: 10 }]);
    await deleteContact('c1');
    expect(await contactsItem.get()).toEqual([]);
  });

  it('refuses to write an invalid contact', async () => {
    await expect(saveContact({ ...jordan, windowDays: 99 })).rejects.toThrow();
    expect(await contactsItem.get()).toEqual([]);
  });

  it('keeps an unreadable stored value aside and falls back to defaults', async () => {
    const bad = [{ id: 'c1', name: '', startDate: 'yesterday' }];
    await local().set({ [rawKey(KEYS.contacts)]: bad });
    expect(await contactsItem.get()).toEqual([]);
    const aside = await setAsideItem.get();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: KEYS.contacts, raw: JSON.stringify(bad) });
    // The original value is not silently replaced by reading it.
    expect((await local().get(rawKey(KEYS.contacts)))[rawKey(KEYS.contacts)]).toEqual(bad);
  });

  it('sets the same bad value aside only once', async () => {
    await local().set({ [rawKey(KEYS.snooze)]: { until: 'never' } });
    expect(await snoozeItem.get()).toBeNull();
    expect(await snoozeItem.get()).toBeNull();
    expect(await setAsideItem.get()).toHaveLength(1);
  });

  it('tells watchers about valid changes', async () => {
    const seen: Contact[][] = [];
    const unwatch = contactsItem.watch((list) => seen.push(list));
    await saveContact(jordan);
    unwatch();
    expect(seen).toEqual([[jordan]]);
  });

  it('snooze round-trips', async () => {
    await saveSnooze({ until: 123 });
    expect(await snoozeItem.get()).toEqual({ until: 123 });
    await saveSnooze(null);
    expect(await snoozeItem.get()).toBeNull();
  });
});

describe('preferences migration (v2: the long-message defaults)', () => {
  const stored = (limits: object) => ({ quietHours: { start: 23, end: 6 }, limits, disabledRules: [], disabledSites: [] });
  it('preferences saved with the old defaults (25 words, 160 characters) take the new ones, the rest kept', async () => {
    await local().set({ [rawKey(KEYS.preferences)]: stored({ maxWords: 25, maxChars: 160 }), [`${rawKey(KEYS.preferences)}$`]: { v: 1 } });
    expect(await validatedItem(PREFERENCES_ITEM).get()).toMatchObject({
      quietHours: { start: 23, end: 6 },
      limits: { maxWords: 50, maxChars: 280 },
    });
  });
  it('a length the person chose stays', async () => {
    await local().set({ [rawKey(KEYS.preferences)]: stored({ maxWords: 30, maxChars: 160 }), [`${rawKey(KEYS.preferences)}$`]: { v: 1 } });
    expect((await validatedItem(PREFERENCES_ITEM).get()).limits).toEqual({ maxWords: 30, maxChars: 160 });
  });
  it('passes anything it does not recognise through, to be set aside by validation', () => {
    expect(preferenceMigrations[2]!('garbage')).toBe('garbage');
    expect(preferenceMigrations[2]!(null)).toBe(null);
  });
});

describe('stats migration (v2: pauses per contact)', () => {
  it('v1 days, which had no pauses, get an empty map; every count is kept and the version is recorded', async () => {
    const v1 = { '2026-11-22': { kept: 2, sentAfterPause: 1, sent: 3 }, '2026-11-23': { kept: 0, sentAfterPause: 0, sent: 1 } };
    await local().set({ [rawKey(KEYS.stats)]: v1, [`${rawKey(KEYS.stats)}$`]: { v: 1 } });
    expect(await validatedItem(STATS_ITEM).get()).toEqual({
      '2026-11-22': { kept: 2, sentAfterPause: 1, sent: 3, pauses: {} },
      '2026-11-23': { kept: 0, sentAfterPause: 0, sent: 1, pauses: {} },
    });
    const stored = await local().get([rawKey(KEYS.stats), `${rawKey(KEYS.stats)}$`]);
    expect(stored[`${rawKey(KEYS.stats)}$`]).toEqual({ v: STATS_VERSION });
    expect((stored[rawKey(KEYS.stats)] as Record<string, { pauses: unknown }>)['2026-11-22']!.pauses).toEqual({});
    expect(await setAsideItem.get()).toEqual([]);
  });

  it('a v2 value with pause counts is read as it is', async () => {
    const v2 = { '2026-11-23': { kept: 1, sentAfterPause: 0, sent: 0, pauses: { c1: 2 } } };
    await local().set({ [rawKey(KEYS.stats)]: v2, [`${rawKey(KEYS.stats)}$`]: { v: STATS_VERSION } });
    expect(await validatedItem(STATS_ITEM).get()).toEqual(v2);
  });

  it('pause counts hold numbers by contact id, nothing else: a value with text in it is set aside', async () => {
    const bad = { '2026-11-23': { kept: 1, sentAfterPause: 0, sent: 0, pauses: { c1: 'I miss you' } } };
    await local().set({ [rawKey(KEYS.stats)]: bad, [`${rawKey(KEYS.stats)}$`]: { v: STATS_VERSION } });
    expect(await validatedItem(STATS_ITEM).get()).toEqual({});
    expect((await setAsideItem.get()).map((entry) => entry.key)).toEqual([KEYS.stats]);
  });

  it('passes anything it does not recognise through, to be set aside by validation', () => {
    expect(statsMigrations[2]!('garbage')).toBe('garbage');
    expect(statsMigrations[2]!(null)).toBe(null);
    expect(statsMigrations[2]!([1])).toEqual([1]);
    expect(statsMigrations[2]!({ '2026-11-23': 5 })).toEqual({ '2026-11-23': 5 });
  });
});

describe('migrations', () => {
  it('has a migration for every version after the first', () => {
    for (let v = 2; v <= CONTACTS_VERSION; v++) expect(contactMigrations[v], `v${v}`).toBeTypeOf('function');
  });

  it('v1 (one contact object) becomes a v2 list', async () => {
    const v1 = { id: 'c1', name: 'Jordan Avery', startDate: '2026-11-21', windowDays: 7 };
    await local().set({ [rawKey(KEYS.contacts)]: v1, [`${rawKey(KEYS.contacts)}$`]: { v: 1 } });
    const value = await validatedItem(CONTACTS_ITEM).get();
    expect(value).toEqual([ContactSchema.parse(v1)]);
    expect((await local().get(`${rawKey(KEYS.contacts)}$`))[`${rawKey(KEYS.contacts)}$`]).toEqual({ v: CONTACTS_VERSION });
    expect(await setAsideItem.get()).toEqual([]);
  });

  it('an unrecognised old value passes through unchanged, to be set aside by validation', () => {
    expect(contactMigrations[2]!('garbage')).toBe('garbage');
    expect(contactMigrations[2]!([jordan])).toEqual([jordan]);
  });

  it('a current value is left as it is', async () => {
    await local().set({ [rawKey(KEYS.contacts)]: [jordan], [`${rawKey(KEYS.contacts)}$`]: { v: CONTACTS_VERSION } });
    expect(await validatedItem(CONTACTS_ITEM).get()).toEqual([jordan]);
  });
});

describe('corruption of every stored key', () => {
  const loaders = {
    [KEYS.contacts]: () => contactsItem.get(),
    [KEYS.snooze]: () => snoozeItem.get(),
    [KEYS.stats]: () => statsItem.get(),
    [KEYS.activity]: () => activityItem.get(),
    [KEYS.preferences]: () => preferencesItem.get(),
    [KEYS.notes]: () => notesItem.get(),
    [KEYS.pauseForm]: () => pauseFormItem.get(),
  } as const;
  const defaults = {
    [KEYS.contacts]: [],
    [KEYS.snooze]: null,
    [KEYS.stats]: {},
    [KEYS.activity]: {},
    [KEYS.preferences]: DEFAULT_PREFERENCES,
    [KEYS.notes]: [],
    [KEYS.pauseForm]: null,
  };
  const garbage: unknown[] = ['not json at all', 42, { contacts: 'x' }, [1, 2, 3], { until: -5 }, true];

  it('covers every key the extension stores', () => {
    expect(Object.keys(loaders).sort()).toEqual(
      Object.values(KEYS)
        .filter((k) => k !== KEYS.setAside)
        .sort(),
    );
  });

  it.each(Object.keys(loaders))('%s: a damaged value is set aside, defaults apply, the rest keeps working', async (key) => {
    await saveContact(jordan);
    for (const [i, value] of garbage.entries()) {
      if (key === KEYS.contacts && i === 0) await saveContact(jordan);
      await local().set({ [rawKey(key)]: value });
      const loaded = await loaders[key as keyof typeof loaders]();
      expect(loaded).toEqual(defaults[key as keyof typeof defaults]);
    }
    const aside = await setAsideItem.get();
    expect(aside.length).toBeGreaterThan(0);
    expect(aside.every((entry) => entry.key === key)).toBe(true);
    // Everything else still reads.
    if (key !== KEYS.contacts) expect(await contactsItem.get()).toEqual([jordan]);
    expect(await preferencesItem.get()).toEqual(DEFAULT_PREFERENCES);
  });

  it('a damaged set-aside list itself starts clean instead of failing', async () => {
    await local().set({ [rawKey(KEYS.setAside)]: 'garbage' });
    expect(await setAsideItem.get()).toEqual([]);
  });
});

describe('concurrent edits', () => {
  it('two editors saving different fields of the same contact lose nothing', async () => {
    await saveContact(jordan);
    const base = (await contactsItem.get())[0]!;
    await Promise.all([
      saveContact({ ...base, name: 'Jordan A.' }, base),
      saveContact({ ...base, windowDays: 10 }, base),
      saveContact({ ...base, otherNames: ['Jo'] }, base),
    ]);
    expect((await contactsItem.get())[0]).toMatchObject({ name: 'Jordan A.', windowDays: 10, otherNames: ['Jo'] });
  });

  it('the same field edited twice: the last writer wins', async () => {
    await saveContact(jordan);
    const base = (await contactsItem.get())[0]!;
    await saveContact({ ...base, windowDays: 10 }, base);
    await saveContact({ ...base, windowDays: 12 }, base);
    expect((await contactsItem.get())[0]?.windowDays).toBe(12);
  });

  it('preferences merge per field too', async () => {
    const base = await preferencesItem.get();
    await Promise.all([
      savePreferences({ ...base, quietHours: { start: 23, end: 6 } }, base),
      savePreferences({ ...base, disabledRules: ['labels'] }, base),
    ]);
    expect(await preferencesItem.get()).toMatchObject({ quietHours: { start: 23, end: 6 }, disabledRules: ['labels'] });
  });

  it('a contact deleted meanwhile is saved whole again by its editor', async () => {
    await saveContact(jordan);
    const base = (await contactsItem.get())[0]!;
    await deleteContact(base.id);
    await saveContact({ ...base, windowDays: 9 }, base);
    expect(await contactsItem.get()).toEqual([{ ...base, windowDays: 9 }]);
  });
});
