/**
 * What the extension does with what it stores: every change is one update of
 * a validated item (lib/settings/items.ts) under the storage lock, so two
 * writers never overwrite each other.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { makeBackup, type Backup } from '@/lib/settings/backup';
import { localDate, toIsoDate } from '@/lib/dates';
import { mergeNotes, withNote, withoutNote } from '@/lib/notes';
import {
  ALL_ITEMS,
  activityItem,
  contactsItem,
  notesItem,
  preferencesItem,
  setAsideItem,
  snoozeItem,
  statsItem,
} from '@/lib/settings/items';
import { applyChanges, changedFields, withStorageLock } from '@/lib/settings/merge';
import {
  ContactSchema,
  PreferencesSchema,
  type Activity,
  type Contact,
  type DayCounts,
  type Note,
  type Preferences,
  type Snooze,
  type Stats,
} from '@/lib/settings/schema';

export { CONTACTS_VERSION, contactMigrations, KEYS } from '@/lib/settings/items';

/**
 * Adds or updates one contact (by id), validated before it is written. With
 * `base` (the contact as the editor loaded it), only the fields changed since
 * are written over what is stored now: last writer wins per field.
 */
export async function saveContact(contact: Contact, base?: Contact): Promise<void> {
  ContactSchema.parse(contact);
  await contactsItem.update((list) => {
    const index = list.findIndex((c) => c.id === contact.id);
    const stored = list[index];
    const value = ContactSchema.parse(stored && base ? applyChanges(stored, changedFields(base, contact)) : contact);
    return index === -1 ? [...list, value] : list.map((c, i) => (i === index ? value : c));
  });
}

export async function deleteContact(id: string): Promise<void> {
  await contactsItem.update((list) => list.filter((c) => c.id !== id));
}

/** Saves preferences; with `base`, only the fields changed since it was loaded (per-field last writer wins). */
export async function savePreferences(preferences: Preferences, base?: Preferences): Promise<void> {
  PreferencesSchema.parse(preferences);
  await preferencesItem.update((stored) => (base ? applyChanges(stored, changedFields(base, preferences)) : preferences));
}

const STATS_DAYS_KEPT = 400;
const NO_COUNTS: DayCounts = { kept: 0, sentAfterPause: 0, sent: 0, pauses: {} };

type Tally = Partial<Pick<DayCounts, 'kept' | 'sentAfterPause' | 'sent'>>;

/**
 * Today's counts (the person's local day) with `add` added, and one more
 * pause for `pausedFor` (a contact id) if given; the oldest days beyond a
 * year or so dropped.
 */
export function addToDay(stats: Stats, add: Tally, now: Date, pausedFor?: string): Stats {
  const day = toIsoDate(localDate(now));
  const today = stats[day] ?? NO_COUNTS;
  const next: Stats = {
    ...stats,
    [day]: {
      kept: today.kept + (add.kept ?? 0),
      sentAfterPause: today.sentAfterPause + (add.sentAfterPause ?? 0),
      sent: today.sent + (add.sent ?? 0),
      pauses: pausedFor ? { ...today.pauses, [pausedFor]: (today.pauses[pausedFor] ?? 0) + 1 } : today.pauses,
    },
  };
  const days = Object.keys(next).sort();
  for (const old of days.slice(0, Math.max(0, days.length - STATS_DAYS_KEPT))) delete next[old];
  return next;
}

/**
 * A send to a saved contact went through: today's counts and the time of
 * the last send, in one locked update and one storage write. Counts only:
 * no text, no names.
 */
export async function recordSend({ contactId, afterPause }: { contactId: string; afterPause: boolean }, now = new Date()): Promise<void> {
  await withStorageLock(async () => {
    const [stats, activity] = await Promise.all([statsItem.get(), activityItem.get()]);
    const nextActivity: Activity = { ...activity, [contactId]: { lastSentAt: now.getTime() } };
    await storage.setItems([
      { key: statsItem.key, value: statsItem.entry(addToDay(stats, { sent: 1, sentAfterPause: afterPause ? 1 : 0 }, now)).value },
      { key: activityItem.key, value: activityItem.entry(nextActivity).value },
    ]);
  });
}

/** A pause opened in a contact's chat: one more attempt today. Counts only. */
export async function recordPause(contactId: string, now = new Date()): Promise<void> {
  await statsItem.update((stats) => addToDay(stats, {}, now, contactId));
}

/** A draft was kept at a pause. */
export async function recordKept(now = new Date()): Promise<void> {
  await statsItem.update((stats) => addToDay(stats, { kept: 1 }, now));
}

/** Adds a held-back draft to the unsent notes (the background worker's job: see lib/settings/save-note.ts). */
export async function saveNote(
  { text, contactId, contactName }: Pick<Note, 'text' | 'contactId' | 'contactName'>,
  now = new Date(),
): Promise<Note> {
  const note: Note = { id: crypto.randomUUID(), text, date: now.getTime(), contactId, contactName };
  await notesItem.update((list) => withNote(list, note));
  return note;
}

export async function deleteNote(id: string): Promise<void> {
  await notesItem.update((list) => withoutNote(list, id));
}

/** Puts a deleted note back (the options page's Undo). */
export async function restoreNote(note: Note): Promise<void> {
  await notesItem.update((list) => withNote(list, note));
}

export async function deleteAllNotes(): Promise<void> {
  await notesItem.update(() => []);
}

/** Snoozes reminders until a time, or resumes them (null). */
export async function saveSnooze(snooze: Snooze): Promise<void> {
  await snoozeItem.set(snooze);
}

export async function clearSetAside(): Promise<void> {
  await setAsideItem.set([]);
}

/** Everything stored, as one backup; the unsent notes only when the person asked for them. */
export async function exportAll(now = new Date(), { includeNotes = false } = {}): Promise<Backup> {
  const [list, preferences, stats, notes] = await Promise.all([
    contactsItem.get(),
    preferencesItem.get(),
    statsItem.get(),
    includeNotes ? notesItem.get() : undefined,
  ]);
  return makeBackup(list, preferences, stats, now, notes);
}

/**
 * Replaces contacts, preferences and counts with a validated backup, in one
 * write. A backup's notes are added to the ones kept here, never written over
 * them; a backup without notes leaves them as they are.
 */
export async function importAll(backup: Backup): Promise<void> {
  await withStorageLock(async () => {
    const entries: { key: StorageItemKey; value: unknown; meta: { v: number } }[] = [
      contactsItem.entry(backup.contacts),
      preferencesItem.entry(backup.preferences),
      statsItem.entry(backup.stats),
    ];
    if (backup.notes) entries.push(notesItem.entry(mergeNotes(await notesItem.get(), backup.notes)));
    await storage.setItems(entries.map(({ key, value }) => ({ key, value })));
    await storage.setMetas(entries.map(({ key, meta }) => ({ key, meta })));
  });
}

/** Deletes everything Breathing Room stored on this device. */
export async function deleteEverything(): Promise<void> {
  await withStorageLock(async () => {
    await storage.removeItems(ALL_ITEMS.map((item) => ({ key: item.key, options: { removeMeta: true } })));
  });
}
