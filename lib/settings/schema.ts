import { i18n } from '#i18n';
/**
 * The shapes of everything Breathing Room stores. Every value read from
 * storage, an import file or a message is checked against these before use.
 * zod/mini keeps the content script small.
 */
import * as z from 'zod/mini';
import { parseIsoDate } from '@/lib/dates';
import { PAUSE_FORMS } from '@/lib/pause-form';
import { wholeNumber } from '@/lib/whole-number';

import {
  CONTACTS_MAX,
  COUNTDOWN_SECONDS,
  MAX_CHARS,
  MAX_WORDS,
  NAME_MAX,
  NOTE_TEXT_MAX,
  NOTES_MAX,
  OTHER_NAMES_MAX,
  QUIET_HOURS,
  WINDOW_DAYS,
} from '@/lib/settings/bounds';

export { COUNTDOWN_SECONDS, NAME_MAX, OTHER_NAMES_MAX, WINDOW_DAYS } from '@/lib/settings/bounds';

// Messages are functions, read when a value fails, in the person's language.
const name = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, { error: () => i18n.t('error.nameRequired') }),
    z.maxLength(NAME_MAX, { error: () => i18n.t('error.nameTooLong') }),
  );

/** When the pause before sending applies: during the window, always, or never. */
export const PauseModeSchema = z.enum(['window', 'always', 'off'], { error: () => i18n.t('error.pauseMode') });

export const ContactSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name,
  otherNames: z._default(z.array(name).check(z.maxLength(OTHER_NAMES_MAX, { error: () => i18n.t('error.tooManyNames') })), []),
  /** Phone number or handle, as the messenger may show it instead of a name. */
  handle: z.optional(z.string().check(z.trim(), z.maxLength(NAME_MAX, { error: () => i18n.t('error.nameTooLong') }))),
  /** Local calendar date the space began: day 1. */
  startDate: z.string().check(z.refine((s) => parseIsoDate(s) !== null, { error: () => i18n.t('error.startDate') })),
  windowDays: z._default(
    wholeNumber({ error: () => i18n.t('error.wholeDays') }).check(
      z.gte(WINDOW_DAYS.min, { error: () => i18n.t('error.minDays') }),
      z.lte(WINDOW_DAYS.max, { error: () => i18n.t('error.maxDays') }),
    ),
    WINDOW_DAYS.default,
  ),
  pause: z._default(PauseModeSchema, 'window'),
  countdownSeconds: z._default(
    wholeNumber({ error: () => i18n.t('error.countdown') }).check(
      z.gte(COUNTDOWN_SECONDS.min, { error: () => i18n.t('error.countdown') }),
      z.lte(COUNTDOWN_SECONDS.max, { error: () => i18n.t('error.countdown') }),
    ),
    COUNTDOWN_SECONDS.default,
  ),
  /** No contact at all, for abuse, violence or broken trust: no reconnect phase. */
  safetyMode: z._default(z.boolean(), false),
});
export type Contact = z.infer<typeof ContactSchema>;

export const ContactsSchema = z.array(ContactSchema).check(z.maxLength(CONTACTS_MAX));

export const SnoozeSchema = z.nullable(z.object({ until: z.number().check(z.gte(0)) }));
export type Snooze = z.infer<typeof SnoozeSchema>;

/** A stored value that failed validation, kept so nothing is silently lost. */
export const SetAsideSchema = z.object({
  key: z.string(),
  at: z.number(),
  raw: z.string(),
});
export type SetAside = z.infer<typeof SetAsideSchema>;
export const SetAsideListSchema = z.array(SetAsideSchema);

/** Field errors keyed by the first path segment, for inline form messages. */
export function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '');
    out[key] ??= issue.message;
  }
  return out;
}

/** Counts per local day ("YYYY-MM-DD"); never any text. */
export const DayCountsSchema = z.object({
  /** Drafts kept at a pause. */
  kept: z._default(wholeNumber().check(z.gte(0)), 0),
  /** Sends that went ahead after a pause. */
  sentAfterPause: z._default(wholeNumber().check(z.gte(0)), 0),
  /** Sends to a saved contact, paused or not. */
  sent: z._default(wholeNumber().check(z.gte(0)), 0),
  /** Pauses opened per contact id (stats v2): how many times today the person reached for them. */
  pauses: z._default(z.record(z.string().check(z.minLength(1), z.maxLength(64)), wholeNumber().check(z.gte(0))), {}),
});
export const StatsSchema = z.record(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), DayCountsSchema);
export type Stats = z.infer<typeof StatsSchema>;
export type DayCounts = z.infer<typeof DayCountsSchema>;

/** The last form the pause took on this device, so the next one differs (lib/pause-form.ts). */
export const PauseFormStateSchema = z.nullable(z.object({ last: z.enum(PAUSE_FORMS) }));
export type PauseFormState = z.infer<typeof PauseFormStateSchema>;

/** When the person last wrote to each contact (epoch ms), for the "not every other day" rule. */
export const ActivitySchema = z.record(z.string(), z.object({ lastSentAt: z.number().check(z.gte(0)) }));
export type Activity = z.infer<typeof ActivitySchema>;

const hour = wholeNumber().check(z.gte(0), z.lte(23));

/** Settings that are not about a contact. Quiet hours with start === end mean none. */
export const PreferencesSchema = z.object({
  quietHours: z._default(z.object({ start: hour, end: hour }), { ...QUIET_HOURS }),
  limits: z._default(
    z.object({
      maxWords: wholeNumber().check(z.gte(MAX_WORDS.min), z.lte(MAX_WORDS.max)),
      maxChars: wholeNumber().check(z.gte(MAX_CHARS.min), z.lte(MAX_CHARS.max)),
    }),
    { maxWords: MAX_WORDS.default, maxChars: MAX_CHARS.default },
  ),
  /** Rule ids the person switched off. */
  disabledRules: z._default(z.array(z.string()), []),
  /** Adapter ids of sites the person switched off. */
  disabledSites: z._default(z.array(z.string()), []),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
export const DEFAULT_PREFERENCES: Preferences = PreferencesSchema.parse({});

/**
 * One unsent note: a held-back draft the person chose to keep for
 * themselves, with when and to whom. The contact's name is kept as it was
 * then, so a note still says whom it was for after the contact is deleted.
 */
export const NoteSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  text: z.string().check(z.minLength(1), z.maxLength(NOTE_TEXT_MAX)),
  /** When it was saved (epoch ms). */
  date: z.number().check(z.gte(0)),
  contactId: z.string().check(z.minLength(1), z.maxLength(64)),
  contactName: z.string().check(z.maxLength(NAME_MAX)),
});
export type Note = z.infer<typeof NoteSchema>;
export const NotesSchema = z.array(NoteSchema).check(z.maxLength(NOTES_MAX));
