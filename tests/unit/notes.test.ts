/**
 * The journal of unsent notes: validated like every stored key, set aside
 * when unreadable, migrated by version, bounded, written by the background
 * worker only (so saves from two tabs both land), in a backup only when asked
 * for, and gone with "Delete everything".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveNoteInBackground } from '@/content/save-note';
import { mergeNotes, newestFirst, noteText, withNote, withoutNote } from '@/lib/notes';
import { BACKUP_MAX_BYTES, makeBackup, readBackup } from '@/lib/settings/backup';
import { NOTE_TEXT_MAX, NOTES_MAX } from '@/lib/settings/bounds';
import { validatedItem } from '@/lib/settings/item';
import { contactsItem, KEYS, NOTES_ITEM, NOTES_VERSION, noteMigrations, notesItem, setAsideItem } from '@/lib/settings/items';
import { answerSaveNoteRequest } from '@/lib/settings/save-note';
import { ContactSchema, DEFAULT_PREFERENCES, NotesSchema, type Note } from '@/lib/settings/schema';
import {
  deleteAllNotes,
  deleteEverything,
  deleteNote,
  exportAll,
  importAll,
  restoreNote,
  saveContact,
  saveNote,
} from '@/lib/settings/storage';

const local = () => fakeBrowser.storage.local;
const rawKey = KEYS.notes.replace(/^local:/, '');
const jordan = ContactSchema.parse({ id: 'c1', name: 'Jordan Avery', startDate: '2026-11-21' });
const note = (i: number, extra: Partial<Note> = {}): Note => ({
  id: `n${i}`,
  text: `note ${i}`,
  date: 1_700_000_000_000 + i * 60_000,
  contactId: 'c1',
  contactName: 'Jordan Avery',
  ...extra,
});
/**
 * The worker's listener as the browser calls it: webextension-polyfill answers
 * with what a listener's promise resolves to; the fake browser only waits when
 * a listener returns true and calls sendResponse, so this does what the polyfill does.
 */
const polyfilled =
  (listener: (message: unknown) => Promise<unknown> | undefined) =>
  (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const reply = listener(message);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  };
const request = (text: string, contactId = 'c1') => ({
  type: 'breathing-room:save-note' as const,
  text,
  contactId,
  contactName: 'Jordan Avery',
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the notes item', () => {
  it('with no key stored, the journal is an empty list (nothing set aside)', async () => {
    expect(await notesItem.get()).toEqual([]);
    expect(await setAsideItem.get()).toEqual([]);
  });

  it('keeps a saved note exactly: text, date, contact id and the name at the time', async () => {
    const text = '  I still think about the lake.\n\nNever mind 🙂  ';
    const saved = await saveNote({ text, contactId: 'c1', contactName: 'Jordan Avery' }, new Date(2026, 11, 2, 9, 30));
    expect(await notesItem.get()).toEqual([
      { id: saved.id, text, date: new Date(2026, 11, 2, 9, 30).getTime(), contactId: 'c1', contactName: 'Jordan Avery' },
    ]);
    expect(saved.id).toMatch(/\S/);
  });

  it.each([
    ['not a list', 'my notes'],
    ['a note without text', [{ ...note(1), text: '' }]],
    ['a note without a contact', [{ ...note(1), contactId: undefined }]],
    ['a note past the length bound', [note(1, { text: 'x'.repeat(NOTE_TEXT_MAX + 1) })]],
    ['a date that is not a number', [{ ...note(1), date: 'yesterday' }]],
    ['more notes than the bound', Array.from({ length: NOTES_MAX + 1 }, (_, i) => note(i))],
  ])('an unreadable journal (%s) is set aside whole, never dropped, and the rest keeps working', async (_name, value) => {
    await saveContact(jordan);
    await local().set({ [rawKey]: value });
    expect(await notesItem.get()).toEqual([]);
    const aside = await setAsideItem.get();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: KEYS.notes, raw: JSON.stringify(value) });
    expect(await contactsItem.get()).toEqual([jordan]);
  });

  it('a save over an unreadable journal sets the old value aside and writes the new note', async () => {
    await local().set({ [rawKey]: 'damaged' });
    await saveNote({ text: 'still here', contactId: 'c1', contactName: 'Jordan Avery' });
    expect((await notesItem.get()).map((n) => n.text)).toEqual(['still here']);
    await expect.poll(() => setAsideItem.get()).toMatchObject([{ key: KEYS.notes, raw: '"damaged"' }]);
  });
});

describe('notes migrations', () => {
  it('is at version 1 with a migration for every version after the first', () => {
    expect(NOTES_VERSION).toBe(1);
    for (let v = 2; v <= NOTES_VERSION; v++) expect(noteMigrations[v], `v${v}`).toBeTypeOf('function');
  });

  it('a current (v1) journal is read as it is, and its version stays', async () => {
    await local().set({ [rawKey]: [note(1)], [`${rawKey}$`]: { v: 1 } });
    expect(await validatedItem(NOTES_ITEM).get()).toEqual([note(1)]);
    expect((await local().get(`${rawKey}$`))[`${rawKey}$`]).toEqual({ v: 1 });
  });

  it('the hook is ready: a future v2 runs its step over a stored v1 journal, once', async () => {
    await local().set({ [rawKey]: [note(1)], [`${rawKey}$`]: { v: 1 } });
    let runs = 0;
    const v2 = validatedItem({
      ...NOTES_ITEM,
      version: 2,
      migrations: {
        2: (old) => {
          runs++;
          return (old as Note[]).map((n) => ({ ...n, contactName: n.contactName.toUpperCase() }));
        },
      },
    });
    expect(await v2.get()).toEqual([note(1, { contactName: 'JORDAN AVERY' })]);
    expect(await v2.get()).toEqual([note(1, { contactName: 'JORDAN AVERY' })]);
    expect(runs).toBe(1);
    expect((await local().get(`${rawKey}$`))[`${rawKey}$`]).toEqual({ v: 2 });
  });
});

describe('bounds', () => {
  it(`keeps at most ${NOTES_MAX} notes: the oldest gives way to the newest`, () => {
    const full = Array.from({ length: NOTES_MAX }, (_, i) => note(i));
    const next = withNote(full, note(NOTES_MAX));
    expect(next).toHaveLength(NOTES_MAX);
    expect(next[0]?.id).toBe('n1');
    expect(next.at(-1)?.id).toBe(`n${NOTES_MAX}`);
    expect(NotesSchema.safeParse(next).success).toBe(true);
  });

  it('an import adds its notes to the ones here: one already here stays as it is, and past the bound the oldest give way', () => {
    const merged = mergeNotes([note(2), note(5)], [note(1), note(2, { text: 'changed' }), note(9)]);
    expect(merged).toEqual([note(1), note(2), note(5), note(9)]);
    const many = Array.from({ length: NOTES_MAX }, (_, i) => note(i + 10));
    const full = mergeNotes(many, [note(0)]);
    expect(full).toHaveLength(NOTES_MAX);
    expect(full.map((n) => n.id)).not.toContain('n0');
  });

  it('a draft up to the bound is kept whole, character for character', () => {
    const draft = `é🙂\u200b ${'a'.repeat(NOTE_TEXT_MAX - 5)}`;
    expect(draft.length).toBe(NOTE_TEXT_MAX);
    expect(noteText(draft)).toBe(draft);
  });

  it('a longer draft keeps its first characters, never half of an emoji', () => {
    expect(noteText('b'.repeat(NOTE_TEXT_MAX + 5))).toHaveLength(NOTE_TEXT_MAX);
    const split = `${'c'.repeat(NOTE_TEXT_MAX - 1)}🙂 more`;
    expect(noteText(split)).toBe('c'.repeat(NOTE_TEXT_MAX - 1));
  });

  it('deleting one note leaves the others; newest first for reading', async () => {
    expect(withoutNote([note(1), note(2), note(3)], 'n2').map((n) => n.id)).toEqual(['n1', 'n3']);
    expect(newestFirst([note(1), note(3), note(2)]).map((n) => n.id)).toEqual(['n3', 'n2', 'n1']);
    await notesItem.set([note(1), note(2)]);
    await deleteNote('n1');
    expect(await notesItem.get()).toEqual([note(2)]);
    await restoreNote(note(1));
    expect(await notesItem.get()).toEqual([note(1), note(2)]);
    await deleteAllNotes();
    expect(await notesItem.get()).toEqual([]);
  });
});

describe('saving through the background worker', () => {
  it('saves from two messenger tabs at once both land', async () => {
    fakeBrowser.runtime.onMessage.addListener(polyfilled(answerSaveNoteRequest));
    // Two tabs, each saving as its content script does, without waiting for the other.
    const answers = await Promise.all([
      saveNoteInBackground(request('from the first tab')),
      saveNoteInBackground(request('from the second tab', 'c2')),
    ]);
    expect(answers).toEqual([true, true]);
    expect((await notesItem.get()).map((n) => n.text).sort()).toEqual(['from the first tab', 'from the second tab']);
  });

  it('ignores every message that is not a valid save, and writes nothing', async () => {
    for (const message of [
      request(''),
      request('x'.repeat(NOTE_TEXT_MAX + 1)),
      request('hi', ''),
      { ...request('hi'), contactName: 'n'.repeat(101) },
      { type: 'breathing-room:kept' },
      { type: 'breathing-room:save-note', text: 42, contactId: 'c1', contactName: 'J' },
      'Save to my notes',
      null,
    ]) {
      expect(answerSaveNoteRequest(message), JSON.stringify(message)?.slice(0, 60)).toBeUndefined();
    }
    expect(await local().get(null)).toEqual({});
  });

  it('when the worker cannot be reached, the page is told (false) and writes nothing itself', async () => {
    // No listener: as when the worker is gone. The page never touches the journal.
    expect(await saveNoteInBackground(request('lost?'))).toBe(false);
    expect(await local().get(null)).toEqual({});
  });
});

describe('notes in a backup', () => {
  it('are left out of an export unless asked for, and in it when they are', async () => {
    await saveContact(jordan);
    await notesItem.set([note(1)]);
    const without = await exportAll(new Date(2026, 11, 2));
    expect(without).not.toHaveProperty('notes');
    expect(JSON.stringify(without)).not.toContain('note 1');
    expect((await exportAll(new Date(2026, 11, 2), { includeNotes: true })).notes).toEqual([note(1)]);
  });

  it('a file with notes imports them, added to the notes kept here (none lost, none twice)', async () => {
    await notesItem.set([note(1), note(2)]);
    const text = JSON.stringify(makeBackup([jordan], DEFAULT_PREFERENCES, {}, new Date(), [note(2, { text: 'other copy' }), note(3)]));
    const result = readBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await importAll(result.backup);
    expect(await notesItem.get()).toEqual([note(1), note(2), note(3)]);
    expect(await contactsItem.get()).toEqual([jordan]);
  });

  it('a file without notes imports the rest and leaves the notes here as they are', async () => {
    await notesItem.set([note(1)]);
    const result = readBackup(JSON.stringify(makeBackup([jordan], DEFAULT_PREFERENCES, {})));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await importAll(result.backup);
    expect(await notesItem.get()).toEqual([note(1)]);
    expect(await contactsItem.get()).toEqual([jordan]);
  });

  it('a round trip through a file keeps every note exactly', async () => {
    await notesItem.set([note(1), note(2, { text: 'línea uno\nline two 🙂' })]);
    const text = JSON.stringify(await exportAll(new Date(), { includeNotes: true }));
    fakeBrowser.reset();
    const result = readBackup(text);
    if (!result.ok) throw new Error(result.message);
    await importAll(result.backup);
    expect(await notesItem.get()).toEqual([note(1), note(2, { text: 'línea uno\nline two 🙂' })]);
  });

  it('a full journal at the bounds still fits in a backup file', () => {
    const notes = Array.from({ length: NOTES_MAX }, (_, i) => note(i, { text: 'ñ'.repeat(NOTE_TEXT_MAX) }));
    const text = JSON.stringify(makeBackup([jordan], DEFAULT_PREFERENCES, {}, new Date(), notes));
    expect(text.length).toBeLessThan(BACKUP_MAX_BYTES);
    expect(readBackup(text).ok).toBe(true);
  });

  it.each([
    ['a note too long', [note(1, { text: 'x'.repeat(NOTE_TEXT_MAX + 1) })]],
    ['a note without text', [{ ...note(1), text: '' }]],
    ['notes that are not a list', { n1: note(1) }],
    ['the same note twice', [note(1), note(1)]],
    ['more notes than the bound', Array.from({ length: NOTES_MAX + 1 }, (_, i) => note(i))],
  ])('refuses a file with %s, and changes nothing', async (_name, notes) => {
    await saveContact(jordan);
    await notesItem.set([note(9)]);
    const before = await local().get(null);
    const result = readBackup(JSON.stringify({ ...makeBackup([], DEFAULT_PREFERENCES, {}), notes }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/nothing was imported/);
    expect(await local().get(null)).toEqual(before);
  });
});

describe('delete everything', () => {
  it('removes the notes and their version with everything else', async () => {
    await saveContact(jordan);
    await saveNote({ text: 'gone', contactId: 'c1', contactName: 'Jordan Avery' });
    expect(Object.keys(await local().get(null))).toContain(rawKey);
    await deleteEverything();
    expect(await local().get(null)).toEqual({});
    expect(await notesItem.get()).toEqual([]);
  });
});
