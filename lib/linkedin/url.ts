import { SLUG_PATTERN } from './fields';

const LINKEDIN_HOST = /^([a-z]{2,3}\.|www\.)?linkedin\.com$/u;

/**
 * The profile slug of a LinkedIn URL (`/in/<slug>/…`), normalised: decoded,
 * lower case, country subdomains folded. Null for anything that is not a profile.
 */
export function profileSlugFromUrl(url: URL | string): string | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !LINKEDIN_HOST.test(parsed.hostname.toLowerCase())) return null;
  const match = /^\/in\/([^/]+)/u.exec(parsed.pathname);
  if (!match?.[1]) return null;
  try {
    decodeURIComponent(match[1]);
  } catch {
    return null; // broken percent-encoding: not a profile anyone can open
  }
  const slug = normalizeSlug(match[1]);
  return SLUG_PATTERN.test(slug) ? slug : null;
}

/**
 * One spelling per person: a slug from a page, a lead's URL or a backup is percent-decoded
 * (when it decodes), trimmed, lower-cased and put in Unicode NFC, so `JaneDoe`, `janedoe`,
 * `%C3%A9ric-x` and `éric-x` (either composition) are each one person.
 */
export function normalizeSlug(raw: string): string {
  let slug = raw;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: keep the text as it is; the pattern decides.
  }
  return slug.trim().normalize('NFC').toLowerCase().normalize('NFC');
}

/** The canonical profile URL for a slug: `https://www.linkedin.com/in/<slug>/`. */
export function profileUrlFor(slug: string): string {
  return `https://www.linkedin.com/in/${slug}/`;
}

/** Which profile sub-page is open: the profile itself or one of its detail lists. */
export type ProfilePageKind = 'profile' | 'details-experience' | 'details-education' | 'other';

export function profilePageKind(url: URL): ProfilePageKind {
  if (profileSlugFromUrl(url) === null) return 'other';
  const rest = url.pathname.replace(/^\/in\/[^/]+\/?/u, '');
  if (rest === '') return 'profile';
  if (/^details\/experience\/?$/u.test(rest)) return 'details-experience';
  if (/^details\/education\/?$/u.test(rest)) return 'details-education';
  return 'other';
}
