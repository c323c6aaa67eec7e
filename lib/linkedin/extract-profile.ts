/**
 * Reads a LinkedIn profile page (or its /details/experience|education/ page) into a Profile.
 * Strategies run from the most stable to the least — URL, embedded JSON of the URL's slug,
 * JSON-LD and meta, then the DOM (anchors, headings, aria-labels, class names last) — and the
 * first value found for each field wins. Never throws; never reads the network.
 */
import type { Found } from './found';
import { fromJsonBlobs, fromJsonLd, fromMeta } from './from-json';
import { educationFromEntities, educationFromGuest, experienceFromEntities, experienceFromGuest } from './from-lists';
import { fromTopCard, nameFromTitle } from './from-top-card';
import { fromShape } from './from-shape';
import { mutualConnections } from './from-mutuals';
import { firstMatch } from './dom-query';
// Constants from fields.ts and types only from profile.ts: the content script stays free of zod.
import { PROFILE_FIELDS, TEXT_LIMITS, type ProfileField } from './fields';
import type { Education, Experience, Extraction, Profile } from './profile';

/** What the generic strategy can read: when the specific ones read all of it, it does not run. */
const SHAPE_FIELDS = ['name', 'headline', 'location', 'currentCompany'] as const;

/** Which strategy read each field: the bench prints it, "Report a page" saves it. */
type Trace = NonNullable<Extraction['trace']>;
import { DETAILS_SECTION, EDUCATION_SECTION, EXPERIENCE_SECTION, LAYOUT_MARKERS, type SelectorVariant } from './selectors';
import { cap, collapse } from './text';
import { profilePageKind, profileSlugFromUrl, profileUrlFor } from './url';

/** True when the URL is a LinkedIn profile (or one of its detail pages) the extractor can read. */
export function canExtract(url: URL): boolean {
  return profileSlugFromUrl(url) !== null;
}

/** Runs one strategy; a strategy that throws simply finds nothing. */
function attempt<T>(strategy: () => T, fallback: T): T {
  try {
    return strategy();
  } catch {
    return fallback;
  }
}

function detectLayout(doc: Document, url: URL): string {
  const marker = LAYOUT_MARKERS.find((variant) => firstMatch(doc, [variant]) !== null);
  const kind = profilePageKind(url);
  const layout = marker?.layout ?? 'unknown';
  return kind === 'details-experience' || kind === 'details-education' ? `${layout}-details` : layout;
}

function sectionOf(doc: Document, variants: readonly SelectorVariant[]): Element | null {
  const anchor = firstMatch(doc, variants);
  return anchor?.closest('section') ?? anchor;
}

/** Signed-in entities first; guest headings when the section has none. */
function readList<T>(root: Element | null, entities: (root: Element) => T[], guest: (root: Element) => T[]): T[] {
  if (!root) return [];
  const found = attempt(() => entities(root), []);
  return found.length > 0 ? found : attempt(() => guest(root), []);
}

function lists(doc: Document, url: URL): Found {
  const kind = profilePageKind(url);
  const details = kind === 'details-experience' || kind === 'details-education' ? firstMatch(doc, DETAILS_SECTION) : null;
  // A detail page lists one of the two; the other is not on it.
  const experienceRoot = kind === 'details-experience' ? details : kind === 'details-education' ? null : sectionOf(doc, EXPERIENCE_SECTION);
  const educationRoot = kind === 'details-education' ? details : kind === 'details-experience' ? null : sectionOf(doc, EDUCATION_SECTION);
  return {
    experience: readList(experienceRoot, experienceFromEntities, experienceFromGuest),
    education: readList(educationRoot, educationFromEntities, educationFromGuest),
  };
}

const short = (value: string | undefined): string | undefined => cleanField(value, TEXT_LIMITS.short);

function cleanField(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = cap(collapse(value), max);
  return text === '' ? undefined : text;
}

function cleanPhoto(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > TEXT_LIMITS.url || /ghost/iu.test(value)) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

function cleanExperience(items: Experience[]): Experience[] {
  return items
    .map((item) => ({ title: short(item.title), company: short(item.company), dateRange: short(item.dateRange), location: short(item.location) }))
    .filter((item) => item.title || item.company)
    .slice(0, TEXT_LIMITS.experience);
}

function cleanEducation(items: Education[]): Education[] {
  return items
    .map((item) => ({ school: short(item.school), degree: short(item.degree), field: short(item.field), dateRange: short(item.dateRange) }))
    .filter((item) => item.school)
    .slice(0, TEXT_LIMITS.education);
}

/** First non-empty value per field, in the order the sources are given; `trace` notes which source gave it. */
function merge(sources: (readonly [strategy: string, found: Found])[], trace: Trace = {}): Found {
  const out: Found = {};
  for (const [strategy, source] of sources) {
    for (const [key, value] of Object.entries(source) as [keyof Found, unknown][]) {
      const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
      const have = out[key] !== undefined && !(Array.isArray(out[key]) && (out[key] as unknown[]).length === 0);
      if (!empty && !have) {
        (out as Record<string, unknown>)[key] = value;
        trace[key] ??= strategy;
      }
    }
  }
  return out;
}

/** Current title and company from the first position when the page did not say them outright. */
function fromFirstPosition(found: Found): Found {
  const experience = found.experience ?? [];
  const company = found.currentCompany?.toLowerCase();
  const current = company ? experience.find((item) => item.company?.toLowerCase() === company) : experience[0];
  const ongoing = (current?.dateRange?.split(/ · |\(/u)[0]?.match(/\b(?:19|20)\d{2}\b/gu) ?? []).length === 1;
  return {
    currentTitle: current?.title,
    currentCompany: ongoing ? current?.company : undefined,
  };
}

function finish(slug: string, found: Found, layout: string, trace: Trace, doc: Document): Extraction {
  const profile: Profile = {
    slug,
    profileUrl: profileUrlFor(slug),
    name: short(found.name),
    headline: cleanField(found.headline, TEXT_LIMITS.headline),
    location: short(found.location),
    currentTitle: short(found.currentTitle),
    currentCompany: short(found.currentCompany),
    about: cleanField(found.about, TEXT_LIMITS.about),
    photoUrl: cleanPhoto(found.photoUrl),
    experience: cleanExperience(found.experience ?? []),
    education: cleanEducation(found.education ?? []),
  };
  for (const key of Object.keys(profile) as (keyof Profile)[]) if (profile[key] === undefined) delete profile[key];
  // Every value went through a cleaner above, so the result matches ExtractionSchema (tests check it).
  const present = (field: ProfileField): boolean => {
    const value = profile[field];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  };
  const result: Extraction = {
    profile,
    found: PROFILE_FIELDS.filter(present),
    missing: PROFILE_FIELDS.filter((field) => !present(field)),
    layout: cap(layout, 60),
    // Only what was kept: a value the cleaners dropped was not read.
    trace: Object.fromEntries(PROFILE_FIELDS.filter((field) => present(field) && trace[field]).map((field) => [field, trace[field]])),
  };
  const mutuals = attempt(() => mutualConnections(doc, slug), []);
  if (mutuals.length > 0) result.mutuals = mutuals;
  return result;
}

function bare(slug: string, layout: string): Extraction {
  return {
    profile: { slug, profileUrl: profileUrlFor(slug), experience: [], education: [] },
    found: [],
    missing: [...PROFILE_FIELDS],
    layout: cap(layout, 60),
  };
}

/**
 * Reads the profile of the person whose slug is in `url` from `doc`. Never throws: whatever it
 * cannot read is listed in `missing`; for a URL that is not a profile the slug is "unknown".
 */
export function extractProfile(doc: Document, url: URL): Extraction {
  const slug = attempt(() => profileSlugFromUrl(url), null) ?? 'unknown';
  const layout = attempt(() => detectLayout(doc, url), 'unknown');
  try {
    if (slug === 'unknown') return bare(slug, layout);
    const kind = profilePageKind(url);
    // A detail page has no top card: whatever a top-card selector found there would be something else.
    const onDetails = kind === 'details-experience' || kind === 'details-education';
    const trace: Trace = {};
    const found = merge([
      ['json-blob', attempt(() => fromJsonBlobs(doc, slug), {})],
      ['json-ld', attempt(() => fromJsonLd(doc, slug), {})],
      ['top-card', onDetails ? {} : attempt(() => fromTopCard(doc), {})],
      ['meta', attempt(() => fromMeta(doc, slug), {})],
      ['lists', attempt(() => lists(doc, url), {})],
      ['title', { name: attempt(() => nameFromTitle(doc), undefined) }],
    ], trace);
    // A top card with no current job labels the school first: a "company" that is one of their schools is not one.
    const schools = new Set((found.education ?? []).map((e) => e.school?.toLowerCase()).filter(Boolean));
    if (found.currentCompany && schools.has(found.currentCompany.toLowerCase())) {
      delete found.currentCompany;
      delete trace.currentCompany;
    }
    const withFirst = merge([['', found], ['first-position', attempt(() => fromFirstPosition(found), {})]], trace);
    // The generic strategy last: it only fills what every specific one left empty (and runs only then).
    // On a detail page it can add only the company (there is no top card to read).
    const complete = (onDetails ? !withFirst.currentCompany : SHAPE_FIELDS.some((field) => !withFirst[field]))
      ? merge([['', withFirst], ['shape', attempt(() => fromShape(doc, onDetails), {})]], trace)
      : withFirst;
    return finish(slug, complete, layout, trace, doc);
  } catch {
    return bare(slug, layout);
  }
}
