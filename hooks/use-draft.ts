import { useState } from 'react';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export interface Draft<T extends Record<string, unknown>> {
  /** What the form shows: the user's value where they changed a field, the stored one elsewhere. */
  values: T;
  set: <K extends keyof T>(key: K, value: T[K]) => void;
  /** The fields the user changed (from what the form last took in), and only those. */
  changed: () => Partial<T>;
  /** Whether any field differs from the stored row. */
  dirty: boolean;
}

/**
 * A form over a stored row that another window may change meanwhile (the sidebar and the contact
 * book, two tabs, the popup): a field the user has not touched follows the stored row live; a
 * field they changed keeps their value; a save sends only `changed()`, so it never writes an older
 * value over what was saved elsewhere. `stored` is the row as the form shows it (strings for inputs).
 */
export function useDraft<T extends Record<string, unknown>>(stored: T): Draft<T> {
  // `base` is the stored row the form last took in; a field differs from it once the user changes it.
  const [base, setBase] = useState(stored);
  const [values, setValues] = useState(stored);
  if (!same(base, stored)) {
    setValues((current) => {
      const next = { ...stored };
      for (const key of Object.keys(current) as (keyof T)[]) {
        if (!same(current[key], base[key])) next[key] = current[key];
      }
      return next;
    });
    setBase(stored);
  }
  const changedKeys = (Object.keys(values) as (keyof T)[]).filter((key) => !same(values[key], base[key]));
  return {
    values,
    set: (key, value) => setValues((current) => ({ ...current, [key]: value })),
    changed: () => Object.fromEntries(changedKeys.map((key) => [key, values[key]])) as Partial<T>,
    dirty: changedKeys.length > 0,
  };
}
