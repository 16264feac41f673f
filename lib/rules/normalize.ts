/**
 * Draft text -> comparable word tokens. Case, accents, apostrophes and
 * repeated letters ("sooo", "pleeease") are folded; sentence ends become a
 * boundary token `|`; shorthand ("ily", "u", "tqm") is expanded per language.
 */

export const BOUNDARY = '|';
export const ANY_WORD = '*';

const ACCENTS = /[\u0300-\u036F]/g;
const APOSTROPHES = /['’‘`´ʼ]/g;
const SENTENCE_END = /[.!?¡¿;:\n\r…]+/g;
const NOT_WORD = /[^\p{L}\p{N}|]+/gu;
const REPEATS = /(\p{L})\1+/gu;

/** Lower-case, accent-free, apostrophe-free words and boundaries. */
export function baseTokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/\|/g, ' ')
    .replace(SENTENCE_END, ` ${BOUNDARY} `)
    .replace(NOT_WORD, ' ');
  const out: string[] = [];
  for (const raw of folded.split(' ')) {
    if (!raw) continue;
    const token = raw === BOUNDARY ? raw : raw.replace(REPEATS, '$1');
    if (token === BOUNDARY && out[out.length - 1] === BOUNDARY) continue;
    out.push(token);
  }
  return out;
}

/** Expands shorthand words into their full form, word by word. */
export function expandShorthand(tokens: readonly string[], shorthand: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const full = shorthand.get(token);
    if (full) out.push(...full);
    else out.push(token);
  }
  return out;
}

/** A phrase pattern's tokens, normalised exactly like draft text (keeping `*`). */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (word === ANY_WORD || word === BOUNDARY ? [word] : baseTokens(word)));
}
