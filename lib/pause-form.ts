/**
 * Pure: which calm form the pause takes. The same form every time becomes a
 * reflex to click through, so the next form is never the last one; which of
 * the others is chosen by chance, so there is no pattern to learn either.
 */
export const PAUSE_FORMS = ['breathe', 'question', 'reread'] as const;
export type PauseForm = (typeof PAUSE_FORMS)[number];

/** `random` in [0, 1) (Math.random() in use; fixed in tests). */
export function nextPauseForm(last: PauseForm | null, random: number): PauseForm {
  const choices = PAUSE_FORMS.filter((form) => form !== last);
  const r = Number.isFinite(random) ? Math.min(Math.max(random, 0), 0.999999) : 0;
  return choices[Math.floor(r * choices.length)] ?? PAUSE_FORMS[0];
}
