/**
 * "Save to my notes" from the messenger page: the draft goes to the
 * background worker, the journal's one writer. There is no fallback here: the
 * page never reads or writes the journal itself, so if the worker cannot be
 * reached the person is told, and the draft is still in the composer.
 */
import { browser } from 'wxt/browser';
import type { SaveNoteRequest } from '@/lib/messages';

/** True once the worker has written the note. */
export async function saveNoteInBackground(request: SaveNoteRequest): Promise<boolean> {
  try {
    return (await browser.runtime.sendMessage(request)) === true;
  } catch {
    return false;
  }
}
