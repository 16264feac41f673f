/**
 * A visit: the time one conversation stays open in a messenger tab. Pure:
 * the visit and an event give the next visit, and the visit gives what the
 * page shows (card, nudge, pause). The content runner turns page events into
 * these events and draws the view; it decides nothing itself.
 */
import type { PauseForm } from '@/lib/pause-form';
import { chatKey, reminderFor, type ChatIdentity, type Reminder } from '@/lib/reminder';
import { replyNote, sameReply, type ReplyNote } from '@/lib/reply';
import type { Finding } from '@/lib/rules';
import type { Contact } from '@/lib/settings/schema';

export interface HeldDraft {
  /** Why the draft is held: what it breaks, read when the send was stopped. */
  findings: readonly Finding[];
  /** When "Send anyway" becomes available (epoch ms). */
  readyAt: number;
  /** This pause's number today in the contact's chat (1 for the first). */
  attempt: number;
  /** The calm form this pause takes (never the last one's). */
  form: PauseForm;
}

export interface Visit {
  /** Which chat is open ('' for none), to tell a switch from a re-render of the same chat. */
  key: string;
  /** Counts visits: a new number means a new visit, even to the same chat (the site rebuilt it). */
  n: number;
  /** The saved contact and where they stand, while their one-to-one chat is open. */
  reminder: Reminder | null;
  /** The card was dismissed for this visit. */
  dismissed: boolean;
  /** Whether the newest message in the chat is the person's own, as of the latest look; null when the page can't tell. */
  lastMessageMine: boolean | null;
  /** What the draft breaks now. */
  findings: readonly Finding[];
  /** The pause before sending, while it is open. */
  pause: HeldDraft | null;
  /** The one line after "Save to my notes": saved, or could not be saved. */
  notice: NoteNotice | null;
}

export type NoteNotice = 'saved' | 'notSaved';

export const NO_VISIT: Visit = {
  key: '',
  n: 0,
  reminder: null,
  dismissed: false,
  lastMessageMine: null,
  findings: [],
  pause: null,
  notice: null,
};

export type VisitEvent =
  /**
   * The page was read: a chat opened, switched, re-rendered, a message came
   * or went, or the saved contacts changed. `lastMessageMine` is whose message
   * is newest (read only in a saved contact's chat; null or absent when unknown).
   */
  | {
      type: 'looked';
      chat: ChatIdentity | null;
      contacts: readonly Contact[];
      now: Date;
      rebuilt?: boolean;
      lastMessageMine?: boolean | null;
    }
  | { type: 'dismissed' }
  /** The draft was checked as the person typed. */
  | { type: 'drafted'; findings: readonly Finding[] }
  /** A send was stopped: the pause opens. */
  | { type: 'paused'; held: HeldDraft }
  /** The check of the held draft answered after the pause opened: its reasons, complete. */
  | { type: 'reread'; findings: readonly Finding[] }
  /** "Keep my draft" (or Escape). */
  | { type: 'kept' }
  /** "Send anyway": the pause closes; the send guard lets the next send through. */
  | { type: 'sentAnyway' }
  /** "Save to my notes" answered: the line says whether the note was saved. */
  | { type: 'noted'; saved: boolean }
  /** The line after saving has been read: it goes. */
  | { type: 'noticeDone' }
  /** A send went through: the draft is gone until the next check. */
  | { type: 'sent' }
  /** The tab was hidden: the visit waits, unchanged, for the person to come back. */
  | { type: 'hidden' }
  /** Nothing may show: no contact saved, snoozed, or the site switched off. */
  | { type: 'inactive' };

export function nextVisit(visit: Visit, event: VisitEvent): Visit {
  switch (event.type) {
    case 'looked': {
      const key = chatKey(event.chat);
      const switched = key !== visit.key || event.rebuilt === true;
      const base: Visit = switched ? { ...NO_VISIT, key, n: visit.n + 1 } : visit;
      const reminder = reminderFor(event.chat, event.contacts, event.now);
      if (!reminder) return { ...base, reminder: null, lastMessageMine: null, findings: [], pause: null, notice: null };
      return { ...base, reminder, lastMessageMine: event.lastMessageMine ?? null };
    }
    case 'dismissed':
      return { ...visit, dismissed: true };
    case 'drafted':
      return visit.reminder ? { ...visit, findings: event.findings } : visit;
    case 'paused':
      return visit.reminder && !visit.pause ? { ...visit, pause: event.held } : visit;
    case 'reread':
      return visit.pause ? { ...visit, pause: { ...visit.pause, findings: event.findings } } : visit;
    case 'kept':
    case 'sentAnyway':
      return { ...visit, pause: null };
    case 'noted':
      return visit.reminder ? { ...visit, notice: event.saved ? 'saved' : 'notSaved' } : visit;
    case 'noticeDone':
      return { ...visit, notice: null };
    case 'sent':
      return { ...visit, findings: [] };
    case 'hidden':
      return visit;
    case 'inactive':
      return { ...visit, reminder: null, lastMessageMine: null, findings: [], pause: null, notice: null };
  }
}

export interface PageView {
  card: Reminder | null;
  /** Who wrote last, and what that changes: on the card, in the nudge and the pause. */
  reply: ReplyNote | null;
  nudge: readonly Finding[] | null;
  pause: HeldDraft | null;
  notice: NoteNotice | null;
}

/** What the page shows during this visit. */
export function viewOf(visit: Visit): PageView {
  const { reminder } = visit;
  return {
    card: reminder && !visit.dismissed ? reminder : null,
    reply: reminder ? replyNote(reminder.phase, visit.lastMessageMine, reminder.contact.safetyMode) : null,
    nudge: reminder && visit.findings.length > 0 ? visit.findings : null,
    pause: reminder ? visit.pause : null,
    notice: reminder ? visit.notice : null,
  };
}

/** Whether two views draw the same thing (findings by rule and quoted words), so an unchanged look costs no repaint. */
export function sameView(a: PageView, b: PageView): boolean {
  const sameFindings = (x: readonly Finding[] | null, y: readonly Finding[] | null) =>
    x === y || (!!x && !!y && x.length === y.length && x.every((f, i) => f.rule === y[i]?.rule && f.trigger === y[i]?.trigger));
  return (
    a.card?.contact === b.card?.contact &&
    JSON.stringify(a.card?.phase) === JSON.stringify(b.card?.phase) &&
    sameReply(a.reply, b.reply) &&
    sameFindings(a.nudge, b.nudge) &&
    a.pause === b.pause &&
    a.notice === b.notice
  );
}
