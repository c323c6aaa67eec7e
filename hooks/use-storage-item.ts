import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A WXT storage item as React state: follows changes made anywhere (another tab, the content script). */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let live = true;
    void item.getValue().then((stored) => live && setValue(stored));
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const set = (next: T) => {
    setValue(next);
    void item.setValue(next);
  };
  return [value, set];
}
