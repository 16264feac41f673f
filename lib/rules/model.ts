/**
 * The text classifier: one logistic head per rule over hashed features
 * (features.ts), weights trained by `npm run train:rules` and stored
 * quantised in model-weights.ts. A draft breaks a rule when its strongest
 * window scores at or above the head's threshold; the words that weighed most
 * in that window are its trigger.
 */
import { eachFeature, features, windows } from '@/lib/rules/features';
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

/** The words of a window that weighed most for one head, as a token range. */
function trigger(tokens: readonly Token[], from: number, to: number, model: Model, head: number): [number, number] | null {
  const weight = new Float64Array(to - from + 1);
  let best: { w: number; a: number; b: number } | null = null;
  for (const f of features(tokens, from, to)) {
    const w = f.word ? (model.table.get(f.id)?.[head] ?? 0) : 0;
    if (w <= 0) continue;
    for (let i = f.from; i <= f.to; i++) weight[i - from]! += w / (f.to - f.from + 1);
    if (!best || w > best.w) best = { w, a: f.from, b: f.to };
  }
  if (!best) return null;
  let peak = 0;
  for (const w of weight) peak = Math.max(peak, w);
  let { a, b } = best;
  const keep = (i: number) => i >= from && i <= to && tokens[i]!.text !== BOUNDARY && weight[i - from]! >= 0.35 * peak;
  while (b - a + 1 < TRIGGER_TOKENS) {
    const left = keep(a - 1) ? weight[a - 1 - from]! : -1;
    const right = keep(b + 1) ? weight[b + 1 - from]! : -1;
    if (left < 0 && right < 0) break;
    if (left >= right) a--;
    else b++;
  }
  return [a, b];
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
