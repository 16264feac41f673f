/** Pure: given the open chat and the saved contacts, what should the page show? */
import { titleMatchesContact } from '@/lib/match';
import { phaseOf, type Phase } from '@/lib/phase';
import type { Contact } from '@/lib/settings/schema';
import type { OpenChat } from '@/lib/sites/types';

export interface Reminder {
  contact: Contact;
  phase: Phase;
}

/** The saved contact whose one-to-one chat is open, if any. Groups and channels never match. */
export function contactForChat(chat: OpenChat | null, contacts: readonly Contact[]): Contact | null {
  if (!chat || chat.kind !== 'direct') return null;
  return contacts.find((contact) => titleMatchesContact(chat.title, contact)) ?? null;
}

export function reminderFor(chat: OpenChat | null, contacts: readonly Contact[], now: Date): Reminder | null {
  const contact = contactForChat(chat, contacts);
  if (!contact) return null;
  const phase = phaseOf(contact, now);
  return phase ? { contact, phase } : null;
}

/** Identity of an open chat, to tell a switch from a re-render of the same chat. */
export function chatKey(chat: OpenChat | null): string {
  return chat ? `${chat.kind}:${chat.title}` : '';
}
