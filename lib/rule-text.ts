/**
 * What each rule says, in the person's language: a short, kind explanation,
 * the few words that tripped it when there are some, and something to try
 * instead. The rules themselves (lib/rules) return data only.
 */
import { i18n } from '#i18n';
import type { Finding, RuleId } from '@/lib/rules/types';

const KEYS = {
  'too-long': 'tooLong',
  confession: 'confession',
  autopsy: 'autopsy',
  pleading: 'pleading',
  labels: 'labels',
  'late-night': 'lateNight',
  'double-text': 'doubleText',
  'too-soon': 'tooSoon',
  'space-window': 'spaceWindow',
} as const satisfies Record<RuleId, string>;

export interface RuleText {
  message: string;
  /** "You wrote “…”." when the rule read particular words, else null. */
  quote: string | null;
  suggestion: string;
}

export function ruleText(finding: Pick<Finding, 'rule' | 'trigger'>): RuleText {
  const key = KEYS[finding.rule];
  const trigger = finding.trigger?.trim();
  return {
    message: i18n.t(`rule.${key}.message`),
    quote: trigger ? i18n.t('draftCheck.quote', [trigger]) : null,
    suggestion: i18n.t(`rule.${key}.suggestion`),
  };
}

/** The rule's name, for settings. */
export function ruleLabel(rule: RuleId): string {
  return i18n.t(`rule.label.${KEYS[rule]}`);
}
