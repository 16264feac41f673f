/**
 * checkDraft(text, context?): which of the rules a draft breaks. Pure, never
 * throws, linear in the draft's length. Reads English and Spanish drafts
 * alike, whatever the interface language. Without a context only the rules
 * that depend on the text alone apply.
 */
import { isNoContact } from '@/lib/phase';
import { en } from '@/lib/rules/lexicon/en';
import { es } from '@/lib/rules/lexicon/es';
import { ruleText } from '@/lib/rules/messages';
import { baseTokens, BOUNDARY } from '@/lib/rules/normalize';
import { compileLexicon, lexicalHits, type CompiledLexicon, type LexicalRule } from '@/lib/rules/phrases';
import { RULE_IDS, type DraftContext, type DraftLimits, type Finding, type QuietHours, type RuleId } from '@/lib/rules/types';

export { RULE_IDS, TEXT_RULES } from '@/lib/rules/types';
export type { DraftContext, Finding, RuleId } from '@/lib/rules/types';

export const DEFAULT_LIMITS: DraftLimits = { maxWords: 25, maxChars: 160 };
export const DEFAULT_QUIET_HOURS: QuietHours = { start: 22, end: 7 };
export const TOO_SOON_MS = 2 * 24 * 60 * 60 * 1000;

const HEARTS = /(?:❤|♥|❣|💕|💖|💗|💓|💞|💘|💝|💟|🧡|💛|💚|💙|💜|🤎|🖤|🤍|🩷|🩵|🩶|😍|🥰|😘|💋|💑|💏)/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const HAS_HEART = new RegExp(HEARTS.source, 'u');

let lexicons: CompiledLexicon[] | undefined;
const compiled = () => (lexicons ??= [compileLexicon(en), compileLexicon(es)]);

function tooLong(text: string, limits: DraftLimits): boolean {
  const trimmed = text.trim();
  if ([...trimmed].length > limits.maxChars) return true;
  if (trimmed.split(/\s+/).filter((w) => HAS_WORD.test(w)).length > limits.maxWords) return true;
  const paragraphs = trimmed.split(/\n\s*\n/).filter((p) => p.trim());
  const lines = trimmed.split(/\n/).filter((l) => l.trim());
  return paragraphs.length > 1 || lines.length > 2;
}

function heartString(text: string): boolean {
  const hearts = text.match(HEARTS)?.length ?? 0;
  return hearts >= 2 || (hearts === 1 && !HAS_WORD.test(text));
}

export function inQuietHours(now: Date, quiet: QuietHours): boolean {
  const h = now.getHours();
  return quiet.start > quiet.end ? h >= quiet.start || h < quiet.end : h >= quiet.start && h < quiet.end;
}

export function checkDraft(text: string, context?: DraftContext): Finding[] {
  if (typeof text !== 'string' || (!HAS_WORD.test(text) && !HAS_HEART.test(text))) return [];
  const hits = new Set<RuleId>();

  if (tooLong(text, { ...DEFAULT_LIMITS, ...context?.limits })) hits.add('too-long');
  const lexical = new Set<LexicalRule>();
  const base = baseTokens(text);
  if (base.some((t) => t !== BOUNDARY)) for (const lexicon of compiled()) lexicalHits(base, lexicon, lexical);
  if (heartString(text)) lexical.add('confession');
  for (const rule of lexical) hits.add(rule);

  if (context) {
    const now = context.now ?? new Date();
    if (inQuietHours(now, context.quietHours ?? DEFAULT_QUIET_HOURS)) hits.add('late-night');
    if (context.lastMessageMine === true) hits.add('double-text');
    const since = context.lastSentAt == null ? Infinity : now.getTime() - context.lastSentAt;
    if (since >= 0 && since < TOO_SOON_MS) hits.add('too-soon');
    if (isNoContact(context.phase ?? null)) hits.add('space-window');
  }

  const disabled = new Set(context?.disabled ?? []);
  return RULE_IDS.filter((rule) => hits.has(rule) && !disabled.has(rule)).map((rule) => ({ rule, ...ruleText(rule) }));
}
