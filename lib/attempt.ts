/**
 * Pure: how the pause names today's attempt to reach the contact. The first
 * says nothing; the second to the fifth by their ordinal ("Second time
 * today…"), which reads well; after that, the number itself.
 */
import { localDate, toIsoDate } from '@/lib/dates';
import type { Stats } from '@/lib/settings/schema';

export const ORDINAL_ATTEMPTS = [2, 3, 4, 5] as const;
export type OrdinalAttempt = (typeof ORDINAL_ATTEMPTS)[number];

export type AttemptWording = { ordinal: OrdinalAttempt } | { count: number } | null;

/** `attempt` is this pause's number today (1 for the first). */
export function attemptWording(attempt: number): AttemptWording {
  if (!Number.isInteger(attempt) || attempt < 2) return null;
  const ordinal = ORDINAL_ATTEMPTS.find((n) => n === attempt);
  return ordinal ? { ordinal } : { count: attempt };
}

/** How many pauses have opened today (the local day) in this contact's chat, from the per-day counts. */
export function pausesToday(stats: Stats, contactId: string, now: Date): number {
  return stats[toIsoDate(localDate(now))]?.pauses[contactId] ?? 0;
}
