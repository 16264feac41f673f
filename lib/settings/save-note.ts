/** "Save to my notes", in the background worker: the one writer of the journal. */
import { SaveNoteRequestSchema } from '@/lib/messages';
import { saveNote } from '@/lib/settings/storage';

/** The worker's listener: saves a valid request (answering true), ignores every other message. */
export function answerSaveNoteRequest(message: unknown): Promise<true> | undefined {
  const request = SaveNoteRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  const { text, contactId, contactName } = request.data;
  return saveNote({ text, contactId, contactName }).then(() => true);
}
