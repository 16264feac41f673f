import { describe, expect, it } from 'vitest';
import { isSnoozed, snoozeEnd } from '@/lib/snooze';

const nov = (d: number, h = 12, m = 0) => new Date(2026, 10, d, h, m);

describe('snooze', () => {
  it('15 minutes and 1 hour are exact', () => {
    expect(snoozeEnd('15m', nov(23, 14)) - nov(23, 14).getTime()).toBe(15 * 60_000);
    expect(snoozeEnd('1h', nov(23, 14)) - nov(23, 14).getTime()).toBe(60 * 60_000);
  });
  it('until tomorrow means 8:00 the next morning', () => {
    expect(snoozeEnd('tomorrow', nov(23, 14))).toBe(nov(24, 8).getTime());
    expect(snoozeEnd('tomorrow', nov(30, 23, 50))).toBe(new Date(2026, 11, 1, 8).getTime());
  });
  it('late at night, "tomorrow" is the coming morning', () => {
    expect(snoozeEnd('tomorrow', nov(24, 1, 30))).toBe(nov(24, 8).getTime());
  });
  it('isSnoozed holds until the end time', () => {
    expect(isSnoozed(1000, 999)).toBe(true);
    expect(isSnoozed(1000, 1000)).toBe(false);
    expect(isSnoozed(null, 0)).toBe(false);
  });
});
