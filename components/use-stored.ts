/** A stored value in a Preact component: undefined until read, then every change. */
import { useEffect, useState } from 'preact/hooks';
import { follow, type StoredItem } from '@/lib/settings/item';

export function useStored<T>(item: StoredItem<T>): T | undefined {
  const [value, setValue] = useState<{ current: T } | undefined>(undefined);
  // Boxed, so a stored function-like or undefined value is never mistaken for a state updater.
  useEffect(() => follow(item, (current) => setValue({ current })), [item]);
  return value?.current;
}
