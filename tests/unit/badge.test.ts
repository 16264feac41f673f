import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/lib/badge';
import { ContactSchema } from '@/lib/settings/schema';

const contact = (patch: object = {}) => ContactSchema.parse({ id: 'c', name: 'Jordan Avery', startDate: '2026-11-21', ...patch });
const nov = (d: number, h = 12, m = 0) => new Date(2026, 10, d, h, m);

describe('badge', () => {
  it('shows the day number during the window', () => {
    expect(badgeFor([contact()], nov(23))).toEqual({ text: '3', title: 'Breathing Room · Day 3 of 7 · 4 days left' });
  });
  it('is empty after the window and without contacts', () => {
    expect(badgeFor([contact()], nov(29)).text).toBe('');
    expect(badgeFor([], nov(23))).toEqual({ text: '', title: 'Breathing Room' });
  });
});
