/**
 * `npm run train:rules`: trains the draft classifier (one logistic head per
 * text rule) on the team's drafts minus the held-out split, and writes
 * lib/rules/model-weights.ts. Deterministic: fixed seed, stable order, so the
 * same data gives byte-identical weights. Never reads ../shared (the real
 * drafts are for evaluation only).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { features, hash, HASH_BITS } from '@/lib/rules/features';
import { loadModel, readText, type ModelData } from '@/lib/rules/model';
import { tokenize } from '@/lib/rules/tokens';
import { MODEL_RULES } from '@/lib/rules/types';
import { augment, isHeldOut, loadDrafts, rng, type Draft } from './rules/data';

const env = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);
export const SETTINGS = {
  seed: 13,
  epochs: env('T_EPOCHS', 12),
  rate: env('T_RATE', 0.3),
  /** Weight decay per update of a feature (L2), keeping rare n-grams small. */
  decay: env('T_DECAY', 3e-3),
  /** Weights smaller than this are dropped from the stored model. */
  prune: env('T_PRUNE', 0.03),
  threshold: env('T_THRESHOLD', 0.5),
  /** A feature must appear in at least this many training drafts to be learned (one-offs are noise). */
  minCount: env('T_MINCOUNT', 2),
  /** Positives weigh up to this much more than negatives. */
  maxClassWeight: env('T_CW', 1),
};

export interface Trained {
  data: ModelData;
  features: number;
}

function featureIds(text: string): Int32Array {
  const tokens = tokenize(text);
  return Int32Array.from(features(tokens, 0, tokens.length - 1).map((f) => f.id));
}

export function train(drafts: readonly Draft[], settings = SETTINGS): Trained {
  const examples = augment(drafts, settings.seed)
    .filter((d) => !d.rules.includes('too-long'))
    .map((d) => ({ x: featureIds(d.text), y: MODEL_RULES.map((rule) => (d.rules.includes(rule) ? 1 : 0)) }));
  const counts = new Map<number, number>();
  for (const e of examples) for (const f of e.x) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const e of examples) e.x = e.x.filter((f) => counts.get(f)! >= settings.minCount);
  const heads = MODEL_RULES.length;
  const size = 1 << HASH_BITS;
  const w = new Float32Array(size * heads);
  const g2 = new Float32Array(size * heads).fill(1e-6);
  const bias = new Float64Array(heads);
  const bias2 = new Float64Array(heads).fill(1e-6);
  // Rules are rarer than no rule: weigh positives up to balance each head.
  const positives = MODEL_RULES.map((_, h) => examples.filter((e) => e.y[h] === 1).length);
  const classWeight = positives.map((p) => Math.min(settings.maxClassWeight, (examples.length - p) / Math.max(1, p)));
  const order = examples.map((_, i) => i);
  const r = rng(settings.seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { x, y } = examples[index]!;
      for (let h = 0; h < heads; h++) {
        let z = bias[h]!;
        for (const f of x) z += w[f * heads + h]!;
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - y[h]!) * (y[h] === 1 ? classWeight[h]! : 1);
        bias2[h]! += g * g;
        bias[h]! -= (settings.rate * g) / Math.sqrt(bias2[h]!);
        for (const f of x) {
          const k = f * heads + h;
          const gk = g + settings.decay * w[k]!;
          g2[k]! += gk * gk;
          w[k]! -= (settings.rate * gk) / Math.sqrt(g2[k]!);
        }
      }
    }
  }
  return { data: pack(w, bias, settings), features: 0 };
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** Keeps the weights that matter, int8 per head, buckets as delta varints. */
function pack(w: Float32Array, bias: Float64Array, settings = SETTINGS): ModelData {
  const heads = MODEL_RULES.length;
  const scale = MODEL_RULES.map((_, h) => {
    let max = 0;
    for (let k = h; k < w.length; k += heads) max = Math.max(max, Math.abs(w[k]!));
    return max / 127;
  });
  const ids: number[] = [];
  const q: number[] = [];
  for (let f = 0; f < w.length / heads; f++) {
    const row = MODEL_RULES.map((_, h) => (Math.abs(w[f * heads + h]!) < settings.prune ? 0 : Math.round(w[f * heads + h]! / scale[h]!)));
    if (row.every((v) => v === 0)) continue;
    ids.push(f);
    q.push(...row);
  }
  const varints: number[] = [];
  let prev = 0;
  for (const id of ids) {
    let d = id - prev;
    prev = id;
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    varints.push(d);
  }
  return {
    version: 1,
    hashBits: HASH_BITS,
    heads: MODEL_RULES,
    bias: [...bias].map((b) => +b.toFixed(4)),
    scale: scale.map((s) => +s.toPrecision(6)),
    threshold: MODEL_RULES.map(() => settings.threshold),
    ids: base64(Uint8Array.from(varints)),
    weights: base64(Uint8Array.from(Int8Array.from(q))),
  };
}

export function modelSource(data: ModelData): string {
  return `// Generated by \`npm run train:rules\` (scripts/train-rules.ts) from data/rules: do not edit.\nimport { loadModel, readText, type ModelData } from '@/lib/rules/model';\n\nexport const MODEL: ModelData = ${JSON.stringify(data, null, 1)};\n`;
}

/**
 * `npm run train:rules -- --tune`: picks decay and threshold on a validation
 * fold of the training drafts (one in five by another stable hash; never the
 * held-out split, never the real drafts), by macro-F1 over the four heads.
 */
function tune(drafts: readonly Draft[]) {
  const isVal = (d: Draft) => hash(`val:${d.text.trim().toLowerCase()}`) % 5 === 0;
  const fit = drafts.filter((d) => !isVal(d));
  const val = drafts.filter(isVal);
  const results: { decay: number; threshold: number; macro: number }[] = [];
  for (const decay of [1e-4, 1e-3, 3e-3, 1e-2, 3e-2]) {
    const { data } = train(fit, { ...SETTINGS, decay });
    for (const threshold of [0.5, 0.6, 0.7, 0.8]) {
      const model = loadModel({ ...data, threshold: MODEL_RULES.map(() => threshold) });
      const got = val.map((d) =>
        readText(d.text, model)
          .filter((h) => h.hit)
          .map((h) => h.rule as string),
      );
      const f1s = MODEL_RULES.map((rule) => {
        let tp = 0,
          fp = 0,
          fn = 0;
        val.forEach((d, i) => {
          const want = d.rules.includes(rule);
          const has = got[i]!.includes(rule);
          if (want && has) tp++;
          else if (has) fp++;
          else if (want) fn++;
        });
        return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
      });
      results.push({ decay, threshold, macro: f1s.reduce((a, b) => a + b, 0) / f1s.length });
    }
  }
  results.sort((a, b) => b.macro - a.macro);
  for (const r of results) console.log(`decay ${r.decay}  threshold ${r.threshold}  validation macro-F1 ${r.macro.toFixed(3)}`);
  console.log(`validation: ${val.length} drafts; best: decay ${results[0]!.decay}, threshold ${results[0]!.threshold}`);
}

if (process.argv[1]?.endsWith('train-rules.ts') && process.argv.includes('--tune')) {
  tune(loadDrafts().filter((d) => !isHeldOut(d.text)));
} else if (process.argv[1]?.endsWith('train-rules.ts')) {
  const drafts = loadDrafts().filter((d) => !isHeldOut(d.text));
  const { data } = train(drafts);
  const source = modelSource(data);
  writeFileSync('lib/rules/model-weights.ts', source);
  const kept = Buffer.from(data.weights, 'base64').length / MODEL_RULES.length;
  console.log(`trained on ${drafts.length} drafts (held-out split left out); ${kept} features kept`);
  console.log(`lib/rules/model-weights.ts: ${source.length} bytes, ${gzipSync(source, { level: 9 }).length} gzip`);
}
