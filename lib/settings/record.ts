/** Counting, wherever the request came from: the background worker's handler, and its fallback. */
import { RecordRequestSchema, type RecordRequest } from '@/lib/messages';
import { recordKept, recordPause, recordSend } from '@/lib/settings/storage';

export async function record(request: RecordRequest, now = new Date()): Promise<void> {
  if (request.type === 'breathing-room:sent') await recordSend({ contactId: request.contactId, afterPause: request.afterPause }, now);
  else if (request.type === 'breathing-room:paused') await recordPause(request.contactId, now);
  else await recordKept(now);
}

/** The background worker's listener: counts a valid request, ignores every other message. */
export function answerRecordRequest(message: unknown): Promise<true> | undefined {
  const request = RecordRequestSchema.safeParse(message);
  return request.success ? record(request.data).then(() => true) : undefined;
}
