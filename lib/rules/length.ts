/**
 * too-long, measured: a long letter, not a two-line text. Long means more
 * characters or words than the person's limits (a tweet's worth, 280, by
 * default: every real draft labelled too-long is past it, every other one
 * far below), or a draft set out in paragraphs or many lines with real
 * length to it. "hey\nhow are you?" or three short lines are ordinary texts.
 */
import { wordCount } from '@/lib/rules/tokens';
import type { DraftLimits, Finding } from '@/lib/rules/types';
import { MAX_CHARS, MAX_WORDS } from '@/lib/settings/bounds';

/** The settings' defaults (lib/settings/bounds.ts imports nothing, so the rules stay pure). */
export const DEFAULT_LIMITS: DraftLimits = { maxWords: MAX_WORDS.default, maxChars: MAX_CHARS.default };

/** Paragraphs (or this many lines) make a letter once the draft has this share of the limit. */
const PARAGRAPHS = 2;
const LINES = 4;
const SHAPED_SHARE = 0.5;

export function tooLong(text: string, limits: DraftLimits): Finding | null {
  const trimmed = text.trim();
  let chars = 0;
  for (const _ of trimmed) chars++;
  const words = wordCount(trimmed);
  const found = (): Finding => ({ rule: 'too-long', chars, words });
  if (chars > limits.maxChars || words > limits.maxWords) return found();
  const paragraphs = trimmed.split(/\n\s*\n/).filter((p) => /[\p{L}\p{N}]/u.test(p)).length;
  const lines = trimmed.split('\n').filter((l) => /[\p{L}\p{N}]/u.test(l)).length;
  const shaped = paragraphs >= PARAGRAPHS || lines >= LINES;
  return shaped && (chars > limits.maxChars * SHAPED_SHARE || words > limits.maxWords * SHAPED_SHARE) ? found() : null;
}
