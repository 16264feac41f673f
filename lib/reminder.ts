/** Pure: given the open chat and the saved contacts, what should the page show? */
import { titleMatchesContact } from '@/lib/match';
import { isSnoozed } from '@/lib/snooze';
import { phaseOf, type Phase } from '@/lib/phase';
import type { Contact } from '@/lib/settings/schema';
import { kindMayBeContactChat } from '@/lib/kind-policy';
import type { OpenThread } from '@/lib/sites/types';

/** What the reminder needs of an open chat. */
export type ChatIdentity = Pick<OpenThread, 'title' | 'kind'>;

export interface Reminder {
  contact: Contact;
  phase: Phase;
}

/** The saved contact whose one-to-one chat is open, if any (lib/kind-policy.ts says which kinds can be). */
export function contactForChat(chat: ChatIdentity | null, contacts: readonly Contact[]): Contact | null {
  if (!chat || !kindMayBeContactChat(chat.kind)) return null;
  return contacts.find((contact) => titleMatchesContact(chat.title, contact)) ?? null;
}

export function reminderFor(chat: ChatIdentity | null, contacts: readonly Contact[], now: Date): Reminder | null {
  const contact = contactForChat(chat, contacts);
  if (!contact) return null;
  const phase = phaseOf(contact, now);
  return phase ? { contact, phase } : null;
}

/** Identity of an open chat, to tell a switch from a re-render of the same chat. */
export function chatKey(chat: ChatIdentity | null): string {
  return chat ? `${chat.kind}:${chat.title}` : '';
}

/** Whether reminders may show on a site now: a contact saved, not snoozed, the site not switched off. */
export function remindersActive(
  settings: { contacts: readonly unknown[]; snoozeUntil: number | null; disabledSites: readonly string[] },
  siteId: string,
  now: number,
): boolean {
  return settings.contacts.length > 0 && !isSnoozed(settings.snoozeUntil, now) && !settings.disabledSites.includes(siteId);
}
