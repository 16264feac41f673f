/** Pure decisions about the pause before sending. */
import { isNoContact, type Phase } from '@/lib/phase';
import type { Contact } from '@/lib/settings/schema';

/** On during the space window by default; always, or never, if the person chose so; always in safety mode. */
export function pauseApplies(contact: Pick<Contact, 'pause' | 'safetyMode'>, phase: Phase | null): boolean {
  if (contact.safetyMode) return true;
  if (contact.pause === 'always') return true;
  if (contact.pause === 'off') return false;
  return isNoContact(phase);
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
