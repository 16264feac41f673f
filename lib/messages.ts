/** Messages between the popup and the messenger content script, validated at both ends. */
import * as z from 'zod/mini';

export const StatusRequestSchema = z.object({ type: z.literal('breathing-room:status') });
export type StatusRequest = z.infer<typeof StatusRequestSchema>;

export const PageStatusSchema = z.object({
  site: z.string(),
  /** none: no conversation recognised; other: someone else's chat; contact: the saved contact's. */
  chat: z.enum(['none', 'other', 'contact']),
});
export type PageStatus = z.infer<typeof PageStatusSchema>;

export const STATUS_REQUEST: StatusRequest = { type: 'breathing-room:status' };
