/**
 * Versioned storage items and the one place values are read and written.
 * Every read is validated; a stored value that fails is set aside (never
 * silently dropped), the popup tells the person, and defaults apply.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { makeBackup, type Backup } from '@/lib/settings/backup';
import { localDate, toIsoDate } from '@/lib/dates';
import { applyChanges, changedFields, withStorageLock } from '@/lib/settings/merge';
import {
  ActivitySchema,
  ContactSchema,
  DEFAULT_PREFERENCES,
  PreferencesSchema,
  StatsSchema,
  type Preferences,
  type Activity,
  type DayCounts,
  type Stats,
  ContactsSchema,
  SetAsideListSchema,
  SnoozeSchema,
  type Contact,
  type SetAside,
  type Snooze,
} from '@/lib/settings/schema';

type Schema<T> = { safeParse(value: unknown): { success: true; data: T } | { success: false } };

export const KEYS = {
  contacts: 'local:contacts',
  snooze: 'local:snooze',
  setAside: 'local:setAside',
  stats: 'local:stats',
  activity: 'local:activity',
  preferences: 'local:preferences',
} as const;

export const CONTACTS_VERSION = 2;

/**
 * Migrations, one per version. v1 held a single contact object (the first
 * design); v2 holds a list so several contacts can be kept. A migration never
 * throws: a value it does not recognise passes through and is set aside by
 * validation instead.
 */
export const contactMigrations: Record<number, (old: unknown) => unknown> = {
  2: (old) => (old && typeof old === 'object' && !Array.isArray(old) ? [old] : old),
};

/** Defined lazily so tests can seed old data before the migration runs. */
export function defineContactsItem() {
  return storage.defineItem<unknown>(KEYS.contacts, {
    fallback: [],
    version: CONTACTS_VERSION,
    migrations: contactMigrations,
  });
}

// Items are defined on first use, never at import: WXT imports entrypoints in
// Node at build time, where there is no storage to touch.
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const contacts = lazy(defineContactsItem);
const snoozeItem = lazy(() => storage.defineItem<unknown>(KEYS.snooze, { fallback: null, version: 1 }));
const statsItem = lazy(() => storage.defineItem<unknown>(KEYS.stats, { fallback: {}, version: 1 }));
const activityItem = lazy(() => storage.defineItem<unknown>(KEYS.activity, { fallback: {}, version: 1 }));
const preferencesItem = lazy(() => storage.defineItem<unknown>(KEYS.preferences, { fallback: {}, version: 1 }));
const setAsideItem = lazy(() => storage.defineItem<unknown>(KEYS.setAside, { fallback: [], version: 1 }));

const MAX_SET_ASIDE = 20;

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Keeps an unreadable stored value aside, once, so the person can be told. */
async function setAside(key: string, raw: unknown): Promise<void> {
  const list = await loadSetAside();
  const text = safeStringify(raw);
  if (list.some((entry) => entry.key === key && entry.raw === text)) return;
  const next: SetAside[] = [...list, { key, at: Date.now(), raw: text }].slice(-MAX_SET_ASIDE);
  await setAsideItem().setValue(next);
}

async function validated<T>(key: string, raw: unknown, schema: Schema<T>, fallback: T): Promise<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  await setAside(key, raw);
  return fallback;
}

// Validates synchronously for watchers; setting aside happens in the background.
function validatedNow<T>(key: string, raw: unknown, schema: Schema<T>, fallback: T): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  void setAside(key, raw).catch(() => undefined);
  return fallback;
}

export async function loadSetAside(): Promise<SetAside[]> {
  const parsed = SetAsideListSchema.safeParse(await setAsideItem().getValue());
  // The set-aside list itself is only ever written by us; if it is damaged
  // there is nothing to keep, so start a clean one.
  return parsed.success ? parsed.data : [];
}

export async function clearSetAside(): Promise<void> {
  await setAsideItem().setValue([]);
}

export function watchSetAside(cb: (list: SetAside[]) => void): () => void {
  return setAsideItem().watch((raw) => {
    const parsed = SetAsideListSchema.safeParse(raw);
    cb(parsed.success ? parsed.data : []);
  });
}

export async function loadContacts(): Promise<Contact[]> {
  return validated(KEYS.contacts, await contacts().getValue(), ContactsSchema, []);
}

export function watchContacts(cb: (list: Contact[]) => void): () => void {
  return contacts().watch((raw) => cb(validatedNow(KEYS.contacts, raw, ContactsSchema, [])));
}

/** Adds or replaces one contact (by id), validated before it is written. */
/**
 * Adds or updates one contact (by id), validated before it is written. With
 * `base` (the contact as the editor loaded it), only the fields changed since
 * are written over what is stored now: last writer wins per field.
 */
export async function saveContact(contact: Contact, base?: Contact): Promise<void> {
  ContactSchema.parse(contact);
  await withStorageLock(async () => {
    const list = await loadContacts();
    const index = list.findIndex((c) => c.id === contact.id);
    const stored = list[index];
    const value = ContactSchema.parse(stored && base ? applyChanges(stored, changedFields(base, contact)) : contact);
    const next = index === -1 ? [...list, value] : list.map((c, i) => (i === index ? value : c));
    await contacts().setValue(ContactsSchema.parse(next));
  });
}

export async function deleteContact(id: string): Promise<void> {
  await withStorageLock(async () => {
    const list = await loadContacts();
    await contacts().setValue(list.filter((c) => c.id !== id));
  });
}

export async function loadSnooze(): Promise<Snooze> {
  return validated(KEYS.snooze, await snoozeItem().getValue(), SnoozeSchema, null);
}

export async function saveSnooze(snooze: Snooze): Promise<void> {
  await snoozeItem().setValue(SnoozeSchema.parse(snooze));
}

export function watchSnooze(cb: (snooze: Snooze) => void): () => void {
  return snoozeItem().watch((raw) => cb(validatedNow(KEYS.snooze, raw, SnoozeSchema, null)));
}

const STATS_DAYS_KEPT = 400;

export async function loadStats(): Promise<Stats> {
  return validated(KEYS.stats, await statsItem().getValue(), StatsSchema, {});
}

/** Adds to today's counts (the person's local day). Counts only: no text, no names. */
export async function countToday(field: keyof DayCounts, now = new Date()): Promise<void> {
  const stats = await loadStats();
  const day = toIsoDate(localDate(now));
  const today = stats[day] ?? { kept: 0, sentAfterPause: 0, sent: 0 };
  const next: Stats = { ...stats, [day]: { ...today, [field]: today[field] + 1 } };
  const days = Object.keys(next).sort();
  for (const old of days.slice(0, Math.max(0, days.length - STATS_DAYS_KEPT))) delete next[old];
  await statsItem().setValue(next);
}

export async function loadActivity(): Promise<Activity> {
  return validated(KEYS.activity, await activityItem().getValue(), ActivitySchema, {});
}

export function watchActivity(cb: (activity: Activity) => void): () => void {
  return activityItem().watch((raw) => cb(validatedNow(KEYS.activity, raw, ActivitySchema, {})));
}

export async function recordSentTo(contactId: string, at = Date.now()): Promise<void> {
  const activity = await loadActivity();
  await activityItem().setValue({ ...activity, [contactId]: { lastSentAt: at } });
}

export async function loadPreferences(): Promise<Preferences> {
  return validated(KEYS.preferences, await preferencesItem().getValue(), PreferencesSchema, DEFAULT_PREFERENCES);
}

/** Saves preferences; with `base`, only the fields changed since it was loaded (per-field last writer wins). */
export async function savePreferences(preferences: Preferences, base?: Preferences): Promise<void> {
  PreferencesSchema.parse(preferences);
  await withStorageLock(async () => {
    const value = base ? applyChanges(await loadPreferences(), changedFields(base, preferences)) : preferences;
    await preferencesItem().setValue(PreferencesSchema.parse(value));
  });
}

export function watchPreferences(cb: (preferences: Preferences) => void): () => void {
  return preferencesItem().watch((raw) => cb(validatedNow(KEYS.preferences, raw, PreferencesSchema, DEFAULT_PREFERENCES)));
}

/** Everything stored, as one backup. */
export async function exportAll(now = new Date()) {
  const [list, preferences, stats] = await Promise.all([loadContacts(), loadPreferences(), loadStats()]);
  return makeBackup(list, preferences, stats, now);
}

/** Replaces contacts, preferences and counts with a validated backup, in one write. */
export async function importAll(backup: Backup): Promise<void> {
  await withStorageLock(async () => {
    await storage.setItems([
      { key: KEYS.contacts, value: ContactsSchema.parse(backup.contacts) },
      { key: KEYS.preferences, value: PreferencesSchema.parse(backup.preferences) },
      { key: KEYS.stats, value: StatsSchema.parse(backup.stats) },
    ]);
    await storage.setMeta(KEYS.contacts, { v: CONTACTS_VERSION });
  });
}

/** Deletes everything Breathing Room stored on this device. */
export async function deleteEverything(): Promise<void> {
  await withStorageLock(async () => {
    await browser.storage.local.clear();
  });
}
