import { describe, expect, it } from 'vitest';
import { chatKey, contactForChat, reminderFor } from '@/lib/reminder';
import { ContactSchema } from '@/lib/settings/schema';

const contact = (patch: object = {}) => ContactSchema.parse({ id: 'c', name: 'Jordan Avery', startDate: '2026-11-21', ...patch });
const nov = (d: number, h = 12, m = 0) => new Date(2026, 10, d, h, m);

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
