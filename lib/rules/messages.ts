/** What each rule says, in the person's language: a short, kind explanation and something to try instead. */
import { i18n } from '#i18n';
import type { RuleId } from '@/lib/rules/types';

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

export function ruleText(rule: RuleId): { message: string; suggestion: string } {
  const key = KEYS[rule];
  return { message: i18n.t(`rule.${key}.message`), suggestion: i18n.t(`rule.${key}.suggestion`) };
}

/** The rule's name, for settings. */
export function ruleLabel(rule: RuleId): string {
  return i18n.t(`rule.label.${KEYS[rule]}`);
}
