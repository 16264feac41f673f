import { daysBetween, localDate, parseIsoDate } from '@/lib/dates';

/** Where the person stands with a contact at a given moment. */
export type Phase =
  /** The space starts on a later date; `startsInDays` is at least 1. */
  | { kind: 'before'; startsInDays: number }
  /** Inside the no-contact window: "Day `day` of `of`", `daysLeft` after today. */
  | { kind: 'window'; day: number; of: number; daysLeft: number }
  /** The window is over: gentle, short contact is fine again. */
  | { kind: 'reconnect'; daysSinceWindow: number }
  /** Safety mode: no contact at all, counted from the start date. */
  | { kind: 'no-contact'; day: number };

export interface PhaseInput {
  startDate: string;
  windowDays: number;
  safetyMode?: boolean;
}

/**
 * The start date is day 1; with a 7-day window from the 21st, the 23rd is
 * "Day 3 of 7" and the 28th is the first reconnect day. Dates are the person's
 * local calendar days. Returns null only for a start date that is not a date.
 */
export function phaseOf(contact: PhaseInput, now: Date): Phase | null {
  const start = parseIsoDate(contact.startDate);
  if (!start || !Number.isFinite(now.getTime())) return null;
  const day = daysBetween(start, localDate(now)) + 1;
  if (day < 1) return { kind: 'before', startsInDays: 1 - day };
  if (contact.safetyMode) return { kind: 'no-contact', day };
  const of = Math.max(1, Math.trunc(contact.windowDays));
  if (day <= of) return { kind: 'window', day, of, daysLeft: of - day };
  return { kind: 'reconnect', daysSinceWindow: day - of - 1 };
}

/** True while no message at all should go out: the window, or safety mode. */
export function isNoContact(phase: Phase | null): boolean {
  return phase?.kind === 'window' || phase?.kind === 'no-contact';
}
