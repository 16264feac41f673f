import { describe, expect, it } from 'vitest';
import { openersFor, phaseStatus, rulesFor, RECONNECT_RULES, SPACE_RULES } from '@/lib/guidance';

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
