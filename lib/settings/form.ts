/** Pure: the popup's contact form fields <-> a validated contact. */
import { ContactSchema, COUNTDOWN_SECONDS, fieldErrors, WINDOW_DAYS, type Contact } from '@/lib/settings/schema';

export interface ContactFields {
  name: string;
  otherNames: string;
  handle: string;
  startDate: string;
  windowDays: string;
  /** Shown in the options page only; the popup keeps what was there. */
  pause: string;
  countdownSeconds: string;
  safetyMode: boolean;
}

export type FormResult = { ok: true; contact: Contact } | { ok: false; errors: Record<string, string> };

/** "Jo, Jordy\nJ.A." -> ["Jo", "Jordy", "J.A."] */
export function splitNames(text: string): string[] {
  return text
    .split(/[,\n;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function emptyFields(today: string): ContactFields {
  return {
    name: '',
    otherNames: '',
    handle: '',
    startDate: today,
    windowDays: String(WINDOW_DAYS.default),
    pause: 'window',
    countdownSeconds: String(COUNTDOWN_SECONDS.default),
    safetyMode: false,
  };
}

export function fieldsFromContact(contact: Contact): ContactFields {
  return {
    name: contact.name,
    otherNames: contact.otherNames.join(', '),
    handle: contact.handle ?? '',
    startDate: contact.startDate,
    windowDays: String(contact.windowDays),
    pause: contact.pause,
    countdownSeconds: String(contact.countdownSeconds),
    safetyMode: contact.safetyMode,
  };
}

/** Validates the form; keeps settings the form does not show from `previous`. */
export function contactFromFields(fields: ContactFields, id: string, previous?: Contact): FormResult {
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));
  const parsed = ContactSchema.safeParse({
    ...previous,
    id,
    name: fields.name,
    otherNames: splitNames(fields.otherNames),
    handle: fields.handle.trim() || undefined,
    startDate: fields.startDate,
    windowDays: number(fields.windowDays),
    pause: fields.pause,
    countdownSeconds: number(fields.countdownSeconds),
    safetyMode: fields.safetyMode,
  });
  if (parsed.success) return { ok: true, contact: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error.issues) };
}
