/**
 * The draft check across the runtime-message boundary: the background's
 * answer, the content side's checker (measured rules at once, text rules from
 * the worker, stale answers dropped, failures kept pending), and where the
 * classifier is built into.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createDraftChecker, type SendMessage } from '@/content/draft-check';
import { DRAFT_CHECK_MAX_CHARS, DraftCheckReplySchema, draftCheckRequest } from '@/lib/draft-check';
import { answerDraftCheck } from '@/lib/rules/answer';

const noon = new Date(2026, 10, 23, 12, 0);
const night = new Date(2026, 10, 23, 2, 15);
const calm = { now: noon, lastMessageMine: false };
// Through a structured clone both ways, as runtime messaging does.
const worker: SendMessage = async (message) => structuredClone(answerDraftCheck(structuredClone(message)));
const rules = (findings: readonly { rule: string }[] | null) => findings?.map((f) => f.rule) ?? null;

function deferred() {
  const pending: { message: unknown; resolve: () => void }[] = [];
  const send: SendMessage = (message) =>
    new Promise((resolve) => pending.push({ message, resolve: () => resolve(answerDraftCheck(message)) }));
  return { send, pending };
}

describe('the background worker’s answer', () => {
  it('answers a valid request with the text rules’ findings, validated', () => {
    const reply = answerDraftCheck(draftCheckRequest('i miss you so much'));
    expect(DraftCheckReplySchema.safeParse(reply).success).toBe(true);
    expect(reply!.findings.map((f) => f.rule)).toEqual(['confession']);
    expect(reply!.findings[0]!.trigger).toMatch(/miss you/);
  });

  it('answers nothing to anything else', () => {
    for (const message of [
      undefined,
      null,
      'i miss you',
      { type: 'breathing-room:status' },
      { type: 'breathing-room:check-draft' },
      { type: 'breathing-room:check-draft', text: 42 },
      { type: 'breathing-room:check-draft', text: 'x'.repeat(DRAFT_CHECK_MAX_CHARS + 1) },
    ])
      expect(answerDraftCheck(message)).toBeUndefined();
  });

  it('a request never carries more than the cap, so a huge draft is still checked', () => {
    const request = draftCheckRequest(`${'word '.repeat(10_000)}I love you`);
    expect(request.text.length).toBe(DRAFT_CHECK_MAX_CHARS);
    expect(answerDraftCheck(request)).toBeDefined();
  });
});

describe('createDraftChecker', () => {
  it('a confession is found through the worker, with its words; "How are you?" has nothing', async () => {
    const checker = createDraftChecker(worker);
    expect(rules(await checker.check('I still love you', calm))).toEqual(['confession']);
    expect(checker.current('I still love you', calm)).toMatchObject({ pending: false, findings: [{ rule: 'confession' }] });
    expect(await checker.check('How are you?', calm)).toEqual([]);
    expect(checker.current('How are you?', calm)).toEqual({ findings: [], pending: false });
  });

  it('the measured rules are known at once; the text rules are pending until the worker answers', () => {
    const { send } = deferred();
    const checker = createDraftChecker(send);
    const state = checker.current('I miss you', { ...calm, now: night, lastMessageMine: true });
    expect(state.pending).toBe(true);
    expect(rules(state.findings)).toEqual(['late-night', 'double-text']);
  });

  it('an answer for an older draft is dropped; the newest one counts', async () => {
    const { send, pending } = deferred();
    const checker = createDraftChecker(send);
    const first = checker.check('I miss you', calm);
    const second = checker.check('I miss the bus', calm);
    pending[1]!.resolve();
    pending[0]!.resolve();
    expect(await first).toBeNull();
    expect(await second).toEqual([]);
    expect(checker.current('I miss the bus', calm).pending).toBe(false);
    expect(checker.current('I miss you', calm).pending).toBe(true);
  });

  it('asks once for the same text while an answer is on its way', async () => {
    const { send, pending } = deferred();
    const checker = createDraftChecker(send);
    const a = checker.check('please come back', calm);
    const b = checker.check('please come back', calm);
    expect(pending).toHaveLength(1);
    pending[0]!.resolve();
    expect(rules(await a)).toEqual(['pleading']);
    expect(rules(await b)).toEqual(['pleading']);
  });

  it('when the worker cannot answer, the draft stays pending (a send stays guarded)', async () => {
    const down = createDraftChecker(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await down.check('I miss you', calm)).toEqual([]);
    expect(down.current('I miss you', calm).pending).toBe(true);
    const junk = createDraftChecker(async () => ({ type: 'breathing-room:draft-findings', findings: [{ rule: 'nonsense' }] }));
    await junk.check('I miss you', calm);
    expect(junk.current('I miss you', calm).pending).toBe(true);
  });

  it('keeps only text rules from the worker, and the person’s switches apply', async () => {
    const liar = createDraftChecker(async () => ({
      type: 'breathing-room:draft-findings',
      findings: [{ rule: 'space-window' }, { rule: 'autopsy' }],
    }));
    expect(rules(await liar.check('what went wrong', calm))).toEqual(['autopsy']);
    const checker = createDraftChecker(worker);
    expect(await checker.check('I love you', { ...calm, disabled: ['confession'] })).toEqual([]);
  });

  it('while a longer draft is still being read, the last answer stands in for it (a pause is never told "nothing")', async () => {
    const checker = createDraftChecker(worker);
    await checker.check('i miss you so much', calm);
    const longer = checker.current('i miss you so much, please come back', calm);
    expect(longer.pending).toBe(true);
    expect(rules(longer.findings)).toEqual(['confession']);
  });

  it('a blank draft is never pending and breaks nothing', () => {
    const { send, pending } = deferred();
    const checker = createDraftChecker(send);
    expect(checker.current('  \n', { ...calm, lastMessageMine: true })).toEqual({ findings: [], pending: false });
    expect(pending).toHaveLength(0);
  });
});

describe('purity', () => {
  it('checkDraft runs in a plain Node process with no browser API and no stub', () => {
    const code = `import { checkDraft } from './lib/rules/index.ts';
      console.log(JSON.stringify([checkDraft('I miss you so much'), checkDraft('¿por qué me dejaste?'), checkDraft('how are you?')].map((f) => f.map((x) => x.rule))));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([['confession'], ['autopsy'], []]);
  });
});
