/** Messages between the extension's parts, validated at both ends. */
import * as z from 'zod/mini';
import { NAME_MAX, NOTE_TEXT_MAX } from '@/lib/settings/bounds';

/** Popup -> messenger content script: which chat is open? */
export const StatusRequestSchema = z.object({ type: z.literal('breathing-room:status') });
export type StatusRequest = z.infer<typeof StatusRequestSchema>;

export const PageStatusSchema = z.object({
  site: z.string(),
  /** none: no conversation recognised; other: someone else's chat; contact: the saved contact's. */
  chat: z.enum(['none', 'other', 'contact']),
});
export type PageStatus = z.infer<typeof PageStatusSchema>;

export const STATUS_REQUEST: StatusRequest = { type: 'breathing-room:status' };

/**
 * Messenger content script -> background worker: something to count. The
 * worker is the one writer of counts, so sends from two tabs (two page
 * origins, which share no lock) both land. Counts and an id only: never text.
 */
export const RecordRequestSchema = z.union([
  z.object({
    type: z.literal('breathing-room:sent'),
    contactId: z.string().check(z.minLength(1), z.maxLength(64)),
    afterPause: z.boolean(),
  }),
  z.object({ type: z.literal('breathing-room:kept') }),
  /** A pause opened in the contact's chat: one more attempt today. */
  z.object({ type: z.literal('breathing-room:paused'), contactId: z.string().check(z.minLength(1), z.maxLength(64)) }),
]);
export type RecordRequest = z.infer<typeof RecordRequestSchema>;

/**
 * Messenger content script -> background worker: "Save to my notes". The
 * page never reads the journal; the worker is its one writer (under the
 * lock, so saves from two tabs both land). The text stays inside the
 * extension: a content script's message reaches only its own worker.
 */
export const SaveNoteRequestSchema = z.object({
  type: z.literal('breathing-room:save-note'),
  text: z.string().check(z.minLength(1), z.maxLength(NOTE_TEXT_MAX)),
  contactId: z.string().check(z.minLength(1), z.maxLength(64)),
  contactName: z.string().check(z.maxLength(NAME_MAX)),
});
export type SaveNoteRequest = z.infer<typeof SaveNoteRequestSchema>;
