/** Pure: what the toolbar badge shows for the saved contacts right now. */
import { phaseOf } from '@/lib/phase';
import { phaseStatus } from '@/lib/guidance';
import type { Contact } from '@/lib/settings/schema';

export interface Badge {
  text: string;
  title: string;
}

/** The day number during a space window (the first contact in one), otherwise nothing. */
export function badgeFor(contacts: readonly Contact[], now: Date): Badge {
  for (const contact of contacts) {
    const phase = phaseOf(contact, now);
    if (phase?.kind === 'window' || phase?.kind === 'no-contact') {
      return { text: String(phase.day), title: `Breathing Room · ${phaseStatus(phase)}` };
    }
  }
  const first = contacts[0] && phaseOf(contacts[0], now);
  return { text: '', title: first ? `Breathing Room · ${phaseStatus(first)}` : 'Breathing Room' };
}
