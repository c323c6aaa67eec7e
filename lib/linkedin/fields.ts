// Plain constants, no zod: the content script imports these and must stay small.

/** Caps keep a hostile or broken page from filling the sidebar or the database. */
export const TEXT_LIMITS = {
  short: 200,
  headline: 300,
  about: 2_600,
  url: 500,
  experience: 50,
  education: 20,
} as const;

/** The fields extraction tries to read, in the order the sidebar shows them. */
export const PROFILE_FIELDS = [
  'name',
  'headline',
  'currentTitle',
  'currentCompany',
  'location',
  'about',
  'photoUrl',
  'experience',
  'education',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];


/** What a normalised profile slug may contain: no separators, spaces, quotes or angle brackets. */
export const SLUG_PATTERN = /^[^/?#\s<>"'`]{1,100}$/u;
