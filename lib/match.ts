/**
 * Does a chat title mean the saved contact? Pure and forgiving about
 * presentation (case, accents, emoji, spacing, bidi marks, phone formatting),
 * strict about identity: a whole-name match only, never a substring, so
 * "Jordan" is not "Jordan Avery" and "Jordan Avery's Birthday" is not either.
 */

export interface ContactNames {
  name: string;
  otherNames?: readonly string[];
  handle?: string;
}

// Emoji and their glue: pictographs, skin tones, regional-indicator flags,
// variation selectors, zero-width joiner, keycap combiner, tag characters.
const EMOJI =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point is stripped on its own (g flag), glue included.
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{FE00}-\u{FE0F}\u{200D}\u{20E3}\u{E0020}-\u{E007F}]/gu;
// Invisible formatting: zero-width spaces, bidi marks, embeddings and isolates, BOM, soft hyphen.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Latin-style combining accents only: stripping every mark would merge
// distinct names in scripts where marks are letters (e.g. Devanagari).
const COMBINING_ACCENTS = /[\u0300-\u036F]/g;
const QUOTES = /[\u2018\u2019\u02BC`´]/g;
const PHONE_SHAPE = /^\+?[\d\s().\-/]+$/;
const MIN_PHONE_DIGITS = 7;

/** A comparable form of a display name ("  JOSÉ  ❤️ " -> "jose"). */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_ACCENTS, '')
    .replace(EMOJI, ' ')
    .replace(INVISIBLE, '')
    .replace(QUOTES, "'")
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A handle compared like a name, without its leading "@". */
function normalizeHandle(text: string): string {
  return normalizeName(text).replace(/^@+/, '');
}

/**
 * The digits of a phone number, or null when the text is not shaped like one.
 * An international "00" prefix and a national trunk "0" are dropped, so
 * "+44 7700 900123", "0044 7700 900123" and "07700 900123" compare by suffix.
 */
export function phoneDigits(text: string): string | null {
  const clean = text.normalize('NFKC').replace(INVISIBLE, '').trim();
  if (!PHONE_SHAPE.test(clean)) return null;
  const digits = clean.replace(/\D/g, '').replace(/^00/, '').replace(/^0+/, '');
  return digits.length >= MIN_PHONE_DIGITS ? digits : null;
}

/** Same number, allowing a country code (1–3 digits) present on one side only. */
function samePhone(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length - short.length <= 3 && long.endsWith(short);
}

/** True when `title` names the contact by a saved name, handle or phone number. */
export function titleMatchesContact(title: string, contact: ContactNames): boolean {
  const wanted = normalizeName(title);
  if (!wanted) return false;
  const names = [contact.name, ...(contact.otherNames ?? [])].map(normalizeName).filter(Boolean);
  if (names.includes(wanted)) return true;

  const handle = contact.handle?.trim();
  if (!handle) return false;
  const titlePhone = phoneDigits(title);
  const contactPhone = phoneDigits(handle);
  if (titlePhone && contactPhone) return samePhone(titlePhone, contactPhone);
  const h = normalizeHandle(handle);
  return h.length > 0 && normalizeHandle(title) === h;
}
