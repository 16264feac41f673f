import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, inQuietHours, RULE_IDS, TEXT_RULES, type RuleId } from '@/lib/rules';
import { CORPUS } from './rules-corpus';

const rules = (text: string, context?: Parameters<typeof checkDraft>[1]) => checkDraft(text, context).map((f) => f.rule);

describe('checkDraft on the labelled corpus', () => {
  it('has at least 150 drafts and every rule represented', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    for (const rule of RULE_IDS) expect(CORPUS.some((d) => d.rules.includes(rule)), rule).toBe(true);
  });

  it('holds precision and recall at 0.9 or better for every rule', () => {
    const table: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number }> = {};
    const misses: string[] = [];
    for (const rule of RULE_IDS) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const draft of CORPUS) {
        const got = rules(draft.text, draft.context).includes(rule);
        const want = draft.rules.includes(rule);
        if (got && want) tp++;
        else if (got) {
          fp++;
          misses.push(`false ${rule}: ${draft.text.slice(0, 60)}`);
        } else if (want) {
          fn++;
          misses.push(`missed ${rule}: ${draft.text.slice(0, 60)}`);
        }
      }
      table[rule] = { tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
    }
    console.table(table);
    if (misses.length) console.log(misses.join('\n'));
    for (const rule of RULE_IDS) {
      expect(table[rule]!.precision, `${rule} precision`).toBeGreaterThanOrEqual(0.9);
      expect(table[rule]!.recall, `${rule} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('checkDraft', () => {
  it('without a context applies the text rules only', () => {
    const text = 'I miss you';
    expect(rules(text)).toEqual(['confession']);
    const all = rules('why did you leave? please come back, what are we? I love you\n\nand more', undefined);
    for (const rule of all) expect(TEXT_RULES).toContain(rule);
  });

  it('an empty or blank draft breaks nothing, even in the space window', () => {
    const context = { phase: { kind: 'window', day: 1, of: 7, daysLeft: 6 } as const, lastMessageMine: true };
    expect(checkDraft('', context)).toEqual([]);
    expect(checkDraft('   \n ', context)).toEqual([]);
  });

  it('every finding names its rule and explains it kindly with a suggestion', () => {
    const findings = checkDraft('I love you', { now: new Date(2026, 0, 1, 3), lastMessageMine: true });
    for (const f of findings) {
      expect(RULE_IDS).toContain(f.rule);
      expect(f.message.length).toBeGreaterThan(5);
      expect(f.suggestion.length).toBeGreaterThan(5);
    }
  });

  it('thresholds are settings', () => {
    expect(rules('one two three four', { limits: { maxWords: 3 }, now: new Date(2026, 0, 1, 12) })).toEqual(['too-long']);
    expect(rules('ok', { limits: { maxChars: 1 }, now: new Date(2026, 0, 1, 12) })).toEqual(['too-long']);
  });

  it('rules can be switched off', () => {
    expect(rules('I love you', { disabled: ['confession'], now: new Date(2026, 0, 1, 12) })).toEqual([]);
  });

  it('quiet hours work across midnight and within a day', () => {
    const at = (h: number) => new Date(2026, 0, 1, h, 30);
    expect([21, 22, 23, 0, 6, 7].map((h) => inQuietHours(at(h), { start: 22, end: 7 }))).toEqual([false, true, true, true, true, false]);
    expect([12, 13, 14].map((h) => inQuietHours(at(h), { start: 13, end: 14 }))).toEqual([false, true, false]);
  });

  it('findings come in a stable order', () => {
    const order = rules('please come back, I love you. what are we?');
    expect(order).toEqual(['confession', 'pleading', 'labels'] satisfies RuleId[]);
  });
});

describe('checkDraft properties', () => {
  it('never throws and returns valid findings for any Unicode up to 100,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.boolean(), (text, withContext) => {
        const findings = checkDraft(text, withContext ? { now: new Date(2026, 0, 1, 12), lastMessageMine: true } : undefined);
        return Array.isArray(findings) && findings.every((f) => RULE_IDS.includes(f.rule));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles lone surrogates and binary-ish input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => Array.isArray(checkDraft(text))),
      { numRuns: 2000 },
    );
    expect(() => checkDraft('\uD800\uDC00\uDFFF\uD800 I love you \u202E')).not.toThrow();
  });

  it('a 100,000-character draft is too long and still read', () => {
    const huge = `${'word '.repeat(19_998)}I love you`;
    expect(huge.length).toBeGreaterThanOrEqual(100_000);
    expect(rules(huge)).toEqual(['too-long', 'confession']);
  });

  it('does not depend on case or repeated letters', () => {
    fc.assert(
      fc.property(fc.constantFrom('i love you', 'please come back', 'what are we?', 'why did you leave'), fc.boolean(), fc.integer({ min: 1, max: 4 }), (phrase, upper, n) => {
        const shouted = (upper ? phrase.toUpperCase() : phrase).replace(/e/gi, (e) => e.repeat(n));
        return rules(shouted).length === 1 && rules(shouted)[0] === rules(phrase)[0];
      }),
      { numRuns: 500 },
    );
  });
});
