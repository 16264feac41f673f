/** Compiles a lexicon once and finds which lexical rules a token list trips. */
import { ANY_WORD, BOUNDARY, baseTokens, expandShorthand, phraseTokens } from '@/lib/rules/normalize';
import type { Lexicon } from '@/lib/rules/types';

export type LexicalRule = keyof Lexicon['phrases'];

interface Pattern {
  rule: LexicalRule;
  tokens: readonly string[];
  /** Offset of the token used as the index key. */
  anchor: number;
}

export interface CompiledLexicon {
  shorthand: ReadonlyMap<string, readonly string[]>;
  /** Patterns keyed by their first concrete word. */
  byWord: ReadonlyMap<string, readonly Pattern[]>;
}

// A match right after one of these reads the other way ("I don't miss you").
const NEGATORS = new Set(['not', 'no', 'never', 'nunca', 'jamas', 'ni']);

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const shorthand = new Map<string, readonly string[]>();
  for (const [short, full] of Object.entries(lexicon.shorthand)) {
    const key = baseTokens(short)[0];
    if (key) shorthand.set(key, baseTokens(full));
  }
  const byWord = new Map<string, Pattern[]>();
  for (const [rule, phrases] of Object.entries(lexicon.phrases) as [LexicalRule, readonly string[]][]) {
    for (const phrase of phrases) {
      const tokens = phraseTokens(phrase);
      const anchor = tokens.findIndex((t) => t !== ANY_WORD && t !== BOUNDARY);
      if (anchor === -1) continue;
      const key = tokens[anchor]!;
      const list = byWord.get(key) ?? [];
      list.push({ rule, tokens, anchor });
      byWord.set(key, list);
    }
  }
  return { shorthand, byWord };
}

function matchesAt(tokens: readonly string[], start: number, pattern: readonly string[]): boolean {
  if (start < 0 || start + pattern.length > tokens.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    const got = tokens[start + i]!;
    if (want === ANY_WORD ? got === BOUNDARY : want !== got) return false;
  }
  return true;
}

function negated(tokens: readonly string[], start: number, pattern: readonly string[]): boolean {
  if (NEGATORS.has(pattern[0]!)) return false;
  for (let i = Math.max(0, start - 2); i < start; i++) if (NEGATORS.has(tokens[i]!)) return true;
  return false;
}

/** The lexical rules that `base` (from baseTokens) trips under one language's lexicon. */
export function lexicalHits(base: readonly string[], compiled: CompiledLexicon, into: Set<LexicalRule>): void {
  // Padded with boundaries so `|` also matches either end of the draft.
  const tokens = [BOUNDARY, ...expandShorthand(base, compiled.shorthand), BOUNDARY];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = compiled.byWord.get(tokens[i]!);
    if (!candidates) continue;
    for (const { rule, tokens: pattern, anchor } of candidates) {
      if (into.has(rule)) continue;
      const start = i - anchor;
      if (matchesAt(tokens, start, pattern) && !negated(tokens, start, pattern)) into.add(rule);
    }
  }
}
