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

export interface Finding {
  rule: RuleId;
  /** A short, kind explanation of what the draft does. */
  message: string;
  /** What to try instead. */
  suggestion: string;
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

/** A language's phrases per lexical rule, written as plain phrases (see phrase syntax in match.ts). */
export interface Lexicon {
  language: string;
  /** Shorthand expanded before matching ("ily" -> "i love you"). Keys are single normalised words. */
  shorthand: Record<string, string>;
  phrases: Record<'confession' | 'autopsy' | 'pleading' | 'labels', readonly string[]>;
}
