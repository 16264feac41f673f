/**
 * checkDraft(text, context?): which of the rules a draft breaks. Pure (plain
 * Node, no browser API, no wording: the UI turns findings into words), never
 * throws, linear in the draft's length. Reads English and Spanish drafts
 * alike. Without a context only the rules that depend on the text alone apply.
 *
 * The content script does not import this module (it would carry the model):
 * it checks the measured rules itself (context.ts) and asks the background
 * worker for the rest (text.ts).
 */
import { measuredFindings } from '@/lib/rules/context';
import { mergeFindings } from '@/lib/rules/findings';
import { textFindings } from '@/lib/rules/text';
import type { DraftContext, Finding } from '@/lib/rules/types';

export { RULE_IDS, TEXT_RULES, MODEL_RULES } from '@/lib/rules/types';
export type { DraftContext, Finding, RuleId, ModelRule } from '@/lib/rules/types';
export { DEFAULT_QUIET_HOURS, TOO_SOON_MS, inQuietHours } from '@/lib/rules/context';
export { DEFAULT_LIMITS } from '@/lib/rules/length';

export function checkDraft(text: string, context?: DraftContext): Finding[] {
  if (typeof text !== 'string') return [];
  return mergeFindings([measuredFindings(text, context), textFindings(text)], context?.disabled);
}
