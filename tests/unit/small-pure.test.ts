import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/lib/badge';
import { openersFor, phaseStatus, rulesFor, RECONNECT_RULES, SPACE_RULES } from '@/lib/guidance';
import { chatKey, contactForChat, reminderFor } from '@/lib/reminder';
import { ContactSchema } from '@/lib/settings/schema';
import { isSnoozed, snoozeEnd } from '@/lib/snooze';
import { isDarkBackground, parseRgb } from '@/lib/theme';

const contact = (patch: object = {}) =>
  ContactSchema.parse({ id: 'c', name: 'Jordan Avery', startDate: '2026-11-21', ...patch });
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

describe('guidance', () => {
  it.each([
    [{ kind: 'window', day: 3, of: 7, daysLeft: 4 }, 'Day 3 of 7 · 4 days left'],
    [{ kind: 'window', day: 6, of: 7, daysLeft: 1 }, 'Day 6 of 7 · 1 day left'],
    [{ kind: 'window', day: 7, of: 7, daysLeft: 0 }, 'Day 7 of 7 · last day'],
    [{ kind: 'reconnect', daysSinceWindow: 2 }, 'Reconnect phase: short and light'],
    [{ kind: 'before', startsInDays: 1 }, 'Your space starts tomorrow'],
    [{ kind: 'before', startsInDays: 3 }, 'Your space starts in 3 days'],
    [{ kind: 'no-contact', day: 40 }, 'No contact · day 40'],
  ] as const)('%j reads "%s"', (phase, text) => {
    expect(phaseStatus(phase)).toBe(text);
  });
  it('space rules in the window, the reconnect rules and openers after', () => {
    expect(rulesFor({ kind: 'window', day: 1, of: 7, daysLeft: 6 })).toEqual([
      'No texts, no calls, no surprise visits.',
      'These days without you are what lets the space work.',
    ]);
    expect(openersFor({ kind: 'window', day: 1, of: 7, daysLeft: 6 })).toEqual([]);
    expect(rulesFor({ kind: 'reconnect', daysSinceWindow: 0 })).toHaveLength(RECONNECT_RULES.length);
    expect(rulesFor({ kind: 'reconnect', daysSinceWindow: 0 })).toContain('One message, then wait for their reply.');
    expect(SPACE_RULES).toHaveLength(2);
    expect(openersFor({ kind: 'reconnect', daysSinceWindow: 0 }).length).toBeGreaterThan(0);
    expect(openersFor({ kind: 'no-contact', day: 3 })).toEqual([]);
  });
});

describe('badge', () => {
  it('shows the day number during the window', () => {
    expect(badgeFor([contact()], nov(23))).toEqual({ text: '3', title: 'Breathing Room · Day 3 of 7 · 4 days left' });
  });
  it('is empty after the window and without contacts', () => {
    expect(badgeFor([contact()], nov(29)).text).toBe('');
    expect(badgeFor([], nov(23))).toEqual({ text: '', title: 'Breathing Room' });
  });
});

describe('reminder', () => {
  const list = [contact()];
  it('matches a direct chat with the contact', () => {
    expect(contactForChat({ title: 'Jordan Avery 💛', kind: 'direct' }, list)?.id).toBe('c');
    expect(reminderFor({ title: 'Jordan Avery', kind: 'direct' }, list, nov(23))?.phase).toMatchObject({ day: 3 });
  });
  it('never matches a group or channel, even with the exact name', () => {
    expect(contactForChat({ title: 'Jordan Avery', kind: 'group' }, list)).toBeNull();
    expect(contactForChat({ title: 'Jordan Avery', kind: 'channel' }, list)).toBeNull();
  });
  it('no chat, no reminder', () => {
    expect(reminderFor(null, list, nov(23))).toBeNull();
    expect(chatKey(null)).toBe('');
    expect(chatKey({ title: 'A', kind: 'direct' })).not.toBe(chatKey({ title: 'A', kind: 'group' }));
  });
});

describe('theme', () => {
  it.each([
    ['rgb(255, 255, 255)', false],
    ['rgb(11, 20, 26)', true],
    ['rgba(17, 27, 33, 1)', true],
    ['rgb(239 234 226 / 100%)', false],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('%s -> dark %s', (css, dark) => {
    expect(isDarkBackground(css)).toBe(dark);
  });
  it('parses rgb()', () => {
    expect(parseRgb('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3 });
  });
});
