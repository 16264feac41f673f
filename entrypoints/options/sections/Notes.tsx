/**
 * Options: the unsent notes, newest first, each with its date, contact and a
 * "Delete" button (with undo); "Delete all notes" after a confirmation. The
 * journal is read here, on the extension's own page, never on a messenger's.
 */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { useStored } from '@/components/use-stored';
import { newestFirst } from '@/lib/notes';
import { notesItem } from '@/lib/settings/items';
import type { Note } from '@/lib/settings/schema';
import { deleteAllNotes, deleteNote, restoreNote } from '@/lib/settings/storage';

const when = (date: number) => new Date(date).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function NotesSection() {
  const notes = useStored(notesItem);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [allDeleted, setAllDeleted] = useState(false);
  const undoTimer = useRef(0);

  const remove = async (note: Note) => {
    await deleteNote(note.id);
    setAllDeleted(false);
    setDeleted(note);
    clearTimeout(undoTimer.current);
    undoTimer.current = window.setTimeout(() => setDeleted(null), 15_000);
  };

  const list = newestFirst(notes ?? []);
  return (
    <section aria-labelledby="notes-heading" aria-busy={notes === undefined}>
      <h2 id="notes-heading">{i18n.t('notes.heading')}</h2>
      <p class="hint">{i18n.t('notes.hint')}</p>
      {deleted && (
        <div class="toast" role="status">
          <span>{i18n.t('notes.deleted')}</span>
          <button
            type="button"
            onClick={async () => {
              await restoreNote(deleted);
              setDeleted(null);
            }}
          >
            {i18n.t('options.undo')}
          </button>
        </div>
      )}
      {allDeleted && (
        <p class="message" role="status">
          {i18n.t('notes.deletedAll')}
        </p>
      )}
      {notes && list.length === 0 && !allDeleted && <p class="intro">{i18n.t('notes.empty')}</p>}
      {list.length > 0 && (
        <ul class="notes">
          {list.map((note) => (
            <li class="note" key={note.id}>
              <p class="note-meta" id={`note-${note.id}`}>
                {i18n.t('notes.meta', [when(note.date), note.contactName])}
              </p>
              <p class="note-text">{note.text}</p>
              <div class="actions">
                {/* The name stays exactly "Delete"; which note it deletes is its description. */}
                <button type="button" aria-describedby={`note-${note.id}`} onClick={() => void remove(note)}>
                  {i18n.t('notes.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.length > 0 && (
        <div class="actions start">
          {confirming ? (
            <>
              <span>{i18n.t('notes.deleteAllConfirm', [String(list.length)])}</span>
              <button type="button" onClick={() => setConfirming(false)}>
                {i18n.t('notes.keepAll')}
              </button>
              <button
                type="button"
                class="danger"
                onClick={async () => {
                  await deleteAllNotes();
                  setConfirming(false);
                  setDeleted(null);
                  setAllDeleted(true);
                }}
              >
                {i18n.t('notes.deleteAllYes')}
              </button>
            </>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              {i18n.t('notes.deleteAll')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
