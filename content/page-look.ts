/** Reading the page's look: its theme and where the card may sit without covering the composer. */
import type { NudgePlacement, Placement } from '@/components/InPage';
import { isDarkBackground } from '@/lib/theme';

const CARD_TOP = 72;
const GAP = 12;

/** The background behind the card's corner, walked up to the first opaque colour. */
export function pageIsDark(doc: Document, ownHost: Element | null): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  const x = Math.max(0, win.innerWidth - 40);
  const y = Math.min(win.innerHeight - 1, CARD_TOP + 20);
  const stack = doc.elementsFromPoint?.(x, y) ?? [];
  const start = stack.find((el) => el !== ownHost && !ownHost?.contains(el)) ?? doc.body;
  for (let el: Element | null = start; el; el = el.parentElement) {
    const dark = isDarkBackground(win.getComputedStyle(el).backgroundColor);
    if (dark !== null) return dark;
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Top-right of the conversation, above the composer and right-aligned with it. */
export function pagePlacement(win: Window, composer: HTMLElement | null): Placement {
  const rect = composer?.getBoundingClientRect();
  const usable = rect && rect.width > 0 && rect.height > 0;
  const right = usable ? Math.max(GAP, win.innerWidth - rect.right) : 16;
  const bottomLimit = usable ? rect.top - GAP * 2 : win.innerHeight - GAP;
  return { top: CARD_TOP, right, maxHeight: Math.max(120, bottomLimit - CARD_TOP) };
}

/** Just above the composer, right-aligned with it (bottom/right from the viewport edges). */
export function nudgePlacement(win: Window, composer: HTMLElement | null): NudgePlacement {
  const rect = composer?.getBoundingClientRect();
  if (!rect || rect.width === 0) return { bottom: 96, right: 24 };
  return { bottom: Math.max(GAP, win.innerHeight - rect.top + 8), right: Math.max(GAP, win.innerWidth - rect.right) };
}
