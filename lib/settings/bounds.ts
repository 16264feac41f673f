/**
 * Every bound and default of the settings, in one place: the zod schemas
 * (lib/settings/schema.ts), the forms and the options page, and the draft
 * rules (which must stay free of the browser API, so this file imports nothing).
 */

export const WINDOW_DAYS = { min: 1, max: 30, default: 7 } as const;
export const COUNTDOWN_SECONDS = { min: 3, max: 60, default: 10 } as const;
export const NAME_MAX = 100;
export const OTHER_NAMES_MAX = 20;
export const CONTACTS_MAX = 50;

/**
 * When a draft counts as long: a letter, not a two-line text. Every real draft
 * labelled too-long is past 280 characters and every other one far below
 * (docs/rules.md); lib/rules/length.ts reads these.
 */
export const MAX_WORDS = { min: 5, max: 500, default: 50 } as const;
export const MAX_CHARS = { min: 20, max: 5000, default: 280 } as const;

/** Quiet hours: from 22:00 to 07:00 by default; start === end means none. */
export const QUIET_HOURS = { start: 22, end: 7 } as const;

/**
 * The journal of unsent notes, bounded so it can never fill the browser's
 * 10 MB storage.local quota (and stop contacts and counts being saved):
 * 300 notes of up to 10 000 characters is at most ~6 MB even in 2-byte
 * scripts. 10 000 characters is longer than Telegram (4 096), Discord (2 000
 * to 4 000) and X (10 000) accept in one message, so a real held-back draft
 * fits whole; past 300 the oldest note gives way to the newest.
 */
export const NOTES_MAX = 300;
export const NOTE_TEXT_MAX = 10_000;
