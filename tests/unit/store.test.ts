/** The stored-item factory and the counts: validated, set aside when unreadable, never a lost update. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { recordInBackground } from '@/content/record';
import { follow, validatedItem } from '@/lib/settings/item';
import { activityItem, ALL_ITEMS, contactsItem, KEYS, setAside, setAsideItem, statsItem } from '@/lib/settings/items';
import { answerRecordRequest } from '@/lib/settings/record';
import { ContactSchema } from '@/lib/settings/schema';
import { deleteEverything, recordKept, recordPause, recordSend, saveContact, saveSnooze } from '@/lib/settings/storage';

const counter = () => validatedItem({ key: 'local:counter', schema: z.int().check(z.gte(0)), fallback: 0, unreadable: setAside });
const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const now = new Date(2026, 10, 23, 12);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('validatedItem', () => {
  it('reads the fallback when nothing is stored, and what was set', async () => {
    const item = counter();
    expect(await item.get()).toBe(0);
    await item.set(3);
    expect(await item.get()).toBe(3);
  });

  it('refuses to write an invalid value and writes nothing', async () => {
    const item = counter();
    await expect(item.set(-1)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('counter')).toEqual({});
  });

  it('sets an unreadable value aside and answers the fallback', async () => {
    await fakeBrowser.storage.local.set({ counter: 'three' });
    expect(await counter().get()).toBe(0);
    expect(await setAsideItem.get()).toMatchObject([{ key: 'local:counter', raw: '"three"' }]);
  });

  it('updates under the lock: a hundred concurrent increments all land', async () => {
    const item = counter();
    await Promise.all(Array.from({ length: 100 }, () => item.update((n) => n + 1)));
    expect(await item.get()).toBe(100);
  });

  it('tells watchers about changes, validated', async () => {
    const item = counter();
    const seen: number[] = [];
    const stop = item.watch((n) => seen.push(n));
    await item.set(2);
    await fakeBrowser.storage.local.set({ counter: 'bad' });
    stop();
    expect(seen).toEqual([2, 0]);
  });

  it('follow gives the current value, then changes, and a change during the first read wins', async () => {
    const item = counter();
    await item.set(1);
    const seen: number[] = [];
    const stop = follow(item, (n) => seen.push(n));
    await item.set(5);
    await new Promise((r) => setTimeout(r, 0));
    stop();
    await item.set(9);
    expect(seen.at(-1)).toBe(5);
    expect(seen).not.toContain(9);
  });

  it('entry() validates a value for a multi-item write and carries the version', () => {
    expect(contactsItem.entry([]).meta).toEqual({ v: 2 });
    expect(() => contactsItem.entry([{ id: '' }])).toThrow();
  });
});

describe('counts', () => {
  it('a send after a pause counts as a send and a send after a pause, with the time of the send', async () => {
    await recordSend({ contactId: 'c1', afterPause: true }, now);
    expect((await statsItem.get())[day(now)]).toEqual({ kept: 0, sent: 1, sentAfterPause: 1, pauses: {} });
    expect(await activityItem.get()).toEqual({ c1: { lastSentAt: now.getTime() } });
  });

  it('counts written at the same moment all land', async () => {
    await Promise.all([
      recordSend({ contactId: 'c1', afterPause: true }, now),
      recordSend({ contactId: 'c1', afterPause: false }, now),
      recordKept(now),
      recordKept(now),
      recordSend({ contactId: 'c2', afterPause: false }, now),
      recordPause('c1', now),
      recordPause('c1', now),
      recordPause('c2', now),
    ]);
    expect((await statsItem.get())[day(now)]).toEqual({ kept: 2, sent: 3, sentAfterPause: 1, pauses: { c1: 2, c2: 1 } });
    expect(Object.keys(await activityItem.get()).sort()).toEqual(['c1', 'c2']);
  });

  it('counts from two messenger tabs at once both land, through the background worker', async () => {
    fakeBrowser.runtime.onMessage.addListener(answerRecordRequest);
    // Two tabs, each sending as its content script does, without waiting for the other.
    recordInBackground({ type: 'breathing-room:paused', contactId: 'c1' });
    recordInBackground({ type: 'breathing-room:sent', contactId: 'c1', afterPause: true });
    recordInBackground({ type: 'breathing-room:paused', contactId: 'c1' });
    recordInBackground({ type: 'breathing-room:kept' });
    recordInBackground({ type: 'breathing-room:sent', contactId: 'c1', afterPause: false });
    await expect
      .poll(async () => (await statsItem.get())[day(new Date())])
      .toEqual({ kept: 1, sent: 2, sentAfterPause: 1, pauses: { c1: 2 } });
  });

  it('the background ignores messages that are not count requests', () => {
    expect(answerRecordRequest({ type: 'breathing-room:sent', contactId: '', afterPause: true })).toBeUndefined();
    expect(answerRecordRequest({ type: 'breathing-room:sent', contactId: 'c1', text: 'I miss you' })).toBeUndefined();
    expect(answerRecordRequest('hello')).toBeUndefined();
  });
});

describe('delete everything', () => {
  it('removes every item and its version, leaving nothing stored', async () => {
    await saveContact(ContactSchema.parse({ id: 'c1', name: 'Jordan Avery', startDate: '2026-11-21' }));
    await saveSnooze({ until: 5 });
    await recordSend({ contactId: 'c1', afterPause: false }, now);
    await setAside(KEYS.preferences, 'x');
    await deleteEverything();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(ALL_ITEMS.map((i) => i.key).sort()).toEqual(Object.values(KEYS).sort());
  });
});

describe('updating over an unreadable value', () => {
  it('sets it aside and writes the update (no deadlock on the lock)', async () => {
    await fakeBrowser.storage.local.set({ contacts: 'not a list' });
    await saveContact(ContactSchema.parse({ id: 'c1', name: 'Jordan Avery', startDate: '2026-11-21' }));
    expect((await contactsItem.get()).map((c) => c.id)).toEqual(['c1']);
    await expect.poll(() => setAsideItem.get()).toMatchObject([{ key: KEYS.contacts, raw: '"not a list"' }]);
  });
});
