/** Findings from both halves of the check (measured here, read by the classifier there) as one list. */
import { RULE_IDS, type Finding, type RuleId } from '@/lib/rules/types';

/** One finding per rule, in the contract's stable order, without the rules the person switched off. */
export function mergeFindings(lists: readonly (readonly Finding[])[], disabled: readonly RuleId[] = []): Finding[] {
  const byRule = new Map<RuleId, Finding>();
  for (const list of lists) for (const f of list) if (!byRule.has(f.rule)) byRule.set(f.rule, f);
  const off = new Set(disabled);
  return RULE_IDS.filter((rule) => byRule.has(rule) && !off.has(rule)).map((rule) => byRule.get(rule)!);
}
