/**
 * Tokens -> hashed features, shared by training (scripts/train-rules.ts) and
 * inference (model.ts) so the two can never drift: word uni-, bi- and
 * trigrams (a word in a negation's reach is its own unigram, "~miss") and
 * character 3- and 4-grams of each word, for typos and endings. Each feature
 * remembers the tokens it came from, to explain a finding.
 */
import { BOUNDARY, tokenKey, type Token } from '@/lib/rules/tokens';

/** Feature space size: 2^20 buckets; collisions are rare at our vocabulary. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

/** A window is at most this many tokens: a sentence, or a slice of a run-on. */
export const WINDOW_TOKENS = 40;
const WINDOW_STRIDE = 20;

export interface Feature {
  id: number;
  /** The first and last token it was read from (inclusive). */
  from: number;
  to: number;
  /** A word n-gram (quotable), not a character n-gram. */
  word: boolean;
}

/** FNV-1a, 32 bits, over UTF-16 code units, masked to the feature space. */
export function hash(s: string): number {
  return tokenKey(s) & MASK;
}

// Feature kinds, mixed into the hash so a word and a bigram never share a key by design.
const UNI = 0x1b873593;
const NEG = 0x2c1b3c6d;
const BI = 0x297a2d39;
const TRI = 0x68e31da4;
const CHAR = 0x5f356495;
const EDGE = tokenKey(BOUNDARY);

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  return Math.imul(h, 0x1b873593) >>> 0;
}
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & MASK;
}

/**
 * The spans the classifier reads: each sentence (a long one in overlapping
 * slices), and the whole draft too when it is short. A draft breaks a rule
 * when any window does, so a confession inside a long, friendly message is
 * still found.
 */
export function windows(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let words = 0;
  let start = 0;
  const sentence = (from: number, to: number) => {
    if (to < from) return;
    if (to - from + 1 <= WINDOW_TOKENS) out.push([from, to]);
    else
      for (let s = from; ; s += WINDOW_STRIDE) {
        out.push([s, Math.min(to, s + WINDOW_TOKENS - 1)]);
        if (s + WINDOW_TOKENS - 1 >= to) break;
      }
  };
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text === BOUNDARY) {
      sentence(start, i - 1);
      start = i + 1;
    } else words++;
  }
  sentence(start, tokens.length - 1);
  if (out.length > 1 && words <= WINDOW_TOKENS) out.push([0, tokens.length - 1]);
  return out;
}

// Function words carry no meaning alone ("you", "te", "the"): they count only inside bi- and trigrams.
const FUNCTION_WORDS = new Set(
  (
    'i you me my your the a an to and of in on at it is are am was be do did that this so we he she they them ' +
    'for with just what can will would have has had not im ur u yo tu te me mi que de la el lo los las y a en es un una por para con se le'
  ).split(' '),
);

export type FeatureVisitor = (id: number, from: number, to: number, word: boolean) => void;

// A window's features are deduplicated in one small open-addressed table, reused for every window with a
// fresh stamp: scoring runs on every pause in typing, so it allocates nothing per feature. A window has at
// most a few hundred features; the table has room for 2,048 before it would degrade.
const SLOTS = 1 << 12;
const slotIds = new Int32Array(SLOTS);
const slotStamps = new Uint32Array(SLOTS);
let stamp = 0;

/** True the first time id is offered in the current window. */
function fresh(id: number): boolean {
  let i = (Math.imul(id, 0x9e3779b1) >>> 20) & (SLOTS - 1);
  for (let probes = 0; probes < SLOTS; probes++) {
    if (slotStamps[i] !== stamp) {
      slotStamps[i] = stamp;
      slotIds[i] = id;
      return true;
    }
    if (slotIds[i] === id) return false;
    i = (i + 1) & (SLOTS - 1);
  }
  return false;
}

/** Visits each feature of tokens[from..to] once. */
export function eachFeature(tokens: readonly Token[], from: number, to: number, visit: FeatureVisitor): void {
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    slotStamps.fill(0);
    stamp = 1;
  }
  // Each feature once per window, however often it recurs.
  const emit = (hash: number, start: number, end: number, wordLevel: boolean) => {
    const id = finish(hash);
    if (fresh(id)) visit(id, start, end, wordLevel);
  };
  for (let i = from; i <= to; i++) {
    const token = tokens[i]!;
    const w = token.text;
    if (w === BOUNDARY) continue;
    const k = token.key;
    // The window's edges read as boundaries: "miss you" at the end of a sentence differs from "miss you guys".
    const prev = i - 1 < from ? EDGE : tokens[i - 1]!.key;
    const next = i + 1 > to ? EDGE : tokens[i + 1]!.key;
    if (!FUNCTION_WORDS.has(w)) emit(mix(token.negated ? NEG : UNI, k), i, i, true);
    emit(mix(mix(BI, prev), k), prev === EDGE ? i : i - 1, i, true);
    if (next === EDGE) emit(mix(mix(BI, k), EDGE), i, i, true);
    if (prev !== EDGE) {
      const prev2 = i - 2 < from ? EDGE : tokens[i - 2]!.key;
      emit(mix(mix(mix(TRI, prev2), prev), k), Math.max(from, i - 2), i, true);
    }
    // Character 4-grams of "<word>", for typos and endings ("missin", "thinkin", "extrañooo").
    const n = w.length + 2;
    if (n >= 5)
      for (let s = 0; s + 4 <= n; s++) {
        let h = CHAR;
        for (let c = s; c < s + 4; c++) h = mix(h, c === 0 ? 60 : c === n - 1 ? 62 : w.charCodeAt(c - 1));
        emit(h, i, i, false);
      }
  }
}

/** The features of tokens[from..to], each once, as a list (training, explanations). */
export function features(tokens: readonly Token[], from: number, to: number): Feature[] {
  const out: Feature[] = [];
  eachFeature(tokens, from, to, (id, a, b, word) => out.push({ id, from: a, to: b, word }));
  return out;
}
