import { describe, expect, it } from 'vitest';
import { phaseOf, isNoContact } from '@/lib/phase';

// Local wall-clock instants: new Date(y, m - 1, d, h, min) is in the machine's zone.
const at = (iso: string, h = 12, min = 0) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, h, min);
};

describe('phaseOf', () => {
  const cases: [string, string, number, string, ReturnType<typeof phaseOf>][] = [
    ['start date is day 1', '2026-11-21', 7, '2026-11-21', { kind: 'window', day: 1, of: 7, daysLeft: 6 }],
    ['DESIGN example: the 23rd is Day 3 of 7', '2026-11-21', 7, '2026-11-23', { kind: 'window', day: 3, of: 7, daysLeft: 4 }],
    ['last window day', '2026-11-21', 7, '2026-11-27', { kind: 'window', day: 7, of: 7, daysLeft: 0 }],
    ['DESIGN example: the 28th is the first reconnect day', '2026-11-21', 7, '2026-11-28', { kind: 'reconnect', daysSinceWindow: 0 }],
    ['later reconnect days count on', '2026-11-21', 7, '2026-12-05', { kind: 'reconnect', daysSinceWindow: 7 }],
    ['start tomorrow', '2026-11-24', 7, '2026-11-23', { kind: 'before', startsInDays: 1 }],
    ['start in ten days', '2026-12-03', 7, '2026-11-23', { kind: 'before', startsInDays: 10 }],
    ['across a month end', '2026-01-30', 7, '2026-02-02', { kind: 'window', day: 4, of: 7, daysLeft: 3 }],
    ['across a year end', '2026-12-29', 10, '2027-01-03', { kind: 'window', day: 6, of: 10, daysLeft: 4 }],
    ['leap day inside the window', '2028-02-27', 7, '2028-03-01', { kind: 'window', day: 4, of: 7, daysLeft: 3 }],
    ['non-leap February', '2027-02-27', 7, '2027-03-01', { kind: 'window', day: 3, of: 7, daysLeft: 4 }],
    ['one-day window', '2026-11-23', 1, '2026-11-23', { kind: 'window', day: 1, of: 1, daysLeft: 0 }],
    ['one-day window, next day', '2026-11-23', 1, '2026-11-24', { kind: 'reconnect', daysSinceWindow: 0 }],
    ['thirty-day window, last day', '2026-11-01', 30, '2026-11-30', { kind: 'window', day: 30, of: 30, daysLeft: 0 }],
    // Unit tests run with TZ=America/New_York (vitest.config.ts): DST began 2026-03-08 and
    // ended 2026-11-01 there; Europe's changes were 2026-03-29 and 2026-10-25.
    ['across the US spring DST change', '2026-03-06', 7, '2026-03-10', { kind: 'window', day: 5, of: 7, daysLeft: 2 }],
    ['across the US autumn DST change', '2026-10-30', 7, '2026-11-03', { kind: 'window', day: 5, of: 7, daysLeft: 2 }],
    ['across the EU spring DST change', '2026-03-27', 7, '2026-03-30', { kind: 'window', day: 4, of: 7, daysLeft: 3 }],
    ['across the EU autumn DST change', '2026-10-23', 7, '2026-10-27', { kind: 'window', day: 5, of: 7, daysLeft: 2 }],
  ];
  it.each(cases)('%s', (_name, startDate, windowDays, today, expected) => {
    expect(phaseOf({ startDate, windowDays }, at(today))).toEqual(expected);
  });

  it('runs in a zone with DST, so the DST cases mean something', () => {
    expect(new Date(2026, 2, 7, 12).getTimezoneOffset()).not.toBe(new Date(2026, 2, 9, 12).getTimezoneOffset());
  });

  it('on the short DST day, 00:30 and 23:30 are the same calendar day', () => {
    const contact = { startDate: '2026-03-08', windowDays: 7 };
    expect(phaseOf(contact, at('2026-03-08', 0, 30))).toMatchObject({ day: 1 });
    expect(phaseOf(contact, at('2026-03-08', 23, 30))).toMatchObject({ day: 1 });
    expect(phaseOf(contact, at('2026-03-09', 0, 30))).toMatchObject({ day: 2 });
  });

  it('counts local calendar days, not 24-hour spans: just after midnight is the next day', () => {
    expect(phaseOf({ startDate: '2026-11-21', windowDays: 7 }, at('2026-11-22', 0, 1))).toMatchObject({ day: 2 });
    expect(phaseOf({ startDate: '2026-11-21', windowDays: 7 }, at('2026-11-21', 23, 59))).toMatchObject({ day: 1 });
  });

  it('safety mode has no reconnect phase', () => {
    expect(phaseOf({ startDate: '2026-01-01', windowDays: 7, safetyMode: true }, at('2026-11-23'))).toEqual({
      kind: 'no-contact',
      day: 327,
    });
  });

  it('returns null for a start date that is not a date', () => {
    expect(phaseOf({ startDate: '2026-02-30', windowDays: 7 }, at('2026-11-23'))).toBeNull();
    expect(phaseOf({ startDate: 'soon', windowDays: 7 }, at('2026-11-23'))).toBeNull();
    expect(phaseOf({ startDate: '2026-11-21', windowDays: 7 }, new Date(Number.NaN))).toBeNull();
  });

  it('isNoContact is true in the window and in safety mode only', () => {
    expect(isNoContact({ kind: 'window', day: 1, of: 7, daysLeft: 6 })).toBe(true);
    expect(isNoContact({ kind: 'no-contact', day: 3 })).toBe(true);
    expect(isNoContact({ kind: 'reconnect', daysSinceWindow: 0 })).toBe(false);
    expect(isNoContact({ kind: 'before', startsInDays: 2 })).toBe(false);
    expect(isNoContact(null)).toBe(false);
  });
});
