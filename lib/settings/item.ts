/**
 * One factory for every stored value: a versioned WXT storage item whose
 * reads are validated (a value that fails is set aside, never silently
 * dropped, and the fallback applies), whose writes are validated, and whose
 * read-modify-writes always run under the storage lock.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { withStorageLock } from '@/lib/settings/merge';

export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
  parse(value: unknown): T;
}

/** What to do with a stored value that fails validation. */
export type Unreadable = (key: string, raw: unknown) => void | Promise<void>;

export interface ItemOptions<T> {
  key: StorageItemKey;
  schema: Schema<T>;
  fallback: T;
  version?: number;
  /** One per version after the first; never throws (an unknown old value passes through, to be set aside). */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Called with a value that failed validation (by default nothing: the fallback applies). */
  unreadable?: Unreadable;
}

export interface StoredItem<T> {
  readonly key: StorageItemKey;
  readonly version: number;
  readonly fallback: T;
  /** The stored value, validated; the fallback when there is none or it can't be read. */
  get(): Promise<T>;
  /** Writes a value; throws (and writes nothing) if it is not valid. */
  set(value: T): Promise<void>;
  /** Read, change and write under the storage lock, so concurrent updates queue instead of racing. */
  update(change: (current: T) => T): Promise<T>;
  /** Every change, validated (a value that can't be read reaches the callback as the fallback). */
  watch(cb: (value: T) => void): () => void;
  /** The item's value and version, validated, for writing several items in one storage write. */
  entry(value: unknown): { key: StorageItemKey; value: T; meta: { v: number } };
}

export function validatedItem<T>({ key, schema, fallback, version = 1, migrations, unreadable }: ItemOptions<T>): StoredItem<T> {
  // Defined on first use, never at import: WXT imports entrypoints in Node at
  // build time, where there is no storage to touch.
  let defined: ReturnType<typeof storage.defineItem<unknown>> | undefined;
  const item = () => (defined ??= storage.defineItem<unknown>(key, { fallback, version, ...(migrations ? { migrations } : {}) }));

  // Reads set an unreadable value aside before answering; watchers, which
  // must answer at once, let it happen in the background.
  const parse = (raw: unknown): { ok: true; value: T } | { ok: false } => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
  };
  const read = async (raw: unknown): Promise<T> => {
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    await Promise.resolve(unreadable?.(key, raw)).catch(() => undefined);
    return fallback;
  };
  const readNow = (raw: unknown): T => {
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    void Promise.resolve(unreadable?.(key, raw)).catch(() => undefined);
    return fallback;
  };

  return {
    key,
    version,
    fallback,
    async get() {
      return read(await item().getValue());
    },
    async set(value) {
      await item().setValue(schema.parse(value));
    },
    update(change) {
      return withStorageLock(async () => {
        // Not `read`: setting a value aside takes the lock too, so it must wait until this update is done.
        const next = schema.parse(change(readNow(await item().getValue())));
        await item().setValue(next);
        return next;
      });
    },
    watch(cb) {
      return item().watch((raw) => cb(readNow(raw)));
    },
    entry(value) {
      return { key, value: schema.parse(value), meta: { v: version } };
    },
  };
}

/**
 * The current value now and every change after, in order: a change that
 * arrives before the first read has finished wins over it.
 */
export function follow<T>(item: Pick<StoredItem<T>, 'get' | 'watch'>, cb: (value: T) => void): () => void {
  let live = true;
  let changed = false;
  const unwatch = item.watch((value) => {
    changed = true;
    if (live) cb(value);
  });
  void item.get().then(
    (value) => live && !changed && cb(value),
    () => undefined,
  );
  return () => {
    live = false;
    unwatch();
  };
}
