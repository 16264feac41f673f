/**
 * Per-field last-writer-wins: an editor saves only the fields it changed
 * since it loaded the value, applied onto what is stored now. Two popups (or
 * the popup and the options page) editing different fields lose nothing.
 */

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The fields of `edited` that differ from `base`. */
export function changedFields<T extends object>(base: T, edited: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(edited)]) as Set<keyof T>) {
    if (!same(base[key], edited[key])) out[key] = edited[key];
  }
  return out;
}

/** `current` with the changed fields written over it. */
export function applyChanges<T extends object>(current: T, changes: Partial<T>): T {
  return { ...current, ...changes };
}

/**
 * Runs a read-modify-write under one lock shared by every extension page and
 * the service worker (same origin), so concurrent saves queue instead of racing.
 */
export async function withStorageLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('breathing-room:storage', fn);
  // Without the Web Locks API, at least serialise within this context.
  const run = queue.then(fn, fn);
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

let queue: Promise<unknown> = Promise.resolve();
