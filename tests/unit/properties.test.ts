/**
 * Hostile input for every pure module: any Unicode (markup, scripts, bidi and
 * zero-width characters, lone surrogates), long strings. Nothing throws, and
 * results stay well-formed. At least 10,000 runs each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName, phoneDigits, titleMatchesContact } from '@/lib/match';
import { phaseOf } from '@/lib/phase';
import { checkDraft, RULE_IDS } from '@/lib/rules';
import { ruleText } from '@/lib/rule-text';
import { ContactSchema, ContactsSchema, PreferencesSchema, SnoozeSchema, StatsSchema } from '@/lib/settings/schema';
import { contactFromFields, emptyFields } from '@/lib/settings/form';

const RUNS = 10_000;
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '\u202E',
  '\u2066',
  '\u200B',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '"; DROP TABLE',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder typed as text is one of the hostile inputs.
  '${x}',
  '{{x}}',
  '\u0000',
];
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...HOSTILE, 'Jordan', ' ', 'Avery', '❤️'), { maxLength: 30 }).map((parts) => parts.join('')),
);
const anyValue = fc.anything({ withBigInt: false, maxDepth: 3 });

describe('match', () => {
  it('never throws and is symmetric in spacing and case', () => {
    fc.assert(
      fc.property(hostileString, hostileString, (title, name) => {
        const result = titleMatchesContact(title, { name, otherNames: [name], handle: name });
        expect(typeof result).toBe('boolean');
        expect(titleMatchesContact(`  ${title.toUpperCase()}  `, { name })).toBe(titleMatchesContact(title.toUpperCase(), { name }));
        return typeof normalizeName(title) === 'string' && (phoneDigits(title) === null || /^\d+$/.test(phoneDigits(title)!));
      }),
      { numRuns: RUNS },
    );
  });

  it('a name always matches itself once it has any letter or digit', () => {
    fc.assert(
      fc.property(hostileString, (name) => {
        fc.pre(/[\p{L}\p{N}]/u.test(normalizeName(name)));
        return titleMatchesContact(name, { name });
      }),
      { numRuns: RUNS },
    );
  });

  it('handles 100,000-character titles', () => {
    const long = 'Jordan '.repeat(15_000);
    expect(titleMatchesContact(long, { name: 'Jordan' })).toBe(false);
    expect(titleMatchesContact(long, { name: long })).toBe(true);
  });
});

describe('phase', () => {
  it('never throws; a real start date always gives a well-formed phase', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1950, 0, 1), max: new Date(2150, 0, 1), noInvalidDate: true }),
        fc.date({ min: new Date(1950, 0, 1), max: new Date(2150, 0, 1), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (start, now, windowDays, safetyMode) => {
          const iso = `${String(start.getFullYear()).padStart(4, '0')}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
          const phase = phaseOf({ startDate: iso, windowDays, safetyMode }, now);
          expect(phase).not.toBeNull();
          if (phase!.kind === 'window') expect(phase!.day + phase!.daysLeft).toBe(windowDays);
          if (phase!.kind === 'before') expect(phase!.startsInDays).toBeGreaterThan(0);
          return true;
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('garbage start dates give null, never a throw', () => {
    fc.assert(
      fc.property(hostileString, fc.integer(), (startDate, windowDays) => {
        const phase = phaseOf({ startDate, windowDays }, new Date());
        return phase === null || typeof phase.kind === 'string';
      }),
      { numRuns: RUNS },
    );
  });
});

describe('rules', () => {
  it('never throws on hostile drafts and only returns known rules', () => {
    fc.assert(
      fc.property(hostileString, fc.integer({ min: 0, max: 23 }), fc.option(fc.boolean()), (text, hour, mine) => {
        const findings = checkDraft(text, { now: new Date(2026, 0, 1, hour), lastMessageMine: mine });
        return findings.every((f) => RULE_IDS.includes(f.rule) && ruleText(f).message.length > 0 && ruleText(f).suggestion.length > 0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('settings parsing', () => {
  it('any stored value either parses into the schema or is refused, never throws', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        for (const schema of [ContactSchema, ContactsSchema, SnoozeSchema, PreferencesSchema, StatsSchema]) {
          const result = schema.safeParse(value);
          if (result.success) expect(schema.safeParse(result.data).success).toBe(true);
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  });

  it('the contact form accepts hostile text as plain text or refuses it, never throws', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (name, others, days) => {
        const result = contactFromFields({ ...emptyFields('2026-11-21'), name, otherNames: others, windowDays: days }, 'id');
        if (result.ok) expect(result.contact.name).toBe(name.trim());
        return true;
      }),
      { numRuns: RUNS },
    );
  });
});
