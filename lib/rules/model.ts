/**
 * The text classifier: one logistic head per rule over hashed features
 * (features.ts), weights trained by `npm run train:rules` and stored
 * quantised in model-weights.ts. A draft breaks a rule when its strongest
 * window scores at or above the head's threshold; the words that weighed most
 * in that window are its trigger.
 */
import { eachFeature, windows } from '@/lib/rules/features';
import { BOUNDARY, tokenize, type Token } from '@/lib/rules/tokens';
import type { ModelRule } from '@/lib/rules/types';

export interface ModelData {
  version: 1;
  hashBits: number;
  heads: readonly ModelRule[];
  bias: readonly number[];
  /** Per head: a stored int8 weight times scale is the weight. */
  scale: readonly number[];
  threshold: readonly number[];
  /** Feature buckets, ascending, as base64 of delta-coded varints. */
  ids: string;
  /** int8 weights, one per head for each bucket in turn, as base64. */
  weights: string;
}

export interface Model {
  heads: readonly ModelRule[];
  bias: readonly number[];
  threshold: readonly number[];
  /** Bucket -> weights, one per head. */
  table: Map<number, Float32Array>;
}

export interface HeadResult {
  rule: ModelRule;
  score: number;
  hit: boolean;
  /** Source span of the trigger words in the draft. */
  span: [number, number] | null;
}

function bytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function loadModel(data: ModelData): Model {
  const idBytes = bytes(data.ids);
  const weights = new Int8Array(bytes(data.weights).buffer);
  const heads = data.heads.length;
  const table = new Map<number, Float32Array>();
  let id = 0;
  let row = 0;
  for (let i = 0; i < idBytes.length; ) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = idBytes[i++]!;
      delta += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    id += delta;
    const w = new Float32Array(heads);
    for (let h = 0; h < heads; h++) w[h] = weights[row * heads + h]! * data.scale[h]!;
    table.set(id, w);
    row++;
  }
  return { heads: data.heads, bias: data.bias, threshold: data.threshold, table };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const TRIGGER_TOKENS = 6;

/**
 * The words of a window that weighed most for one head, as a token range: the
 * run of up to TRIGGER_TOKENS words, within one sentence, whose word n-grams
 * add up to the most, each word past the first paying its way.
 */
function trigger(tokens: readonly Token[], from: number, to: number, model: Model, head: number): [number, number] | null {
  const weight = new Float64Array(to - from + 1);
  eachFeature(tokens, from, to, (id, a, b, word) => {
    const w = word ? (model.table.get(id)?.[head] ?? 0) : 0;
    if (w > 0) for (let i = a; i <= b; i++) weight[i - from]! += w / (b - a + 1);
  });
  let peak = 0;
  for (const w of weight) peak = Math.max(peak, w);
  // Each word beyond the first must earn its place: a third of the strongest word's weight.
  const cost = peak / 3;
  let best: [number, number] | null = null;
  let bestScore = 0;
  for (let a = from; a <= to; a++) {
    let sum = 0;
    for (let b = a; b <= to && b - a < TRIGGER_TOKENS && tokens[b]!.text !== BOUNDARY; b++) {
      sum += weight[b - from]!;
      const score = sum - cost * (b - a);
      if (score > bestScore) {
        bestScore = score;
        best = [a, b];
      }
    }
  }
  return best;
}

/** Every head's verdict on the draft. */
export function readText(text: string, model: Model): HeadResult[] {
  const tokens = tokenize(text);
  const heads = model.heads.length;
  const best = model.heads.map(() => ({ z: -Infinity, from: 0, to: -1 }));
  const z = new Float64Array(heads);
  const visit = (id: number) => {
    const w = model.table.get(id);
    if (w) for (let h = 0; h < heads; h++) z[h]! += w[h]!;
  };
  for (const [from, to] of windows(tokens)) {
    z.set(model.bias);
    eachFeature(tokens, from, to, visit);
    for (let h = 0; h < heads; h++) if (z[h]! > best[h]!.z) best[h] = { z: z[h]!, from, to };
  }
  return model.heads.map((rule, h) => {
    const { z, from, to } = best[h]!;
    const score = to < from ? 0 : sigmoid(z);
    const hit = score >= model.threshold[h]!;
    const range = hit ? trigger(tokens, from, to, model, h) : null;
    return { rule, score, hit, span: range ? [tokens[range[0]]!.start, tokens[range[1]]!.end] : null };
  });
}
