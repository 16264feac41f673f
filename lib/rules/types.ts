import type { Phase } from '@/lib/phase';

/** Rule ids, as named in DESIGN.md's contract. */
export const RULE_IDS = [
  'too-long',
  'confession',
  'autopsy',
  'pleading',
  'labels',
  'late-night',
  'double-text',
  'too-soon',
  'space-window',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The rules that read the text alone; the rest need a context. */
export const TEXT_RULES: readonly RuleId[] = ['too-long', 'confession', 'autopsy', 'pleading', 'labels'];

/** The text rules the classifier reads (one head each); too-long is measured. */
export const MODEL_RULES = ['confession', 'autopsy', 'pleading', 'labels'] as const;
export type ModelRule = (typeof MODEL_RULES)[number];

/**
 * What a rule found: its id and data, never words for the person (the UI
 * turns a finding into words in their language).
 */
export interface Finding {
  rule: RuleId;
  /** For a rule the classifier reads: the draft's own words that weighed most, as written. */
  trigger?: string;
  /** For a rule the classifier reads: its confidence, 0 to 1. */
  score?: number;
  /** For too-long: the draft's length as measured. */
  chars?: number;
  words?: number;
}

export interface DraftLimits {
  maxWords: number;
  maxChars: number;
}

export interface QuietHours {
  /** Hour (0-23) quiet time starts, inclusive. */
  start: number;
  /** Hour (0-23) quiet time ends, exclusive; may be before start (across midnight). */
  end: number;
}

export interface DraftContext {
  now?: Date;
  phase?: Phase | null;
  /** Whether the newest message in the conversation is the person's own. */
  lastMessageMine?: boolean | null;
  /** When the person last wrote to this contact (epoch ms). */
  lastSentAt?: number | null;
  quietHours?: QuietHours;
  limits?: Partial<DraftLimits>;
  /** Rules switched off by the person. */
  disabled?: readonly RuleId[];
}
