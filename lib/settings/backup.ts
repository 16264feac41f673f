import { i18n } from '#i18n';
/**
 * Export and import of all settings as one JSON file. An import is parsed and
 * validated whole before anything is written: a bad or hostile file is
 * refused with a clear message and changes nothing.
 */
import * as z from 'zod/mini';
import {
  ContactsSchema,
  NotesSchema,
  PreferencesSchema,
  StatsSchema,
  type Contact,
  type Note,
  type Preferences,
  type Stats,
} from '@/lib/settings/schema';

export const BACKUP_FORMAT = 'breathing-room-backup';
export const BACKUP_VERSION = 1;
/** Far more than any real backup, a full journal of notes included (lib/settings/bounds.ts); refuses giant files before parsing them. */
export const BACKUP_MAX_BYTES = 8_000_000;

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string().check(z.maxLength(40)),
  contacts: ContactsSchema,
  preferences: PreferencesSchema,
  stats: z._default(StatsSchema, {}),
  /** The unsent notes, only when the person ticked "Include my notes". */
  notes: z.optional(NotesSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

export function makeBackup(contacts: Contact[], preferences: Preferences, stats: Stats, now = new Date(), notes?: Note[]): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    contacts,
    preferences,
    stats,
    ...(notes ? { notes } : {}),
  };
}

export function backupFileName(now = new Date()): string {
  return `breathing-room-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; backup: Backup } | { ok: false; message: string };

/** Reads an import file's text; never throws. */
export function readBackup(text: string): ImportResult {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, message: i18n.t('backup.empty') };
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, message: i18n.t('backup.tooLarge') };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: i18n.t('backup.notJson') };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, message: i18n.t('backup.notOurs') };
  }
  if ((data as { version?: unknown }).version !== BACKUP_VERSION) {
    return { ok: false, message: i18n.t('backup.version') };
  }
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'the file';
    return { ok: false, message: i18n.t('backup.invalid', [where]) };
  }
  const ids = parsed.data.contacts.map((c) => c.id);
  if (new Set(ids).size !== ids.length) return { ok: false, message: i18n.t('backup.duplicate') };
  const noteIds = parsed.data.notes?.map((n) => n.id) ?? [];
  if (new Set(noteIds).size !== noteIds.length) return { ok: false, message: i18n.t('backup.duplicateNote') };
  return { ok: true, backup: parsed.data };
}
