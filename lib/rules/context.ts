/**
 * The rules that need no classifier: too-long and those that read the
 * context (the hour, who wrote last, when the person last wrote, the phase).
 * Small enough for the content script, which checks them synchronously.
 */
import { isNoContact } from '@/lib/phase';
import { DEFAULT_LIMITS, tooLong } from '@/lib/rules/length';
import type { DraftContext, Finding, QuietHours, RuleId } from '@/lib/rules/types';

export const DEFAULT_QUIET_HOURS: QuietHours = { start: 22, end: 7 };
export const TOO_SOON_MS = 2 * 24 * 60 * 60 * 1000;

const HAS_CONTENT = /[\p{L}\p{N}\p{Extended_Pictographic}]|<3/u;

/** Whether a draft has anything in it to check: a blank draft breaks nothing. */
export function hasContent(text: unknown): text is string {
  return typeof text === 'string' && HAS_CONTENT.test(text);
}

export function inQuietHours(now: Date, quiet: QuietHours): boolean {
  const h = now.getHours();
  return quiet.start > quiet.end ? h >= quiet.start || h < quiet.end : h >= quiet.start && h < quiet.end;
}

/** too-long and, with a context, the context rules; unordered, before the person's switches. */
export function measuredFindings(text: string, context?: DraftContext): Finding[] {
  if (!hasContent(text)) return [];
  const out: Finding[] = [];
  const long = tooLong(text, { ...DEFAULT_LIMITS, ...context?.limits });
  if (long) out.push(long);
  if (context) {
    const now = context.now ?? new Date();
    const rule = (id: RuleId) => out.push({ rule: id });
    if (inQuietHours(now, context.quietHours ?? DEFAULT_QUIET_HOURS)) rule('late-night');
    if (context.lastMessageMine === true) rule('double-text');
    const since = context.lastSentAt == null ? Infinity : now.getTime() - context.lastSentAt;
    if (since >= 0 && since < TOO_SOON_MS) rule('too-soon');
    if (isNoContact(context.phase ?? null)) rule('space-window');
  }
  return out;
}
