/**
 * What the reminder says in each phase: our wording of the rules in
 * ../shared/DESIGN.md ("Where the rules come from"). Data, not UI.
 */
import type { Phase } from '@/lib/phase';

export const SPACE_RULES = [
  'No texts, no calls, no surprise visits.',
  'These days without you are what lets the space work.',
];

export const RECONNECT_RULES = [
  'A text, not a call out of the blue.',
  'Short, casual and light: no long paragraphs.',
  'No confessions, no rehashing the breakup, no pleading.',
  'Don’t push for labels.',
  'Not in the middle of the night.',
  'One message, then wait for their reply.',
  'Leave a few days between messages.',
];

export const NO_CONTACT_RULES = ['No contact at all: no texts, no calls, no replies you don’t need to send.'];

export const OPENERS = [
  '“How are you?”',
  'a film or book they’d like',
  'a bit of news about your own project',
  'a link to an article they’d find interesting',
];

export const SAFETY_LINE = 'After abuse or violence, the advice is no contact at all.';
export const SAFETY_LINK = { label: 'Find support', href: 'https://findahelpline.com/' };

/** Status line for the popup and card: "Day 3 of 7 · 4 days left". */
export function phaseStatus(phase: Phase): string {
  switch (phase.kind) {
    case 'before':
      return phase.startsInDays === 1 ? 'Your space starts tomorrow' : `Your space starts in ${phase.startsInDays} days`;
    case 'window': {
      const left =
        phase.daysLeft === 0 ? 'last day' : phase.daysLeft === 1 ? '1 day left' : `${phase.daysLeft} days left`;
      return `Day ${phase.day} of ${phase.of} · ${left}`;
    }
    case 'reconnect':
      return 'Reconnect phase: short and light';
    case 'no-contact':
      return `No contact · day ${phase.day}`;
  }
}

/** The rules that apply now. */
export function rulesFor(phase: Phase): readonly string[] {
  switch (phase.kind) {
    case 'before':
    case 'window':
      return SPACE_RULES;
    case 'reconnect':
      return RECONNECT_RULES;
    case 'no-contact':
      return NO_CONTACT_RULES;
  }
}

/** Gentle openers, only once reconnecting is right. */
export function openersFor(phase: Phase): readonly string[] {
  return phase.kind === 'reconnect' ? OPENERS : [];
}
