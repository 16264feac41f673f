/**
 * `npm run bench:rules`: how well the text rules read drafts, honestly.
 * (a) The team's held-out split (never trained on), English and Spanish apart.
 * (b) ../shared/drafts/real-en.json, real messages to an ex, when present
 *     (never trained on). Precision, recall and F1 per rule, macro-F1, the
 * share of real "breaks nothing" messages with no text finding, the time per
 * check on a 2,000-character draft and the model's size. Reports, never fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { checkDraft } from '@/lib/rules';
import { MODEL_RULES, TEXT_RULES, type RuleId } from '@/lib/rules/types';
import { isHeldOut, loadDrafts } from './rules/data';

interface Labelled {
  text: string;
  rules: readonly string[];
}
const REAL = '../shared/drafts/real-en.json';
const REAL_TARGET: RuleId[] = ['too-long', 'confession', 'autopsy', 'pleading'];
const verbose = process.argv.includes('--misses');

const textRules = (text: string) => checkDraft(text).map((f) => f.rule);

function score(set: readonly Labelled[], rules: readonly RuleId[]) {
  const got = set.map((d) => textRules(d.text));
  const rows = rules.map((rule) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    set.forEach((d, i) => {
      const want = d.rules.includes(rule);
      const has = got[i]!.includes(rule);
      if (want && has) tp++;
      else if (has) fp++;
      else if (want) fn++;
    });
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { rule, n: tp + fn, tp, fp, fn, precision, recall, f1 };
  });
  return { rows, got };
}

function print(title: string, set: readonly Labelled[], rules: readonly RuleId[], macroOver: readonly RuleId[] = rules) {
  const { rows, got } = score(set, rules);
  console.log(`\n${title} (${set.length} drafts)`);
  console.log('rule          n    P      R      F1');
  for (const r of rows)
    console.log(`${r.rule.padEnd(12)} ${String(r.n).padStart(3)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}`);
  const macroOf = (over: readonly RuleId[]) => rows.filter((r) => over.includes(r.rule)).reduce((s, r) => s + r.f1, 0) / over.length;
  const macro = macroOf(macroOver);
  console.log(`macro-F1 over ${macroOver.join(', ')}: ${macro.toFixed(3)}`);
  console.log(`macro-F1 over the classifier's four heads (confession, autopsy, pleading, labels): ${macroOf(MODEL_RULES).toFixed(3)}`);
  if (verbose)
    set.forEach((d, i) => {
      const want = d.rules
        .filter((r) => rules.includes(r as RuleId))
        .sort()
        .join(',');
      const has = got[i]!.filter((r) => rules.includes(r))
        .sort()
        .join(',');
      if (want !== has) console.log(`  want [${want}] got [${has}]: ${d.text.slice(0, 110).replace(/\n/g, ' ')}`);
    });
  return { rows, got, macro };
}

const drafts = loadDrafts();
const held = drafts.filter((d) => isHeldOut(d.text));
console.log(
  `Team drafts: ${drafts.length}, held out: ${held.length} (EN ${held.filter((d) => d.lang === 'en').length}, ES ${held.filter((d) => d.lang === 'es').length})`,
);
for (const lang of ['en', 'es'] as const)
  print(
    `Held-out split, ${lang.toUpperCase()}`,
    held.filter((d) => d.lang === lang),
    TEXT_RULES,
  );

if (existsSync(REAL)) {
  const real = JSON.parse(readFileSync(REAL, 'utf8')) as Labelled[];
  const { got } = print('Real English drafts (../shared/drafts/real-en.json)', real, TEXT_RULES, REAL_TARGET);
  const clean = real.map((d, i) => ({ d, got: got[i]! })).filter(({ d }) => d.rules.length === 0);
  const quiet = clean.filter(({ got }) => !got.some((r) => TEXT_RULES.includes(r))).length;
  console.log(`labelled []: ${quiet} of ${clean.length} get no text finding (${((100 * quiet) / Math.max(1, clean.length)).toFixed(1)} %)`);
} else {
  console.log(`\n${REAL} is not here: real-draft figures skipped.`);
}

// Time per check: the whole of checkDraft on a 2,000-character draft.
const long = 'Honestly I keep thinking about you and what went wrong. Hope the new flat is good! '.repeat(30).slice(0, 2000);
for (let i = 0; i < 200; i++) checkDraft(long);
const times: number[] = [];
const cpu0 = process.cpuUsage();
for (let i = 0; i < 2000; i++) {
  const t = performance.now();
  checkDraft(long, { now: new Date(), lastMessageMine: false });
  times.push(performance.now() - t);
}
const cpu = process.cpuUsage(cpu0);
times.sort((a, b) => a - b);
// CPU time per call as well: on a shared, loaded machine wall-clock figures include other processes' turns.
console.log(
  `\ncheckDraft on 2,000 characters: median ${times[1000]!.toFixed(3)} ms, p95 ${times[1900]!.toFixed(3)} ms wall; ` +
    `${((cpu.user + cpu.system) / 1000 / 2000).toFixed(3)} ms CPU per call (budget 1 ms)`,
);
// Linear in length: the fastest of several runs at 10× and 50× the text.
const fastest = (text: string) => {
  let best = Infinity;
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    checkDraft(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
};
const base = fastest(long);
console.log(
  `20,000 characters: ${(fastest(long.repeat(10)) / base).toFixed(1)}× the time of 2,000; 100,000: ${(fastest(long.repeat(50)) / base).toFixed(1)}×`,
);
const weights = readFileSync('lib/rules/model-weights.ts');
console.log(
  `model: lib/rules/model-weights.ts ${(weights.length / 1024).toFixed(1)} KB, ${(gzipSync(weights, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
);
