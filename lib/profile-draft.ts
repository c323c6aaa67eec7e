import type { Profile } from './linkedin/profile';
import { PAGE_FIELDS, type PageField } from './model/contact';

/** The fields the sidebar shows from the page, editable before saving (CONTACT_FIELDS' `fromPage`). */
export const DRAFT_FIELDS = PAGE_FIELDS;
export type DraftField = PageField;
export type DraftValues = Record<DraftField, string>;
export type Typed = Partial<Record<DraftField, string>>;

type Source = Partial<Record<DraftField, string | undefined>>;

/**
 * What each box of the sidebar shows: what the user typed wins over everything,
 * then what was saved for this contact, then what the page shows now. A re-read
 * of the page therefore never overwrites the user's typing or their saved edits.
 */
export function draftValues(page: Source | undefined, saved: Source | undefined, typed: Typed): DraftValues {
  const values = {} as DraftValues;
  for (const field of DRAFT_FIELDS) {
    values[field] = typed[field] ?? saved?.[field] ?? page?.[field] ?? '';
  }
  return values;
}

/** The profile fields to store: the sidebar's values, plus what the page read that is not editable here. */
export function fieldsToSave(values: DraftValues, page: Partial<Profile> | undefined) {
  const clean = (value: string) => {
    const trimmed = value.replace(/\s+/gu, ' ').trim();
    return trimmed === '' ? undefined : trimmed;
  };
  return {
    name: values.name.trim(),
    headline: clean(values.headline),
    currentTitle: clean(values.currentTitle),
    currentCompany: clean(values.currentCompany),
    location: clean(values.location),
    about: values.about.trim() === '' ? undefined : values.about.trim(),
    photoUrl: page?.photoUrl,
    experience: page?.experience ?? [],
    education: page?.education ?? [],
  };
}
