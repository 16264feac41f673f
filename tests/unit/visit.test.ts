/** The visit model: every transition, and what the page shows after it. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/rules';
import { ContactSchema } from '@/lib/settings/schema';
import { NO_VISIT, nextVisit, sameView, viewOf, type Visit, type VisitEvent } from '@/lib/visit';

const jordan = ContactSchema.parse({ id: 'j', name: 'Jordan Avery', startDate: '2026-11-21', windowDays: 7 });
const day3 = new Date(2026, 10, 23, 12);
const contacts = [jordan];
const confession = [{ rule: 'confession' }] as Finding[];
const held = { findings: confession, readyAt: 1000, attempt: 1, form: 'breathe' as const };

const looked = (title: string | null, patch: Partial<Extract<VisitEvent, { type: 'looked' }>> = {}): VisitEvent => ({
  type: 'looked',
  chat: title === null ? null : { title, kind: 'direct' },
  contacts,
  now: day3,
  ...patch,
});
const run = (...events: VisitEvent[]): Visit => events.reduce(nextVisit, NO_VISIT);
const shows = (visit: Visit) => {
  const view = viewOf(visit);
  return { card: view.card !== null, nudge: view.nudge?.map((f) => f.rule) ?? null, pause: view.pause !== null };
};

describe('visit', () => {
  it('opening the contact’s chat shows the card, with the phase', () => {
    const visit = run(looked('Jordan Avery'));
    expect(shows(visit)).toEqual({ card: true, nudge: null, pause: false });
    expect(viewOf(visit).card?.phase).toEqual({ kind: 'window', day: 3, of: 7, daysLeft: 4 });
  });

  it('another chat, a group or no chat shows nothing', () => {
    expect(shows(run(looked('Sam Rivera')))).toEqual({ card: false, nudge: null, pause: false });
    expect(shows(run(looked(null)))).toEqual({ card: false, nudge: null, pause: false });
    expect(shows(run(looked('Jordan Avery', { chat: { title: 'Jordan Avery', kind: 'group' } })))).toEqual({
      card: false,
      nudge: null,
      pause: false,
    });
  });

  it('switching away hides everything; switching back is a new visit with the card again', () => {
    const away = run(looked('Jordan Avery'), { type: 'dismissed' }, looked('Sam Rivera'));
    expect(shows(away)).toEqual({ card: false, nudge: null, pause: false });
    const back = nextVisit(away, looked('Jordan Avery'));
    expect(shows(back).card).toBe(true);
    expect(back.n).toBe(3);
  });

  it('a re-render of the same chat keeps the visit (and a dismissal)', () => {
    const visit = run(looked('Jordan Avery'), { type: 'dismissed' }, looked('Jordan Avery'));
    expect(visit.n).toBe(1);
    expect(shows(visit).card).toBe(false);
  });

  it('a rebuilt pane is a new visit, even with the same title', () => {
    const visit = run(looked('Jordan Avery'), { type: 'dismissed' }, looked('Jordan Avery', { rebuilt: true }));
    expect(visit.n).toBe(2);
    expect(shows(visit).card).toBe(true);
  });

  it('dismiss hides the card for the visit only', () => {
    expect(shows(run(looked('Jordan Avery'), { type: 'dismissed' })).card).toBe(false);
  });

  it('typing: the nudge shows what the draft breaks, and goes when it breaks nothing', () => {
    const typed = run(looked('Jordan Avery'), { type: 'drafted', findings: confession });
    expect(shows(typed).nudge).toEqual(['confession']);
    expect(shows(nextVisit(typed, { type: 'drafted', findings: [] })).nudge).toBeNull();
  });

  it('a draft outside the contact’s chat never nudges', () => {
    expect(shows(run(looked('Sam Rivera'), { type: 'drafted', findings: confession })).nudge).toBeNull();
  });

  it('pause, then "Keep my draft": the pause opens with its reasons, then closes', () => {
    const paused = run(looked('Jordan Avery'), { type: 'paused', held });
    expect(viewOf(paused).pause).toEqual(held);
    expect(shows(nextVisit(paused, { type: 'kept' })).pause).toBe(false);
  });

  it('"Save to my notes": the pause closes like "Keep my draft", then one line says whether it was saved, until it goes', () => {
    const saved = run(looked('Jordan Avery'), { type: 'paused', held }, { type: 'kept' }, { type: 'noted', saved: true });
    expect(shows(saved).pause).toBe(false);
    expect(viewOf(saved).notice).toBe('saved');
    expect(sameView(viewOf(saved), viewOf(nextVisit(saved, { type: 'noticeDone' })))).toBe(false);
    expect(viewOf(nextVisit(saved, { type: 'noticeDone' })).notice).toBeNull();
    expect(viewOf(run(looked('Jordan Avery'), { type: 'noted', saved: false })).notice).toBe('notSaved');
  });

  it('the line after saving belongs to its visit: another chat, or nothing to show, takes it away', () => {
    const saved = run(looked('Jordan Avery'), { type: 'noted', saved: true });
    expect(viewOf(nextVisit(saved, looked('Sam Rivera'))).notice).toBeNull();
    expect(viewOf(nextVisit(saved, { type: 'inactive' })).notice).toBeNull();
    expect(viewOf(run(looked('Sam Rivera'), { type: 'noted', saved: true })).notice).toBeNull();
  });

  it('a second stop while the pause is open keeps the first pause', () => {
    const paused = run(looked('Jordan Avery'), { type: 'paused', held }, { type: 'paused', held: { ...held, findings: [], readyAt: 9 } });
    expect(viewOf(paused).pause).toBe(held);
  });

  it('"Send anyway" closes the pause; the send then clears the nudge', () => {
    const anyway = run(looked('Jordan Avery'), { type: 'drafted', findings: confession }, { type: 'paused', held }, { type: 'sentAnyway' });
    expect(shows(anyway)).toEqual({ card: true, nudge: ['confession'], pause: false });
    expect(shows(nextVisit(anyway, { type: 'sent' })).nudge).toBeNull();
  });

  it('a switch closes an open pause', () => {
    expect(shows(run(looked('Jordan Avery'), { type: 'paused', held }, looked('Sam Rivera'))).pause).toBe(false);
  });

  it('a hidden tab keeps the visit: the card, a dismissal and a held draft are there on return', () => {
    const before = run(looked('Jordan Avery'), { type: 'paused', held });
    expect(nextVisit(before, { type: 'hidden' })).toBe(before);
  });

  it('snoozed (inactive): nothing shows; when reminders resume, the card is back', () => {
    const snoozed = run(looked('Jordan Avery'), { type: 'drafted', findings: confession }, { type: 'inactive' });
    expect(shows(snoozed)).toEqual({ card: false, nudge: null, pause: false });
    expect(shows(nextVisit(snoozed, looked('Jordan Avery'))).card).toBe(true);
  });

  it('settings changed: the contact deleted hides the card; a new window length changes the phase', () => {
    const open = run(looked('Jordan Avery'));
    expect(shows(nextVisit(open, looked('Jordan Avery', { contacts: [] }))).card).toBe(false);
    const longer = nextVisit(open, looked('Jordan Avery', { contacts: [{ ...jordan, windowDays: 10 }] }));
    expect(viewOf(longer).card?.phase).toMatchObject({ day: 3, of: 10 });
    expect(sameView(viewOf(open), viewOf(longer))).toBe(false);
  });

  it('an unchanged look is the same view (no repaint)', () => {
    const once = run(looked('Jordan Avery'), { type: 'drafted', findings: confession });
    const twice = nextVisit(once, looked('Jordan Avery'));
    expect(sameView(viewOf(once), viewOf(twice))).toBe(true);
  });
});

describe('visit: a held draft re-read', () => {
  it('a check that answers after the pause opened fills in its reasons; with no pause open it changes nothing', () => {
    const pending = { ...held, findings: [] as Finding[] };
    const paused = run(looked('Jordan Avery'), { type: 'paused', held: pending });
    const reread = nextVisit(paused, { type: 'reread', findings: confession });
    expect(viewOf(reread).pause).toEqual({ ...held, findings: confession });
    expect(sameView(viewOf(reread), viewOf(paused))).toBe(false);
    const open = run(looked('Jordan Avery'));
    expect(nextVisit(open, { type: 'reread', findings: confession })).toBe(open);
  });

  it('the nudge repaints when the quoted words change, not only the rules', () => {
    const a = run(looked('Jordan Avery'), { type: 'drafted', findings: [{ rule: 'confession', trigger: 'I miss you' }] });
    const b = nextVisit(a, { type: 'drafted', findings: [{ rule: 'confession', trigger: 'I still love you' }] });
    expect(sameView(viewOf(a), viewOf(b))).toBe(false);
  });
});

describe('visit: who wrote last', () => {
  it('the view carries whose message is newest, and a new message in the same chat changes the view, not the visit', () => {
    const theirs = run(looked('Jordan Avery', { lastMessageMine: false }));
    expect(viewOf(theirs).reply).toEqual({ lastWord: 'theirs', advice: 'answer-later' });
    const mine = nextVisit(theirs, looked('Jordan Avery', { lastMessageMine: true }));
    expect(mine.n).toBe(theirs.n);
    expect(viewOf(mine).reply).toEqual({ lastWord: 'mine', advice: 'wait' });
    expect(sameView(viewOf(mine), viewOf(theirs))).toBe(false);
    expect(sameView(viewOf(nextVisit(mine, looked('Jordan Avery', { lastMessageMine: true }))), viewOf(mine))).toBe(true);
  });

  it('unknown, another chat, or nothing active: no word on who wrote last', () => {
    expect(viewOf(run(looked('Jordan Avery'))).reply).toBeNull();
    expect(viewOf(run(looked('Jordan Avery', { lastMessageMine: null }))).reply).toBeNull();
    expect(
      viewOf(run(looked('Jordan Avery', { lastMessageMine: false }), looked('Sam Rivera', { lastMessageMine: false }))).reply,
    ).toBeNull();
    expect(viewOf(run(looked('Jordan Avery', { lastMessageMine: false }), { type: 'inactive' })).reply).toBeNull();
  });

  it('safety mode reads as nothing owed', () => {
    const safe = ContactSchema.parse({ ...jordan, safetyMode: true });
    const visit = run(looked('Jordan Avery', { contacts: [safe], lastMessageMine: false }));
    expect(viewOf(visit).reply).toEqual({ lastWord: 'theirs', advice: 'no-reply-owed' });
  });
});
