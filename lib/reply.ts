/**
 * Pure: who wrote last in the contact's chat, and what that changes in the
 * advice. Returns ids only; lib/guidance.ts and lib/rule-text.ts turn them
 * into words.
 */
import type { Phase } from '@/lib/phase';

/** Whose message is the newest in the open chat. */
export type LastWord = 'theirs' | 'mine';

export type ReplyAdvice =
  /** Their message is newest, during the space (or before it): no need to answer now; briefly, later. */
  | 'answer-later'
  /** Their message is newest, reconnecting: a short, light reply is the right size; it is not writing twice. */
  | 'short-reply'
  /** Their message is newest, in safety mode: nothing is owed, now or later. */
  | 'no-reply-owed'
  /** The person's own message is newest: wait for a reply. */
  | 'wait'
  /** The person's own message is newest, in safety mode: nothing to add. */
  | 'no-follow-up';

export interface ReplyNote {
  lastWord: LastWord;
  advice: ReplyAdvice;
}

/**
 * What the card says about who wrote last; null when the page can't tell.
 * Safety mode never encourages a reply: the advice there is no contact at
 * all, and a message from them is not an invitation, so the card says only
 * that nothing is owed (and, after the person's own message, not "wait for
 * their reply", which would mean expecting contact).
 */
export function replyNote(phase: Phase, lastMessageMine: boolean | null, safetyMode: boolean): ReplyNote | null {
  if (lastMessageMine === null) return null;
  const safety = safetyMode || phase.kind === 'no-contact';
  if (lastMessageMine) return { lastWord: 'mine', advice: safety ? 'no-follow-up' : 'wait' };
  if (safety) return { lastWord: 'theirs', advice: 'no-reply-owed' };
  return { lastWord: 'theirs', advice: phase.kind === 'reconnect' ? 'short-reply' : 'answer-later' };
}

/** Two notes say the same thing (so an unchanged look costs no repaint). */
export function sameReply(a: ReplyNote | null, b: ReplyNote | null): boolean {
  return a?.lastWord === b?.lastWord && a?.advice === b?.advice;
}
