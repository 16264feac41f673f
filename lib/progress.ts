import { i18n } from '#i18n';
/** Pure: the counts kept per day, turned into what the options page shows. */
import { dayIndex, localDate, parseIsoDate, toIsoDate, type CalendarDate } from '@/lib/dates';
import { phaseOf } from '@/lib/phase';
import type { Contact, DayCounts, Stats } from '@/lib/settings/schema';

/** The counts the chart and the totals show (pauses per contact are the pause's own business). */
export type DayTotals = Pick<DayCounts, 'kept' | 'sentAfterPause' | 'sent'>;

export interface DayBar extends DayTotals {
  date: string;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The last `days` local days up to today, oldest first, zeros where nothing was counted. */
export function recentDays(stats: Stats, today: Date, days = 30): DayBar[] {
  const end = localDate(today);
  return Array.from({ length: days }, (_, i) => {
    const date = toIsoDate(addDays(end, i - days + 1));
    const counts = stats[date];
    return { date, kept: counts?.kept ?? 0, sentAfterPause: counts?.sentAfterPause ?? 0, sent: counts?.sent ?? 0 };
  });
}

/**
 * Days of the space (window, or every day in safety mode) that have passed,
 * and how many of them went without a message. A slip is one day, not a reset.
 */
export function spaceDays(contact: Contact, stats: Stats, today: Date): { passed: number; kept: number } {
  const start = parseIsoDate(contact.startDate);
  const phase = phaseOf(contact, today);
  if (!start || !phase || phase.kind === 'before') return { passed: 0, kept: 0 };
  const elapsed = dayIndex(localDate(today)) - dayIndex(start) + 1;
  const passed = contact.safetyMode ? elapsed : Math.min(elapsed, contact.windowDays);
  let kept = 0;
  for (let i = 0; i < passed; i++) if (!stats[toIsoDate(addDays(start, i))]?.sent) kept++;
  return { passed, kept };
}

export function totals(bars: readonly DayBar[]): DayTotals {
  return bars.reduce(
    (sum, b) => ({ kept: sum.kept + b.kept, sentAfterPause: sum.sentAfterPause + b.sentAfterPause, sent: sum.sent + b.sent }),
    { kept: 0, sentAfterPause: 0, sent: 0 },
  );
}

/** One kind sentence about the month, never a broken streak. */
export function progressSentence(sum: DayTotals): string {
  if (sum.kept === 0 && sum.sentAfterPause === 0) return i18n.t('progress.nothing');
  const kept = sum.kept === 1 ? i18n.t('progress.oneDraft') : i18n.t('progress.drafts', [String(sum.kept)]);
  return sum.sentAfterPause === 0 ? i18n.t('progress.kept', [kept]) : i18n.t('progress.keptSlip', [kept]);
}
