/** Snoozing reminders: pure time arithmetic, no storage. */

export const SNOOZE_CHOICES = ['15m', '1h', 'tomorrow'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

const MORNING_HOUR = 8;
// Before this hour it is still "tonight" to a person up late, so "until
// tomorrow" means this coming morning rather than a day and a half away.
const NIGHT_ENDS_HOUR = 4;

/** The epoch ms at which a snooze chosen at `now` ends. */
export function snoozeEnd(choice: SnoozeChoice, now: Date): number {
  switch (choice) {
    case '15m':
      return now.getTime() + 15 * 60_000;
    case '1h':
      return now.getTime() + 60 * 60_000;
    case 'tomorrow': {
      const dayOffset = now.getHours() < NIGHT_ENDS_HOUR ? 0 : 1;
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + dayOffset, MORNING_HOUR).getTime();
    }
  }
}

/** True while a snooze ending at `until` still holds at `now` (epoch ms). */
export function isSnoozed(until: number | null | undefined, now: number): boolean {
  return typeof until === 'number' && until > now;
}

/**
 * How long until what the page shows may change on its own: a snooze ends, or
 * a new local day begins (and with it the phase). Capped to what timers take.
 */
export function recheckDelay(until: number | null | undefined, now: Date, nextMidnight: number): number {
  const snoozeLeft = typeof until === 'number' && isSnoozed(until, now.getTime()) ? until - now.getTime() : Infinity;
  return Math.min(Math.min(snoozeLeft, nextMidnight - now.getTime()) + 50, 2 ** 31 - 1);
}
