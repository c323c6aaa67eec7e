import { ExtractionSchema, PROFILE_FIELDS, TEXT_LIMITS, type Extraction, type Profile, type ProfileField } from './profile';
import { CURRENT_COMPANY, HEADLINE, LOCATION, NAME, TOP_CARD } from './selectors';
import { optionalText, readText } from './text';
import { profileSlugFromUrl, profileUrlFor } from './url';

type Fields = Omit<Profile, 'slug' | 'profileUrl'>;

/** True when the URL is a LinkedIn profile (or one of its detail pages) the extractor can read. */
export function canExtract(url: URL): boolean {
  return profileSlugFromUrl(url) !== null;
}

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found && readText(found)) return found;
    } catch {
      // An unsupported selector must not stop the others.
    }
  }
  return null;
}

function companyFromLabel(label: string | null): string | undefined {
  if (!label) return undefined;
  const match = /^[^:]+:\s*(.+?)\.\s*[^.]*$/u.exec(label.trim());
  return optionalText(match?.[1], TEXT_LIMITS.short);
}

function fromTopCard(doc: Document): Partial<Fields> {
  const nameEl = first(doc, NAME);
  // The top card is the section around the name; class-named variants only when there is no name.
  const card = nameEl?.closest('section') ?? first(doc, TOP_CARD) ?? doc;
  const out: Partial<Fields> = {};
  out.name = optionalText(readText(nameEl), TEXT_LIMITS.short);
  out.headline = optionalText(readText(first(card, HEADLINE)), TEXT_LIMITS.headline);
  out.location = optionalText(readText(first(card, LOCATION)), TEXT_LIMITS.short);
  for (const selector of CURRENT_COMPANY) {
    const el = card.querySelector(selector);
    const company = companyFromLabel(el?.getAttribute('aria-label') ?? null) ?? optionalText(readText(el), TEXT_LIMITS.short);
    if (company) {
      out.currentCompany = company;
      break;
    }
  }
  return out;
}

function finish(slug: string, fields: Partial<Fields>, layout: string): Extraction {
  const profile: Profile = {
    slug,
    profileUrl: profileUrlFor(slug),
    ...fields,
    experience: fields.experience ?? [],
    education: fields.education ?? [],
  };
  const found: ProfileField[] = [];
  const missing: ProfileField[] = [];
  for (const field of PROFILE_FIELDS) {
    const value = profile[field];
    const present = Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';
    (present ? found : missing).push(field);
  }
  const result = { profile, found, missing, layout };
  return ExtractionSchema.safeParse(result).success ? result : bare(slug, layout);
}

function bare(slug: string, layout: string): Extraction {
  return {
    profile: { slug, profileUrl: profileUrlFor(slug), experience: [], education: [] },
    found: [],
    missing: [...PROFILE_FIELDS],
    layout,
  };
}

/**
 * Reads the profile of the person whose slug is in `url` from `doc`. Never throws: whatever it
 * cannot read is listed in `missing`, and the slug always comes from the URL.
 */
export function extractProfile(doc: Document, url: URL): Extraction {
  const slug = profileSlugFromUrl(url) ?? 'unknown';
  try {
    return finish(slug, fromTopCard(doc), 'unknown');
  } catch {
    return bare(slug, 'unknown');
  }
}
