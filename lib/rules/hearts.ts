/** A draft of hearts and kisses says it without words: "❤️❤️❤️", "💕", "thinking of you 😘😘" (not "thanks ❤️"). */
const LOVE = /(?:❤|♥|❣|💕|💖|💗|💓|💞|💘|💝|💟|🧡|💛|💚|💙|💜|🤎|🖤|🤍|🩷|🩵|🩶|😍|🥰|😘|💋|💑|💏|<3)/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The span of the hearts when they make a confession, else null. */
export function heartSpan(text: string): [number, number] | null {
  const hits = [...text.matchAll(LOVE)];
  if (hits.length === 0 || (hits.length === 1 && HAS_WORD.test(text))) return null;
  const first = hits[0]!;
  const last = hits[hits.length - 1]!;
  return [first.index, last.index + last[0].length];
}
