import { i18n } from '#i18n';
import type { NoteNotice } from '@/lib/visit';

/** The one calm line after "Save to my notes". It never shows the note: the page can read what is drawn into it. */
export function NoteSavedLine({ notice }: { notice: NoteNotice }) {
  return (
    <div class="note-saved" role="status">
      <p class="note-saved-text">{notice === 'saved' ? i18n.t('notes.saved') : i18n.t('notes.notSaved')}</p>
    </div>
  );
}
