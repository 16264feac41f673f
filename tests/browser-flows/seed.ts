/**
 * What the browser tests store for the extension, written once for every
 * browser: the storage items for a contact or preferences, validated by the
 * extension's own schemas, and the dates they are relative to.
 */
import { localDate, toIsoDate } from '@/lib/dates';
import { ContactSchema, PreferencesSchema } from '@/lib/settings/schema';
import { CONTACTS_VERSION, KEYS } from '@/lib/settings/storage';

/** "YYYY-MM-DD" for the local date `daysAgo` days before today. */
export function localIsoDate(daysAgo: number): string {
  const now = new Date();
  return toIsoDate(localDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo)));
}

export interface ContactEntry {
  name: string;
  otherNames?: string;
  startDate: string;
  windowDays?: number;
  /** Other contact settings (pause, countdown, safety mode) for seeded contacts. */
  extra?: Record<string, unknown>;
}

/** The storage.local key of a WXT item ("local:contacts" is stored as "contacts"). */
const areaKey = (key: string) => key.replace(/^local:/, '');

/** storage.local items that hold exactly this one contact, at the current schema version. */
export function contactItems(entry: ContactEntry): Record<string, unknown> {
  const contact = ContactSchema.parse({
    id: `seed-${entry.name}`,
    name: entry.name,
    otherNames: entry.otherNames ? entry.otherNames.split(',').map((s) => s.trim()) : [],
    startDate: entry.startDate,
    windowDays: entry.windowDays ?? 7,
    ...entry.extra,
  });
  const key = areaKey(KEYS.contacts);
  // WXT keeps an item's version beside it, under "<key>$".
  return { [key]: [contact], [`${key}$`]: { v: CONTACTS_VERSION } };
}

/** storage.local items for these preferences (quiet hours etc.), validated like the extension does. */
export function preferenceItems(preferences: Record<string, unknown>): Record<string, unknown> {
  return { [areaKey(KEYS.preferences)]: PreferencesSchema.parse(preferences) };
}
