/** The one policy for what a chat's kind means, the same on every site. */
import { describe, expect, it } from 'vitest';
import { kindMayBeContactChat } from '@/lib/kind-policy';
import { reminderFor } from '@/lib/reminder';
import { ContactSchema } from '@/lib/settings/schema';
import type { ChatKind } from '@/lib/sites/types';

const jordan = ContactSchema.parse({ id: 'j', name: 'Jordan Avery', otherNames: ['Jo'], startDate: '2026-01-01' });
const day3 = new Date(2026, 0, 3, 12);
const shows = (title: string, kind: ChatKind) => reminderFor({ title, kind }, [jordan], day3) !== null;

describe('kindMayBeContactChat', () => {
  it.each([
    ['direct', true],
    ['unknown', true],
    ['group', false],
    ['channel', false],
  ] as const)('%s → %s', (kind, expected) => expect(kindMayBeContactChat(kind)).toBe(expected));
});

describe('the reminder under the policy', () => {
  it('an unsure kind with the contact’s exact title shows the card', () => {
    expect(shows('Jordan Avery', 'unknown')).toBe(true);
    expect(shows('jo', 'unknown')).toBe(true);
  });
  it('an unsure kind with any other title does not', () => {
    expect(shows('Jordan', 'unknown')).toBe(false);
    expect(shows('Jordan Avery’s Birthday', 'unknown')).toBe(false);
  });
  it('a group or channel never does, even named exactly like the contact', () => {
    expect(shows('Jordan Avery', 'group')).toBe(false);
    expect(shows('Jordan Avery', 'channel')).toBe(false);
  });
});
