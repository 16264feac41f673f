/**
 * The draft check between the content script and the background worker,
 * validated at both ends: the content script sends the draft's text, the
 * worker answers with the text rules' findings. Runtime messages stay inside
 * the extension; nothing here goes to the network.
 */
import * as z from 'zod/mini';
import { RULE_IDS } from '@/lib/rules/types';
import { wholeNumber } from '@/lib/whole-number';

/** Longer drafts are checked on their first this-many characters (far past any "too long"). */
export const DRAFT_CHECK_MAX_CHARS = 20_000;

export const DraftCheckRequestSchema = z.object({
  type: z.literal('breathing-room:check-draft'),
  text: z.string().check(z.maxLength(DRAFT_CHECK_MAX_CHARS)),
});
export type DraftCheckRequest = z.infer<typeof DraftCheckRequestSchema>;

export const FindingSchema = z.object({
  rule: z.enum(RULE_IDS),
  trigger: z.optional(z.string().check(z.maxLength(200))),
  score: z.optional(z.number().check(z.gte(0), z.lte(1))),
  chars: z.optional(wholeNumber().check(z.gte(0))),
  words: z.optional(wholeNumber().check(z.gte(0))),
});

export const DraftCheckReplySchema = z.object({
  type: z.literal('breathing-room:draft-findings'),
  findings: z.array(FindingSchema).check(z.maxLength(RULE_IDS.length)),
});
export type DraftCheckReply = z.infer<typeof DraftCheckReplySchema>;

export const draftCheckRequest = (text: string): DraftCheckRequest => ({
  type: 'breathing-room:check-draft',
  text: text.slice(0, DRAFT_CHECK_MAX_CHARS),
});
