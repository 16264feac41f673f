/**
 * What each rule says, in the person's language: a short, kind explanation,
 * the few words that tripped it when there are some, and something to try
 * instead. The rules themselves (lib/rules) return data only.
 */
import { i18n } from '#i18n';
import type { ReplyAdvice, ReplyNote } from '@/lib/reply';
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

/**
 * When they wrote last, some suggestions change: in the space window they
 * need no answer now; reconnecting, a brief reply is the right size; in
 * safety mode nothing is owed (and nothing encourages a reply).
 */
const REPLY_SUGGESTIONS = {
  'answer-later': { 'space-window': 'rule.spaceWindow.replyLater' },
  'short-reply': { 'too-long': 'rule.tooLong.replySuggestion', 'too-soon': 'rule.tooSoon.replySuggestion' },
  'no-reply-owed': { 'space-window': 'rule.spaceWindow.noReplyOwed' },
} as const satisfies Partial<Record<ReplyAdvice, Partial<Record<RuleId, string>>>>;

type ReplyKey = {
  [A in keyof typeof REPLY_SUGGESTIONS]: (typeof REPLY_SUGGESTIONS)[A][keyof (typeof REPLY_SUGGESTIONS)[A]];
}[keyof typeof REPLY_SUGGESTIONS];

function replySuggestion(rule: RuleId, reply: ReplyNote | null): ReplyKey | undefined {
  if (!reply || !(reply.advice in REPLY_SUGGESTIONS)) return undefined;
  const byRule: Partial<Record<RuleId, ReplyKey>> = REPLY_SUGGESTIONS[reply.advice as keyof typeof REPLY_SUGGESTIONS];
  return byRule[rule];
}

/** What a finding says; with `reply` (who wrote last), in words that follow it. */
export function ruleText(finding: Pick<Finding, 'rule' | 'trigger'>, reply: ReplyNote | null = null): RuleText {
  const key = KEYS[finding.rule];
  const trigger = finding.trigger?.trim();
  const replyKey = replySuggestion(finding.rule, reply);
  return {
    message: i18n.t(`rule.${key}.message`),
    quote: trigger ? i18n.t('draftCheck.quote', [trigger]) : null,
    suggestion: i18n.t(replyKey ?? `rule.${key}.suggestion`),
  };
}

/** The rule's name, for settings. */
export function ruleLabel(rule: RuleId): string {
  return i18n.t(`rule.label.${KEYS[rule]}`);
}
