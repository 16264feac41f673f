/**
 * What the reminder says in each phase: our wording of the rules in
 * ../shared/DESIGN.md ("Where the rules come from"), in the person's language
 * (locales/*.yml).
 */
import { i18n } from '#i18n';
import type { Phase } from '@/lib/phase';
import type { ReplyAdvice, ReplyNote } from '@/lib/reply';

export const SPACE_RULES = ['guide.space1', 'guide.space2'] as const;
export const RECONNECT_RULES = [
  'guide.reconnect1',
  'guide.reconnect2',
  'guide.reconnect3',
  'guide.reconnect4',
  'guide.reconnect5',
  'guide.reconnect6',
  'guide.reconnect7',
] as const;
export const NO_CONTACT_RULES = ['guide.noContact1'] as const;
export const OPENERS = ['guide.opener1', 'guide.opener2', 'guide.opener3', 'guide.opener4'] as const;

export const SAFETY_LINK_HREF = 'https://findahelpline.com/';
export const safetyLine = () => i18n.t('guide.safety');
export const safetyLinkLabel = () => i18n.t('guide.findSupport');

/** Status line for the popup and card: "Day 3 of 7 · 4 days left". */
export function phaseStatus(phase: Phase): string {
  switch (phase.kind) {
    case 'before':
      return phase.startsInDays === 1 ? i18n.t('phase.startsTomorrow') : i18n.t('phase.startsIn', [String(phase.startsInDays)]);
    case 'window': {
      const left =
        phase.daysLeft === 0
          ? i18n.t('phase.lastDay')
          : phase.daysLeft === 1
            ? i18n.t('phase.oneDayLeft')
            : i18n.t('phase.daysLeft', [String(phase.daysLeft)]);
      return i18n.t('phase.window', [String(phase.day), String(phase.of), left]);
    }
    case 'reconnect':
      return i18n.t('phase.reconnect');
    case 'no-contact':
      return i18n.t('phase.noContact', [String(phase.day)]);
  }
}

/** The rules that apply now. */
export function rulesFor(phase: Phase): string[] {
  const keys = phase.kind === 'reconnect' ? RECONNECT_RULES : phase.kind === 'no-contact' ? NO_CONTACT_RULES : SPACE_RULES;
  return keys.map((key) => i18n.t(key));
}

/** Gentle openers, only once reconnecting is right. */
export function openersFor(phase: Phase): string[] {
  return phase.kind === 'reconnect' ? OPENERS.map((key) => i18n.t(key)) : [];
}

const REPLY_ADVICE = {
  'answer-later': 'card.answerLater',
  'short-reply': 'card.shortReply',
  'no-reply-owed': 'card.noReplyOwed',
  wait: 'card.wait',
  'no-follow-up': 'card.noFollowUp',
} as const satisfies Record<ReplyAdvice, string>;

/** The card's line on who wrote last: "They wrote to you." or "Your message is the last one.", and what that changes. */
export function replyLines(note: ReplyNote): { headline: string; advice: string } {
  return {
    headline: i18n.t(note.lastWord === 'theirs' ? 'card.theirs' : 'card.mine'),
    advice: i18n.t(REPLY_ADVICE[note.advice]),
  };
}
