/**
 * Everything Breathing Room stores, one validated item each (lib/settings/item.ts).
 * All of it lives in storage.local on this device; nothing is synced.
 */
import { MAX_CHARS, MAX_WORDS } from '@/lib/settings/bounds';
import { validatedItem, type ItemOptions } from '@/lib/settings/item';
import {
  ActivitySchema,
  ContactsSchema,
  DEFAULT_PREFERENCES,
  NotesSchema,
  PreferencesSchema,
  SetAsideListSchema,
  PauseFormStateSchema,
  SnoozeSchema,
  StatsSchema,
  type Contact,
  type Note,
  type PauseFormState,
  type Preferences,
  type SetAside,
  type Stats,
} from '@/lib/settings/schema';

export const KEYS = {
  contacts: 'local:contacts',
  snooze: 'local:snooze',
  setAside: 'local:setAside',
  stats: 'local:stats',
  activity: 'local:activity',
  preferences: 'local:preferences',
  notes: 'local:notes',
  pauseForm: 'local:pauseForm',
} as const;

const MAX_SET_ASIDE = 20;

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Values that could not be read, kept so the person can be told. The list
 * itself is only ever written by us: if it is damaged there is nothing to
 * keep, so it starts clean.
 */
export const setAsideItem = validatedItem<SetAside[]>({ key: KEYS.setAside, schema: SetAsideListSchema, fallback: [] });

/** Keeps an unreadable stored value aside, once. */
export async function setAside(key: string, raw: unknown): Promise<void> {
  const text = safeStringify(raw);
  await setAsideItem.update((list) =>
    list.some((entry) => entry.key === key && entry.raw === text)
      ? list
      : [...list, { key, at: Date.now(), raw: text }].slice(-MAX_SET_ASIDE),
  );
}

export const CONTACTS_VERSION = 2;

/**
 * v1 held a single contact object (the first design); v2 holds a list so
 * several contacts can be kept.
 */
export const contactMigrations: Record<number, (old: unknown) => unknown> = {
  2: (old) => (old && typeof old === 'object' && !Array.isArray(old) ? [old] : old),
};

/** Exported so a test can define the item afresh over old data and watch the migration run. */
export const CONTACTS_ITEM: ItemOptions<Contact[]> = {
  key: KEYS.contacts,
  schema: ContactsSchema,
  fallback: [],
  version: CONTACTS_VERSION,
  migrations: contactMigrations,
  unreadable: setAside,
};
export const contactsItem = validatedItem(CONTACTS_ITEM);
export const snoozeItem = validatedItem({ key: KEYS.snooze, schema: SnoozeSchema, fallback: null, unreadable: setAside });
export const STATS_VERSION = 2;

/**
 * v2 adds each day's pauses per contact id (counts only, no text). Days
 * stored by v1 had none: they get an empty map, so every stored day has the
 * v2 shape. A value that is not a record of days passes through, to be set
 * aside by validation.
 */
export const statsMigrations: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
    return Object.fromEntries(
      Object.entries(old).map(([day, counts]) =>
        counts && typeof counts === 'object' && !Array.isArray(counts) ? [day, { pauses: {}, ...counts }] : [day, counts],
      ),
    );
  },
};

export const STATS_ITEM: ItemOptions<Stats> = {
  key: KEYS.stats,
  schema: StatsSchema,
  fallback: {},
  version: STATS_VERSION,
  migrations: statsMigrations,
  unreadable: setAside,
};
export const statsItem = validatedItem(STATS_ITEM);
export const activityItem = validatedItem({ key: KEYS.activity, schema: ActivitySchema, fallback: {}, unreadable: setAside });
export const PREFERENCES_VERSION = 2;

/**
 * v2: the default length of a long message moved from 25 words / 160
 * characters to 50 / 280 (docs/rules.md: real drafts call only letters long).
 * Preferences saved with the old defaults take the new ones; a length the
 * person chose stays.
 */
export const preferenceMigrations: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    const limits = (old as { limits?: { maxWords?: unknown; maxChars?: unknown } } | null)?.limits;
    if (limits?.maxWords !== 25 || limits.maxChars !== 160) return old;
    return { ...(old as object), limits: { maxWords: MAX_WORDS.default, maxChars: MAX_CHARS.default } };
  },
};

export const PREFERENCES_ITEM: ItemOptions<Preferences> = {
  key: KEYS.preferences,
  schema: PreferencesSchema,
  fallback: DEFAULT_PREFERENCES,
  version: PREFERENCES_VERSION,
  migrations: preferenceMigrations,
  unreadable: setAside,
};
export const preferencesItem = validatedItem(PREFERENCES_ITEM);

export const NOTES_VERSION = 1;

/** None yet: the first version. A change of the note's shape bumps NOTES_VERSION and adds its step here. */
export const noteMigrations: Record<number, (old: unknown) => unknown> = {};

/**
 * The unsent notes (lib/notes.ts): the one item that holds text the person
 * wrote. Only the background worker writes it and only extension pages read
 * it; a messenger page never does.
 */
export const NOTES_ITEM: ItemOptions<Note[]> = {
  key: KEYS.notes,
  schema: NotesSchema,
  fallback: [],
  version: NOTES_VERSION,
  migrations: noteMigrations,
  unreadable: setAside,
};
export const notesItem = validatedItem(NOTES_ITEM);

/** The pause's last form on this device; unreadable means no last form (any form may come next). */
export const pauseFormItem = validatedItem<PauseFormState>({
  key: KEYS.pauseForm,
  schema: PauseFormStateSchema,
  fallback: null,
  unreadable: setAside,
});

/** Every item, for export, import and "Delete everything". */
export const ALL_ITEMS = [
  contactsItem,
  snoozeItem,
  statsItem,
  activityItem,
  preferencesItem,
  notesItem,
  setAsideItem,
  pauseFormItem,
] as const;
