import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, inQuietHours, RULE_IDS, TEXT_RULES, type RuleId } from '@/lib/rules';
import { windows } from '@/lib/rules/features';
import { tokenize } from '@/lib/rules/tokens';

const rules = (text: string, context?: Parameters<typeof checkDraft>[1]) => checkDraft(text, context).map((f) => f.rule);
const noon = new Date(2026, 10, 23, 12, 0);
const night = new Date(2026, 10, 23, 2, 15);
const reconnect = { kind: 'reconnect', daysSinceWindow: 3 } as const;
const inWindow = { kind: 'window', day: 3, of: 7, daysLeft: 4 } as const;
const calm = { now: noon, phase: reconnect, lastMessageMine: false, lastSentAt: null };
const hour = 3_600_000;

describe('the text rules read what people write', () => {
  it.each([
    ['I miss you so much', 'confession'],
    ['honestly i think about you all the time', 'confession'],
    ['ily', 'confession'],
    ['miss u babe 🥺', 'confession'],
    ['Te extraño muchísimo', 'confession'],
    ['t extraño, tqm', 'confession'],
    ['sos el amor de mi vida', 'confession'],
    ['❤️❤️❤️', 'confession'],
    ['Why did you leave me?', 'autopsy'],
    ['you broke my heart and you know it', 'autopsy'],
    ['y did u leave', 'autopsy'],
    ['¿Por qué me dejaste?', 'autopsy'],
    ['xq terminamos?', 'autopsy'],
    ['Please come back to me', 'pleading'],
    ['pls give me one more chance', 'pleading'],
    ['volvé conmigo, por favor', 'pleading'],
    ['Are we back together?', 'labels'],
    ['¿qué somos?', 'labels'],
  ] as const)('%s: %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'I love this song',
    'please send me the file',
    'what happened at work?',
    'are we still on for Friday?',
    'I missed the bus again lol',
    'we need to talk about the rent',
    'How are you?',
    'saw this and thought of you',
    'happy birthday! hope it’s a good one',
    'me encanta esta canción',
    'por favor mándame la dirección',
    'tenemos que hablar con el casero',
    '¿qué tal estás?',
    'thanks ❤️',
  ])('%s: nothing', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each(['I don’t miss you', 'i dont love you anymore', 'ya no te quiero', 'no te extraño'])(
    'negation reads the other way: %s',
    (text) => {
      expect(rules(text)).not.toContain('confession');
    },
  );

  it('finds a confession inside a long, friendly message, and says which words', () => {
    const text = `Work is good, the new flat is lovely and the cat is settling in. ${'We went to the coast for the weekend. '.repeat(6)}Honestly, I still love you.`;
    const findings = checkDraft(text);
    expect(findings.map((f) => f.rule)).toEqual(['too-long', 'confession']);
    const confession = findings.find((f) => f.rule === 'confession')!;
    expect(text).toContain(confession.trigger);
    expect(confession.trigger).toMatch(/love you/i);
  });

  it('findings carry data, not words: a trigger from the draft itself and a score', () => {
    for (const text of ['I miss you like crazy', 'por favor vuelve', 'what went wrong between us?']) {
      const [f] = checkDraft(text);
      expect(f).toBeDefined();
      expect(Object.keys(f!).sort()).toEqual(['rule', 'score', 'trigger']);
      expect(text).toContain(f!.trigger);
      expect(f!.score).toBeGreaterThanOrEqual(0);
      expect(f!.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('too-long is a letter, not a two-line text', () => {
  it('ordinary short texts, with a line break or three short lines, are not long', () => {
    expect(rules('hey\nhow are you?')).toEqual([]);
    expect(rules('hey\nhow are you\nlong time')).toEqual([]);
    expect(rules('Happy birthday!\n\nHope you have a lovely day')).toEqual([]);
  });

  it('a letter is long: past the limit, or set out in paragraphs with some length to it', () => {
    const letter = 'I have been meaning to write for a while and tell you about everything that happened this year. '.repeat(3);
    expect(letter.length).toBeGreaterThan(280);
    expect(rules(letter)).toContain('too-long');
    const paragraphs =
      'So I finally got the job at the museum.\n\nThe flat is tiny but has a balcony and the light in the morning is lovely.\n\nAnyway, just wanted to say hi and hope all is well.';
    expect(rules(paragraphs)).toContain('too-long');
    const [f] = checkDraft(letter);
    expect(f).toMatchObject({ rule: 'too-long', chars: letter.trim().length });
  });

  it('limits are settings', () => {
    expect(rules('one two three four', { limits: { maxWords: 3 }, now: noon })).toEqual(['too-long']);
    expect(rules('ok', { limits: { maxChars: 1 }, now: noon })).toEqual(['too-long']);
  });
});

describe('checkDraft', () => {
  it('without a context applies the text rules only', () => {
    expect(rules('I miss you')).toEqual(['confession']);
    const all = rules('why did you leave? please come back, what are we? I love you\n\nand more');
    for (const rule of all) expect(TEXT_RULES).toContain(rule);
  });

  it('an empty or blank draft breaks nothing, even in the space window', () => {
    const context = { phase: inWindow, lastMessageMine: true };
    expect(checkDraft('', context)).toEqual([]);
    expect(checkDraft('   \n ', context)).toEqual([]);
  });

  it('the context rules', () => {
    expect(rules('How are you?', { ...calm, now: night })).toEqual(['late-night']);
    expect(rules('How are you?', calm)).toEqual([]);
    expect(rules('How are you?', { ...calm, lastMessageMine: true })).toEqual(['double-text']);
    expect(rules('How are you?', { ...calm, lastMessageMine: null })).toEqual([]);
    expect(rules('How are you?', { ...calm, lastSentAt: noon.getTime() - 20 * hour })).toEqual(['too-soon']);
    expect(rules('How are you?', { ...calm, lastSentAt: noon.getTime() - 72 * hour })).toEqual([]);
    expect(rules('How are you?', { ...calm, phase: inWindow })).toEqual(['space-window']);
    expect(rules('hola', { ...calm, phase: { kind: 'no-contact', day: 40 } })).toEqual(['space-window']);
    expect(rules('How are you?', { ...calm, phase: { kind: 'before', startsInDays: 2 } })).toEqual([]);
    expect(rules('I miss you', { now: night, phase: inWindow, lastMessageMine: true })).toEqual([
      'confession',
      'late-night',
      'double-text',
      'space-window',
    ]);
  });

  it('rules can be switched off', () => {
    expect(rules('I love you', { disabled: ['confession'], now: noon })).toEqual([]);
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
        return (
          Array.isArray(findings) &&
          findings.every((f) => RULE_IDS.includes(f.rule) && (f.trigger === undefined || text.includes(f.trigger.replace(/…$/, ''))))
        );
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

  it('reads each word a bounded number of times, so the check is linear in the draft’s length (timed in npm run bench:rules)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('we', 'went', 'to the coast', '.', '!', '\n', 'I miss you', 'and', '?', '❤️'), { maxLength: 3000 }),
        (parts) => {
          const tokens = tokenize(parts.join(' '));
          const read = windows(tokens).reduce((sum, [from, to]) => sum + (to - from + 1), 0);
          // Every token in at most two overlapping slices of its sentence, plus the whole draft once when it is short.
          return read <= 2 * tokens.length + 40;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on case or repeated letters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('i love you', 'please come back', 'what are we?', 'why did you leave'),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (phrase, upper, n) => {
          const shouted = (upper ? phrase.toUpperCase() : phrase).replace(/e/gi, (e) => e.repeat(n));
          return rules(shouted).length === 1 && rules(shouted)[0] === rules(phrase)[0];
        },
      ),
      { numRuns: 500 },
    );
  });
});
