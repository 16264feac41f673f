/** Pure decisions about the pause before sending. */
import { isNoContact, type Phase } from '@/lib/phase';
import type { Finding } from '@/lib/rules/types';
import type { Contact } from '@/lib/settings/schema';

/** What is known about the draft about to be sent. */
export interface DraftVerdict {
  findings: readonly Finding[];
  /** The classifier has not answered for this exact text yet. */
  pending: boolean;
}

/**
 * Whether a send is paused. The default ('window', its stored id): every send
 * during the space window, then only a draft that breaks a rule, and a draft
 * still being read counts as breaking one (a send must not slip through on a
 * check that has not answered). 'always' and 'off' as chosen; safety mode
 * pauses every send.
 */
export function pauseApplies(contact: Pick<Contact, 'pause' | 'safetyMode'>, phase: Phase | null, draft: DraftVerdict): boolean {
  if (contact.safetyMode) return true;
  if (contact.pause === 'always') return true;
  if (contact.pause === 'off') return false;
  if (isNoContact(phase)) return true;
  if (phase?.kind === 'reconnect') return draft.pending || draft.findings.length > 0;
  return false;
}

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  keyCode?: number;
}

/** Enter that sends: not Shift+Enter (a new line), not Alt+Enter, not while an input method composes. */
export function isSendKey(event: KeyLike): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
  // 229 is what browsers report for keys an IME is still handling.
  return !event.isComposing && event.keyCode !== 229;
}
