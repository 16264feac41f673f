/** Every visible string exists in English and Spanish, with the same substitutions. */
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

const en = await parseMessagesFile('locales/en.yml');
const es = await parseMessagesFile('locales/es.yml');
const byKey = (messages: typeof en) => new Map(messages.map((m) => [m.key.join('.'), m]));
const subs = (text: string) =>
  [...text.matchAll(/\$(\d)/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

describe('locales', () => {
  it('Spanish has exactly the English keys', () => {
    expect([...byKey(es).keys()].sort()).toEqual([...byKey(en).keys()].sort());
  });

  it.each([...byKey(en).entries()].map(([key, m]) => [key, m] as const))('%s: same substitutions, translated', (key, message) => {
    const spanish = byKey(es).get(key);
    expect(spanish).toBeDefined();
    const text = (m: unknown) => String((m as { message?: string }).message ?? JSON.stringify(m));
    expect(subs(text(spanish))).toBe(subs(text(message)));
    expect(text(spanish).trim().length).toBeGreaterThan(0);
  });
});
