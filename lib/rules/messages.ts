/** What each rule says: a short, kind explanation and something to try instead. Data, not logic. */
import type { RuleId } from '@/lib/rules/types';

export const RULE_TEXT: Record<RuleId, { message: string; suggestion: string }> = {
  'too-long': {
    message: 'This is a long message.',
    suggestion: 'Keep it to a line or two: short, casual and light.',
  },
  confession: {
    message: 'This reads as a confession of feelings.',
    suggestion: 'Leave the big feelings out for now; a light check-in lands better.',
  },
  autopsy: {
    message: 'This goes back over the breakup.',
    suggestion: 'Don’t rehash the past by text; keep it about today.',
  },
  pleading: {
    message: 'This sounds like asking for another chance.',
    suggestion: 'No pleading and no big promises: calm and brief says more.',
  },
  labels: {
    message: 'This pushes for a label.',
    suggestion: 'Don’t ask what you are yet; let things unfold.',
  },
  'late-night': {
    message: 'It’s the middle of the night.',
    suggestion: 'Messages sent late feel heavier. Wait until the morning.',
  },
  'double-text': {
    message: 'Your message is already the last one.',
    suggestion: 'Wait for their reply before you send more.',
  },
  'too-soon': {
    message: 'You wrote to them very recently.',
    suggestion: 'Give it a few days between messages.',
  },
  'space-window': {
    message: 'You’re in your space window.',
    suggestion: 'No texts for now. Write it down somewhere else if that helps, and keep it.',
  },
};
