/**
 * A whole number for the schemas: z.number() with an integer check, not
 * z.int(), whose number-format machinery weighs 0.4 KB gzip in every
 * content script. It accepts and refuses what z.int() does (safe integers
 * only), with the same error for a missing, non-numeric or fractional value.
 */
import * as z from 'zod/mini';

export function wholeNumber(params?: { error: () => string }) {
  return z.number(params).check(z.refine(Number.isSafeInteger, params));
}
