/** The background worker's side of the draft check: a valid request gets the text rules' findings, anything else nothing. */
import { DraftCheckRequestSchema, type DraftCheckReply } from '@/lib/draft-check';
import { textFindings } from '@/lib/rules/text';

export function answerDraftCheck(message: unknown): DraftCheckReply | undefined {
  const request = DraftCheckRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  return { type: 'breathing-room:draft-findings', findings: textFindings(request.data.text) };
}
