/**
 * The journal of unsent notes as data: pure functions over the list, stored
 * oldest first (lib/settings/items.ts keeps it, the background worker writes it).
 */
import { NOTE_TEXT_MAX, NOTES_MAX } from '@/lib/settings/bounds';
import type { Note } from '@/lib/settings/schema';

const byDate = (a: Note, b: Note) => a.date - b.date;

/** The list with `note` added; past NOTES_MAX the oldest notes give way. */
export function withNote(list: readonly Note[], note: Note): Note[] {
  return [...list.filter((n) => n.id !== note.id), note].sort(byDate).slice(-NOTES_MAX);
}

export function withoutNote(list: readonly Note[], id: string): Note[] {
  return list.filter((n) => n.id !== id);
}

/** An import's notes added to the ones kept here (a note already here stays as it is); newest NOTES_MAX kept. */
export function mergeNotes(current: readonly Note[], incoming: readonly Note[]): Note[] {
  const ids = new Set(current.map((n) => n.id));
  return [...current, ...incoming.filter((n) => !ids.has(n.id))].sort(byDate).slice(-NOTES_MAX);
}

export function newestFirst(list: readonly Note[]): Note[] {
  return [...list].sort((a, b) => b.date - a.date);
}

/** A draft as a note's text: whole up to NOTE_TEXT_MAX characters, never cutting a character in two. */
export function noteText(draft: string): string {
  if (draft.length <= NOTE_TEXT_MAX) return draft;
  const end = /[\uD800-\uDBFF]/.test(draft.charAt(NOTE_TEXT_MAX - 1)) ? NOTE_TEXT_MAX - 1 : NOTE_TEXT_MAX;
  return draft.slice(0, end);
}
