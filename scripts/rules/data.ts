/**
 * The team's labelled drafts (data/rules/*.txt), the fixed held-out split and
 * the deterministic augmentation training uses. Line format: see
 * data/rules/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { hash } from '@/lib/rules/features';
import type { RuleId } from '@/lib/rules/types';

export type Lang = 'en' | 'es';
export interface Draft {
  text: string;
  rules: RuleId[];
  lang: Lang;
  register: string;
}

const CODES: Record<string, RuleId> = { c: 'confession', a: 'autopsy', p: 'pleading', l: 'labels', L: 'too-long' };
export const DATA_DIR = 'data/rules';

export function parseLines(source: string, lang: Lang): Draft[] {
  const out: Draft[] = [];
  let register = 'plain';
  for (const line of source.split('\n')) {
    if (line.startsWith('## ')) register = line.slice(3).trim();
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^(\S+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`bad line: ${line}`);
    const codes = m[1]!;
    const rules =
      codes === '-'
        ? []
        : [...codes].map(
            (c) =>
              CODES[c] ??
              (() => {
                throw new Error(`bad code ${c}: ${line}`);
              })(),
          );
    out.push({ text: m[2]!.replace(/\\n/g, '\n'), rules, lang, register });
  }
  return out;
}

export function loadDrafts(dir = DATA_DIR): Draft[] {
  const files = readdirSync(dir)
    .filter((f) => /^(en|es)-.*\.txt$/.test(f))
    .sort();
  return files.flatMap((f) => parseLines(readFileSync(`${dir}/${f}`, 'utf8'), f.slice(0, 2) as Lang));
}

/** The held-out split: one draft in five, by a stable hash of its text, never seen by training. */
export const isHeldOut = (text: string) => hash(`split:${text.trim().toLowerCase()}`) % 5 === 0;

/** A small seeded generator (mulberry32), so training is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const SHORT: Record<Lang, [RegExp, string][]> = {
  en: [
    [/\byou\b/gi, 'u'],
    [/\byour\b/gi, 'ur'],
    [/\bplease\b/gi, 'pls'],
    [/\bI'm\b/gi, 'im'],
    [/\bbecause\b/gi, 'bc'],
    [/\bare\b/gi, 'r'],
    [/\bdon't\b/gi, 'dont'],
    [/\bcan't\b/gi, 'cant'],
    [/\babout\b/gi, 'abt'],
    [/\bI'll\b/gi, 'ill'],
  ],
  es: [
    [/\bque\b/gi, 'q'],
    [/\bporque\b/gi, 'xq'],
    [/\bpor qué\b/gi, 'xq'],
    [/\bpor favor\b/gi, 'porfa'],
    [/\bte\b/gi, 't'],
    [/\bde\b/gi, 'd'],
    [/\bestoy\b/gi, 'toy'],
    [/\bpor\b/gi, 'x'],
    [/\btambién\b/gi, 'tmb'],
  ],
};
const OPENERS: Record<Lang, string[]> = {
  en: ['hey', 'hey.', 'hi', 'ok so', 'honestly', 'idk', 'so', 'listen,', 'look,', 'hey you', 'hi stranger,', 'not gonna lie'],
  es: ['hola', 'oye', 'hey', 'la verdad', 'bueno', 'mira,', 'no sé', 'oye tú,', 'hola hola', 'che,'],
};
const CLOSERS: Record<Lang, string[]> = {
  en: ['lol', 'haha', 'x', '🥺', '😔', '...', '!!', 'tbh', 'anyway', 'ok bye', '💔', '🙂'],
  es: ['jaja', 'jajaja', 'bueno', '🥺', '😔', '...', '!!', 'en fin', 'nada', '💔', 'xd', 'besos'],
};

/** Lowercase, little punctuation, shorthand: how the same draft is often typed. */
export function casual(text: string, lang: Lang, r: () => number): string {
  let t = text;
  if (r() < 0.7) t = t.toLowerCase();
  if (r() < 0.6) t = t.replace(/[.,¡¿!;:]/g, '').replace(/[’']/g, r() < 0.5 ? '' : "'");
  for (const [from, to] of SHORT[lang]) if (r() < 0.5) t = t.replace(from, to);
  return t.replace(/\s+/g, ' ').trim();
}

/** One drawn-out letter in a word, or two letters swapped: everyday typos. */
export function typo(text: string, r: () => number): string {
  const words = text.split(' ');
  const i = Math.floor(r() * words.length);
  const w = words[i]!;
  if (w.length < 4) return text;
  const k = 1 + Math.floor(r() * (w.length - 2));
  words[i] = r() < 0.5 ? w.slice(0, k) + w[k]!.repeat(3) + w.slice(k + 1) : w.slice(0, k - 1) + w[k] + w[k - 1] + w.slice(k + 1);
  return words.join(' ');
}

/**
 * Training drafts from the team's drafts: each as written, a casual retyping,
 * some with a typo, an opener or a closer, and pairs of drafts sent as one
 * message (their rules together) so that a rule inside a friendly sentence is
 * still learned as the rule.
 */
export function augment(drafts: readonly Draft[], seed = 13): Draft[] {
  const r = rng(seed);
  const out: Draft[] = [];
  const short = drafts.filter((d) => !d.rules.includes('too-long'));
  for (const d of drafts) {
    out.push(d);
    if (d.rules.includes('too-long')) continue;
    out.push({ ...d, text: casual(d.text, d.lang, r), register: 'aug-casual' });
    if (r() < 0.4) out.push({ ...d, text: typo(d.text, r), register: 'aug-typo' });
    if (r() < 0.4) out.push({ ...d, text: `${pick(r, OPENERS[d.lang])} ${d.text}`, register: 'aug-opener' });
    if (r() < 0.3) out.push({ ...d, text: `${d.text} ${pick(r, CLOSERS[d.lang])}`, register: 'aug-closer' });
  }
  for (const d of everydayDrafts())
    out.push(d.lang === 'es' && r() < 0.5 ? { ...d, text: `¿${d.text}?` } : r() < 0.5 ? { ...d, text: `${d.text}?` } : d);
  for (const lang of ['en', 'es'] as const) {
    const pool = short.filter((d) => d.lang === lang);
    const neutral = pool.filter((d) => d.rules.length === 0);
    for (let i = 0; i < pool.length; i++) {
      const a = pool[i]!;
      const b = r() < 0.6 ? pick(r, neutral) : pick(r, pool);
      const [first, second] = r() < 0.5 ? [a, b] : [b, a];
      const joiner = pick(r, [' ', '. ', ', ', '\n', '! ', lang === 'en' ? ' and ' : ' y ']);
      const rules = [...new Set([...first.rules, ...second.rules])];
      out.push({ text: `${first.text}${joiner}${second.text}`, rules, lang, register: 'aug-pair' });
    }
  }
  return out;
}

/**
 * Everyday drafts built from the rules' own openings with a mundane ending
 * ("we need to talk about the rent", "¿qué pasó con el coche?"): the words
 * a rule starts with are not the rule. Written by the team as templates;
 * training only, never in the held-out split.
 */
const EVERYDAY: Record<Lang, [string[], string[]][]> = {
  en: [
    [
      ['we need to talk about', 'can we talk about', 'we should talk about', 'we have to sort out'],
      [
        'the rent',
        'the deposit',
        'the car insurance',
        'the dog',
        'the boxes',
        'the wifi bill',
        'the tickets',
        "Sam's party",
        'the lease',
        'the holiday refund',
      ],
    ],
    [
      ['what happened', 'what went wrong', 'what changed'],
      [
        'at work',
        'with the car',
        'with the booking',
        'at the match',
        'with your phone',
        'with the oven',
        'at the meeting',
        'with the parcel',
        'with the flight',
        'at the vet',
      ],
    ],
    [
      ['why did you leave', 'why did you take', 'why did you move'],
      [
        'the door open',
        'your keys here',
        'the party so early',
        'the group chat',
        'the lights on',
        'your bike outside',
        'the meeting early',
        'the box at the front desk',
      ],
    ],
    [
      ['are we still on for', 'are we meeting for', 'are we doing', 'what are we doing for', 'what are we bringing to'],
      ['Friday', 'the quiz', 'dinner', "Mia's birthday", 'the barbecue', 'the match', 'brunch on Sunday', 'the wedding'],
    ],
    [
      ['where do we stand on', 'where are we with', 'where is'],
      ['the deposit', 'the car payment', 'the parcel', 'the spare key', 'the booking', 'the refund'],
    ],
    [
      ['I miss', 'I really miss', 'do you miss', 'I missed'],
      [
        'the bus',
        'the train',
        'the old cafe',
        'summer',
        'the sea',
        'my old job',
        'the deadline',
        'your call',
        'the start of the film',
        'that bakery on the corner',
      ],
    ],
    [
      ['I love', 'I really love', 'you would love', 'I loved'],
      ['this song', 'that film', 'the new album', 'this recipe', 'the photos', 'the new flat', 'that book', 'this weather', 'the show'],
    ],
    [
      ['please send me', 'please bring', 'please return', 'can you please send', 'please forward'],
      ['the file', 'the photos', 'my charger', 'the address', 'the invoice', 'my books', 'the form', 'the spare key'],
    ],
    [
      ['give me', 'just give me', 'can you give me'],
      ['a sec', 'a call later', 'a hand on Saturday', 'five minutes', 'the number for the plumber', 'a lift to the station'],
    ],
    [
      ['I need', 'I really need', 'I need you to send'],
      ['the spare key', 'the form signed', 'the wifi password', 'my jacket back', 'the dates for July', 'a plumber'],
    ],
    [
      ["I'll change", "I'm going to change", 'I will change'],
      ['the booking', 'my flight', 'the locks', 'the password', 'the date', 'jobs in January'],
    ],
    [
      ['come back', 'come back safe', 'when do you come back'],
      ['from Madrid', 'from the trip', 'from work', 'from the shops', 'before dark'],
    ],
    [
      ['can we try', "let's try", 'try again'],
      ['the new ramen place', 'the other entrance', 'tomorrow', 'after lunch', 'the later train'],
    ],
    [
      ['hope you have a', 'have a', 'enjoy your', 'hope you had a'],
      [
        'lovely day',
        'great day',
        'good weekend',
        'nice trip',
        'good one',
        'lovely birthday',
        'great time at the wedding',
        'restful holiday',
        'smooth move',
      ],
    ],
    [
      ['it was a', 'what a', "I've had a", 'today was a'],
      ['long day', 'lovely day', 'mad week', 'good day at work', 'rough week at work', 'busy day'],
    ],
    [
      ['I still have', 'I still think', 'are we still'],
      ['your copy of the book', 'the blue sofa was right', 'your mail here', 'on for Friday', 'your umbrella', 'meeting at six'],
    ],
  ],
  es: [
    [
      ['tenemos que hablar', 'hay que hablar', 'tenemos que ver lo'],
      [
        'del alquiler',
        'con el casero',
        'de la fianza',
        'del coche',
        'de las entradas',
        'del perro',
        'del viaje',
        'de la factura de la luz',
        'del cumple de Sam',
      ],
    ],
    [
      ['qué pasó', 'qué salió mal', 'qué cambió'],
      [
        'en el trabajo',
        'con el coche',
        'con la reserva',
        'en el partido',
        'con tu móvil',
        'con el horno',
        'en la reunión',
        'con el paquete',
        'con el vuelo',
      ],
    ],
    [
      ['por qué dejaste', 'por qué te llevaste', 'dónde dejaste'],
      ['la puerta abierta', 'las llaves aquí', 'la luz encendida', 'la bici fuera', 'el cargador', 'la caja en portería'],
    ],
    [
      ['seguimos con lo del', 'quedamos el', 'qué hacemos el', 'qué llevamos el'],
      ['viernes', 'sábado', 'domingo', 'cumple de Mía', 'partido', 'concierto'],
    ],
    [
      ['volvemos', 'volvemos a casa', 'cuándo volvemos'],
      ['el domingo', 'en tren', 'mañana temprano', 'de la playa', 'a las ocho'],
    ],
    [
      ['extraño', 'echo de menos', 'perdí'],
      ['el autobús', 'el tren', 'ese bar', 'el verano', 'el mar', 'mi antiguo trabajo', 'la panadería de la esquina'],
    ],
    [
      ['me encanta', 'me encantó', 'te va a encantar', 'amo'],
      ['esta canción', 'esa película', 'el disco nuevo', 'esta receta', 'las fotos', 'el piso nuevo', 'ese libro', 'la serie'],
    ],
    [
      ['por favor mándame', 'porfa trae', 'por favor devuélveme', 'xfa pásame'],
      ['el archivo', 'las fotos', 'mi cargador', 'la dirección', 'la factura', 'mis libros', 'la llave de repuesto'],
    ],
    [
      ['te quiero', 'te quería'],
      ['contar una cosa', 'pedir un favor', 'preguntar por el piso', 'pasar las fotos', 'devolver el libro', 'avisar de la reunión'],
    ],
    [
      ['dame', 'dame solo'],
      ['un segundo', 'un toque luego', 'cinco minutos', 'el número del fontanero'],
    ],
    [
      ['necesito', 'necesito que me mandes'],
      ['las llaves', 'el papel firmado', 'la contraseña del wifi', 'mi chaqueta', 'las fechas de julio'],
    ],
    [
      ['voy a cambiar', 'cambié'],
      ['la reserva', 'el vuelo', 'la cerradura', 'la contraseña', 'de trabajo en enero'],
    ],
    [
      ['vuelve', 'vuelve con cuidado', 'cuándo vuelves'],
      ['de Madrid', 'del viaje', 'del trabajo', 'antes de que anochezca'],
    ],
    [
      ['todavía tengo', 'sigo teniendo'],
      ['tu libro', 'tus botas', 'el molde de tu madre', 'tu cargador', 'cartas tuyas'],
    ],
    [
      ['que tengas un', 'espero que tengas un', 'que pases un', 'disfruta tu'],
      ['buen día', 'gran día', 'buen finde', 'buen viaje', 'feliz cumpleaños', 'buen descanso', 'buen vuelo'],
    ],
    [
      ['fue un día', 'qué día', 'vaya semana', 'hoy fue un día'],
      ['largo', 'genial', 'de locos', 'tranquilo en el trabajo', 'agotador'],
    ],
  ],
};

export function everydayDrafts(): Draft[] {
  const out: Draft[] = [];
  for (const lang of ['en', 'es'] as const)
    for (const [starts, ends] of EVERYDAY[lang])
      for (const start of starts)
        for (const end of ends) out.push({ text: `${start} ${end}`, rules: [], lang, register: 'template-everyday' });
  return out;
}
