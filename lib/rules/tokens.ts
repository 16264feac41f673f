/**
 * Draft text -> normalised tokens that remember where they came from, so a
 * finding can quote the draft's own words. Case, accents, apostrophes and
 * repeated letters ("sooo", "pleeease") are folded, digits become `#`, hearts
 * one `❤`, sentence ends a boundary `|`; texting shorthand ("ily", "u", "tqm",
 * "xq") is expanded in place. Linear in the text's length.
 */

export const BOUNDARY = '|';

/** FNV-1a of a token's text (features.ts mixes these into n-gram keys). */
export function tokenKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const BOUNDARY_KEY = tokenKey(BOUNDARY);

export interface Token {
  /** Normalised word, emoji or BOUNDARY. */
  text: string;
  /** Its source span in the draft (UTF-16 offsets). */
  start: number;
  end: number;
  /** Within a few words after "not", "never", "no", "nunca"… */
  negated: boolean;
  /** A hash of text, for the classifier's features. */
  key: number;
}

// Words, a single pictograph, "<3", or a run of sentence-ending punctuation.
const PIECE = /[\p{L}\p{N}\p{M}'’‘`´ʼ]+|<3+|\p{Extended_Pictographic}|[.!?¡¿;:\n\r…]+/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘`´ʼ]/g;
const REPEATS = /(\p{L})\1+/gu;
const DIGITS = /\p{N}+/gu;
const HEART = /^(?:<3+|[❤♥❣💕💖💗💓💞💘💝💟🧡💛💚💙💜🤎🖤🤍🩷🩵🩶])$/u;
const WORDLIKE = /^[\p{L}\p{N}]/u;

/**
 * Shorthand written as one word, English and Spanish together (people mix
 * them). Left out on purpose where the two languages disagree: "y" (Spanish
 * "and"), "x" (a kiss, or Spanish "por"), "k" ("ok", or Spanish "que"), "ya".
 */
const SHORTHAND: Record<string, string> = {
  u: 'you',
  yu: 'you',
  ur: 'your',
  youre: 'you are',
  r: 'are',
  luv: 'love',
  lov: 'love',
  wuv: 'love',
  ily: 'i love you',
  ilu: 'i love you',
  ilysm: 'i love you so much',
  ilyvm: 'i love you very much',
  imy: 'i miss you',
  imysm: 'i miss you so much',
  pls: 'please',
  plz: 'please',
  plez: 'please',
  pleas: 'please',
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  ill: 'i will',
  dont: 'do not',
  didnt: 'did not',
  doesnt: 'does not',
  cant: 'can not',
  cannot: 'can not',
  couldnt: 'could not',
  wont: 'will not',
  wouldnt: 'would not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  havent: 'have not',
  shouldnt: 'should not',
  aint: 'is not',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  becuz: 'because',
  wat: 'what',
  wut: 'what',
  wot: 'what',
  idk: 'i do not know',
  idek: 'i do not even know',
  abt: 'about',
  bout: 'about',
  rn: 'right now',
  tho: 'though',
  bby: 'baby',
  bb: 'baby',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  dtr: 'define the relationship',
  bf: 'boyfriend',
  gf: 'girlfriend',
  thx: 'thanks',
  ty: 'thank you',
  np: 'no problem',
  ppl: 'people',
  // Spanish
  q: 'que',
  ke: 'que',
  xq: 'porque',
  xk: 'porque',
  pq: 'porque',
  porq: 'porque',
  tqm: 'te quiero mucho',
  tkm: 'te quiero mucho',
  tq: 'te quiero',
  tk: 'te quiero',
  tam: 'te amo',
  tb: 'tambien',
  tmb: 'tambien',
  tmbn: 'tambien',
  xfa: 'por favor',
  porfa: 'por favor',
  porfis: 'por favor',
  pf: 'por favor',
  xa: 'para',
  pa: 'para',
  toy: 'estoy',
  ntp: 'no te preocupes',
  bn: 'bien',
  dnd: 'donde',
  msj: 'mensaje',
  t: 'te',
  d: 'de',
  m: 'me',
  tons: 'entonces',
  vdd: 'verdad',
  xd: 'jaja',
};

// A word after one of these, within a few words, reads the other way ("I don't miss you", "ya no te quiero").
const NEGATORS = new Set(['not', 'no', 'never', 'nunca', 'jamas', 'ni', 'nada', 'nothing', 'nobody', 'nadie']);
const NEGATION_SPAN = 3;

function normaliseWord(raw: string): string {
  // Fast path for plain ASCII words, the bulk of any draft: fold case, drop apostrophes, squeeze repeats, digits to '#'.
  let out = '';
  let prev = -1;
  for (let i = 0; i < raw.length; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 39 || c === 96) continue;
    else if (c > 127) return normaliseUnicode(raw);
    if (c >= 48 && c <= 57) {
      if (prev !== 35) out += '#';
      prev = 35;
      continue;
    }
    if (c !== prev) out += String.fromCharCode(c);
    prev = c;
  }
  return out;
}

function normaliseUnicode(raw: string): string {
  return raw.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '').replace(REPEATS, '$1').replace(DIGITS, '#');
}

/** The draft's tokens, with shorthand expanded, boundaries collapsed and negation marked. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let negateLeft = 0;
  const push = (word: string, start: number, end: number) => {
    const negated = negateLeft > 0;
    if (negateLeft > 0) negateLeft--;
    out.push({ text: word, start, end, negated, key: tokenKey(word) });
    if (NEGATORS.has(word)) negateLeft = NEGATION_SPAN;
  };
  for (const match of text.matchAll(PIECE)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (HEART.test(raw)) {
      push('❤', start, end);
    } else if (WORDLIKE.test(raw)) {
      const word = normaliseWord(raw);
      if (!word) continue;
      const full = SHORTHAND[word];
      if (full) for (const part of full.split(' ')) push(part, start, end);
      else push(word, start, end);
    } else if (/\p{Extended_Pictographic}/u.test(raw)) {
      push(raw, start, end);
    } else {
      negateLeft = 0;
      if (out.length > 0 && out[out.length - 1]!.text !== BOUNDARY)
        out.push({ text: BOUNDARY, start, end, negated: false, key: BOUNDARY_KEY });
    }
  }
  return out;
}

/** How many words the draft has (emoji and punctuation aside). */
export function wordCount(text: string): number {
  let n = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) if (match[0]) n++;
  return n;
}
