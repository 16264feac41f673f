/** Issue 17 parts 2 and 3, the pure parts: who wrote last, today's attempt, the pause's form. */
import { describe, expect, it } from 'vitest';
import { attemptWording, pausesToday } from '@/lib/attempt';
import { replyLines } from '@/lib/guidance';
import { nextPauseForm, PAUSE_FORMS, type PauseForm } from '@/lib/pause-form';
import type { Phase } from '@/lib/phase';
import { replyNote, sameReply } from '@/lib/reply';
import { ruleText } from '@/lib/rule-text';
import { addToDay } from '@/lib/settings/storage';

const inWindow: Phase = { kind: 'window', day: 3, of: 7, daysLeft: 4 };
const before: Phase = { kind: 'before', startsInDays: 2 };
const reconnect: Phase = { kind: 'reconnect', daysSinceWindow: 3 };
const noContact: Phase = { kind: 'no-contact', day: 12 };

describe('replyNote: what the card says about who wrote last', () => {
  it('says neither when the page cannot tell', () => {
    for (const phase of [inWindow, before, reconnect, noContact]) {
      expect(replyNote(phase, null, false)).toBeNull();
      expect(replyNote(phase, null, true)).toBeNull();
    }
  });

  it('their message newest: no need to answer now in the space, a short reply when reconnecting', () => {
    expect(replyNote(inWindow, false, false)).toEqual({ lastWord: 'theirs', advice: 'answer-later' });
    expect(replyNote(before, false, false)).toEqual({ lastWord: 'theirs', advice: 'answer-later' });
    expect(replyNote(reconnect, false, false)).toEqual({ lastWord: 'theirs', advice: 'short-reply' });
  });

  it('the person’s own message newest: wait for a reply', () => {
    for (const phase of [inWindow, before, reconnect]) expect(replyNote(phase, true, false)).toEqual({ lastWord: 'mine', advice: 'wait' });
  });

  it('safety mode never encourages a reply, whichever phase it is read in', () => {
    for (const phase of [noContact, before, inWindow]) {
      expect(replyNote(phase, false, true)).toEqual({ lastWord: 'theirs', advice: 'no-reply-owed' });
      expect(replyNote(phase, true, true)).toEqual({ lastWord: 'mine', advice: 'no-follow-up' });
    }
    expect(replyNote(noContact, false, false)?.advice).toBe('no-reply-owed');
  });

  it('sameReply compares what is said', () => {
    expect(sameReply(null, null)).toBe(true);
    expect(sameReply(replyNote(inWindow, false, false), replyNote(before, false, false))).toBe(true);
    expect(sameReply(replyNote(inWindow, false, false), replyNote(inWindow, true, false))).toBe(false);
    expect(sameReply(replyNote(inWindow, false, false), null)).toBe(false);
  });
});

describe('the card’s and the nudge’s words follow who wrote last', () => {
  it('the card names who wrote last, with the contract’s exact words', () => {
    const theirs = replyLines({ lastWord: 'theirs', advice: 'answer-later' });
    expect(theirs.headline).toContain('They wrote to you');
    expect(theirs.advice).toMatch(/don’t have to answer now.*briefly later/);
    const reconnecting = replyLines({ lastWord: 'theirs', advice: 'short-reply' });
    expect(reconnecting.advice).toMatch(/short, light reply/);
    expect(reconnecting.advice).toMatch(/isn’t writing twice/);
    const mine = replyLines({ lastWord: 'mine', advice: 'wait' });
    expect(mine.headline).toContain('Your message is the last one');
    expect(mine.advice).toMatch(/Wait for their reply/);
  });

  it('in safety mode, nothing in the card or the nudge invites a reply', () => {
    const theirs = replyLines({ lastWord: 'theirs', advice: 'no-reply-owed' });
    const mine = replyLines({ lastWord: 'mine', advice: 'no-follow-up' });
    for (const text of [
      theirs.advice,
      mine.advice,
      ruleText({ rule: 'space-window' }, { lastWord: 'theirs', advice: 'no-reply-owed' }).suggestion,
    ]) {
      expect(text).not.toMatch(/reply is fine|answer briefly|wait for their reply/i);
    }
    expect(theirs.advice).toMatch(/don’t owe them a reply/);
  });

  it('the nudge’s suggestions change when they wrote last; the rule’s message stays', () => {
    const plain = ruleText({ rule: 'space-window' });
    const later = ruleText({ rule: 'space-window' }, { lastWord: 'theirs', advice: 'answer-later' });
    expect(later.message).toBe(plain.message);
    expect(later.suggestion).toMatch(/don’t have to answer now/);
    expect(ruleText({ rule: 'too-long' }, { lastWord: 'theirs', advice: 'short-reply' }).suggestion).toMatch(/short, light reply/);
    expect(ruleText({ rule: 'too-soon' }, { lastWord: 'theirs', advice: 'short-reply' }).suggestion).toMatch(/brief reply is fine/);
    // Their message newest changes nothing about a confession, nor does one's own.
    expect(ruleText({ rule: 'confession' }, { lastWord: 'theirs', advice: 'short-reply' })).toEqual(ruleText({ rule: 'confession' }));
    expect(ruleText({ rule: 'space-window' }, { lastWord: 'mine', advice: 'wait' })).toEqual(plain);
  });
});

describe('attempt count', () => {
  it('the first pause says nothing; the second to fifth by ordinal; then the number', () => {
    expect(attemptWording(0)).toBeNull();
    expect(attemptWording(1)).toBeNull();
    expect(attemptWording(2)).toEqual({ ordinal: 2 });
    expect(attemptWording(5)).toEqual({ ordinal: 5 });
    expect(attemptWording(6)).toEqual({ count: 6 });
    expect(attemptWording(41)).toEqual({ count: 41 });
    expect(attemptWording(2.5)).toBeNull();
  });

  it('today’s pauses are counted per contact and per local day', () => {
    const morning = new Date(2026, 10, 23, 9);
    const evening = new Date(2026, 10, 23, 21);
    const tomorrow = new Date(2026, 10, 24, 8);
    let stats = addToDay({}, {}, morning, 'c1');
    stats = addToDay(stats, { kept: 1 }, evening);
    stats = addToDay(stats, {}, evening, 'c1');
    stats = addToDay(stats, {}, evening, 'c2');
    expect(pausesToday(stats, 'c1', evening)).toBe(2);
    expect(pausesToday(stats, 'c2', evening)).toBe(1);
    expect(pausesToday(stats, 'c3', evening)).toBe(0);
    expect(pausesToday(stats, 'c1', tomorrow)).toBe(0);
    // Counts only, and the other counts are untouched.
    expect(stats['2026-11-23']).toEqual({ kept: 1, sentAfterPause: 0, sent: 0, pauses: { c1: 2, c2: 1 } });
  });
});

describe('pause form chooser', () => {
  it('never picks the last form, whatever the chance', () => {
    for (const last of [null, ...PAUSE_FORMS]) {
      for (let i = 0; i < 100; i++) {
        const next = nextPauseForm(last, i / 100);
        expect(PAUSE_FORMS).toContain(next);
        expect(next).not.toBe(last);
      }
    }
  });

  it('every other form can come next, and a strange chance still gives a form', () => {
    for (const last of PAUSE_FORMS) {
      const seen = new Set(Array.from({ length: 20 }, (_, i) => nextPauseForm(last, i / 20)));
      expect([...seen].sort()).toEqual(PAUSE_FORMS.filter((f) => f !== last).sort());
    }
    for (const odd of [NaN, -1, 1, 7, Infinity]) expect(nextPauseForm('breathe', odd)).not.toBe('breathe');
  });

  it('a run of pauses never repeats a form twice in a row', () => {
    let last: PauseForm | null = null;
    for (let i = 0; i < 200; i++) {
      const next = nextPauseForm(last, Math.random());
      expect(next).not.toBe(last);
      last = next;
    }
  });

  it('offers the breathing guide and the question that gives the choice back', () => {
    expect(PAUSE_FORMS).toContain('breathe');
    expect(PAUSE_FORMS).toContain('question');
  });
});
