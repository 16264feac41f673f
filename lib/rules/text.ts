/**
 * The text rules the classifier reads (confession, autopsy, pleading,
 * labels), as findings with their trigger words and score. This pulls in the
 * model: it runs in the background worker (and in plain Node), never in the
 * content script, which asks for it by message (content/draft-check.ts).
 */
import { hasContent } from '@/lib/rules/context';
import { heartSpan } from '@/lib/rules/hearts';
import { loadModel, readText, type Model } from '@/lib/rules/model';
import { MODEL } from '@/lib/rules/model-weights';
import type { Finding } from '@/lib/rules/types';

/** The longest trigger quoted back, in characters. */
export const TRIGGER_MAX = 60;

let model: Model | undefined;
const loaded = () => (model ??= loadModel(MODEL));

const quote = (text: string, [a, b]: [number, number]) => {
  const words = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return words.length <= TRIGGER_MAX ? words : `${words.slice(0, TRIGGER_MAX - 1).trimEnd()}…`;
};

export function textFindings(text: string): Finding[] {
  if (!hasContent(text)) return [];
  const out: Finding[] = [];
  for (const head of readText(text, loaded())) {
    if (!head.hit) continue;
    const f: Finding = { rule: head.rule, score: Math.round(head.score * 1000) / 1000 };
    if (head.span) f.trigger = quote(text, head.span);
    out.push(f);
  }
  const hearts = heartSpan(text);
  if (hearts && !out.some((f) => f.rule === 'confession')) out.push({ rule: 'confession', trigger: quote(text, hearts) });
  return out;
}
