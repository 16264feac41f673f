/**
 * What Telegram Web K (tweb) and Web A (telegram-tt) share: both number peers
 * the same way (users positive, basic groups, supergroups and channels
 * negative), write the open peer's id into the URL hash, draw verified and
 * premium badges as icon-font glyphs next to the name, and localize every
 * subtitle. The kind is read from ids and flags first; subtitle words, in
 * many languages, come last and only tell a channel from a group or speak
 * when nothing structural is there.
 */
import { displayText, lastMatching } from '@/lib/sites/dom';
import type { ChatKind } from '@/lib/sites/types';

/** A `data-peer-id` as a number, or null when absent or not an id. */
export function peerIdOf(el: Element | null | undefined): number | null {
  const raw = el?.getAttribute('data-peer-id')?.trim();
  return raw && /^-?\d+$/.test(raw) ? Number(raw) : null;
}

/** The peer id leading the URL hash (`#-100…`, `#123_456` for a topic); null for `#@username`. */
export function hashPeerId(url: URL): number | null {
  const match = /^#(-?\d+)/.exec(url.hash);
  return match ? Number(match[1]) : null;
}

// Icon fonts (tweb's tgico, telegram-tt's icons) put badges in the Private Use Area.
const ICON_GLYPHS = /[\uE000-\uF8FF]/g;

/** A title as the person reads it: emoji images by their alt, icon-font badges dropped. */
export function titleText(el: Element | null | undefined): string {
  return displayText(el).replace(ICON_GLYPHS, '').replace(/\s+/g, ' ').trim();
}

// Telegram's own subtitle words ("N members", "N subscribers"), in the languages its
// clients ship most: en, es, pt, fr, de, it, id, ru, uk, tr, hi, ar, fa. Word stems
// where a language inflects by count.
// Whole words: no letter or combining mark either side (\b knows only ASCII).
const LETTER = '[\\p{L}\\p{M}]';
const words = (list: string) => new RegExp(`(?<!${LETTER})(?:${list})(?!${LETTER})`, 'iu');
const CHANNEL_WORDS = words(
  [
    'subscribers?',
    'suscriptor(?:es)?',
    'inscritos?',
    'assinantes?',
    'abonné(?:e)?s?',
    'abonnent(?:en)?',
    'iscritt[io]',
    'pelanggan',
    'подписчик\\p{L}*',
    'підписник\\p{L}*',
    'abone',
    'सब्सक्राइबर',
    'مشترك\\p{M}*(?:ين|ون|ا)?',
    'مشترک',
  ].join('|'),
);
const GROUP_WORDS = words(
  [
    'members?',
    'miembros?',
    'membros?',
    'membres?',
    'mitglied(?:er)?',
    'membri',
    'anggota',
    'участник\\p{L}*',
    'учасник\\p{L}*',
    'üye',
    'सदस्य',
    // Arabic marks (tanwin) may sit between the stem and its ending.
    'عضو\\p{M}*ا?',
    'أعضاء',
  ].join('|'),
);

/** What a header subtitle says of the chat, in any of the languages above; null when it says nothing. */
export function subtitleKind(subtitle: string): 'group' | 'channel' | null {
  if (CHANNEL_WORDS.test(subtitle)) return 'channel';
  if (GROUP_WORDS.test(subtitle)) return 'group';
  return null;
}

/** What the page shows about the open chat, most trusted first. */
export interface KindClues {
  /** The open peer's id as the header carries it. */
  headerPeer: number | null;
  /** The peer id in the URL hash. */
  hashPeer: number | null;
  /** Evidence of a broadcast channel the client marks structurally (a class), named; else null. */
  channelFlag?: string | null;
  /** Evidence of a group the client marks structurally (a class, a topic icon), named; else null. */
  groupFlag?: string | null;
  /** The header subtitle ("last seen…", "N members"), localized. */
  subtitle: string;
}

/** The chat's kind and what it was read from. Never a guess: 'unknown' when the page does not say. */
export function telegramKind(clues: KindClues): { kind: ChatKind; evidence: string } {
  const words = subtitleKind(clues.subtitle);
  if (clues.channelFlag) return { kind: 'channel', evidence: clues.channelFlag };
  const [peer, where] = clues.headerPeer !== null ? [clues.headerPeer, 'header'] : [clues.hashPeer, 'URL'];
  if (peer !== null && peer < 0) {
    return words === 'channel'
      ? { kind: 'channel', evidence: `${where} peer id < 0, subscribers subtitle` }
      : { kind: 'group', evidence: `${where} peer id < 0` };
  }
  // Users (people, bots, the self chat) are the only positive peers.
  if (peer !== null && peer > 0) return { kind: 'direct', evidence: `${where} peer id > 0` };
  if (clues.groupFlag) return { kind: words ?? 'group', evidence: clues.groupFlag };
  if (words) return { kind: words, evidence: `${words === 'channel' ? 'subscribers' : 'members'} subtitle` };
  return { kind: 'unknown', evidence: 'none' };
}

/** Whether the newest message under `root` is the person's own; null when there is none. Reads from the end. */
export function newestIsOwn(root: Element | null | undefined, message: string, own: string): boolean | null {
  const [last] = lastMatching(root, message, 1);
  return last ? last.matches(own) : null;
}
