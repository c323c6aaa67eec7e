/**
 * Does the page on screen belong to the URL? After LinkedIn's in-app navigation the URL names the
 * next person (or list) at once while the DOM still shows the previous one for a moment — or for
 * many seconds on a slow connection. These checks let the watcher believe a read only once the page
 * itself says whose it is. Never throw: a check that fails simply says "not confirmed".
 */
import { queryAll, firstMatch } from './dom-query';
import { anyOf, CANONICAL, DETAILS_SECTION, JSON_BLOB, JSON_LD, SELF_LINK } from './selectors';
import { profileSlugFromUrl } from './url';

function slugOf(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return profileSlugFromUrl(new URL(href, base));
  } catch {
    return null;
  }
}

/** The people the page's DOM names as its own: canonical link, og:url, links to one of their sub-pages. */
function ownSlugs(doc: Document, base: string): Set<string> {
  const slugs = new Set<string>();
  const add = (slug: string | null) => slug && slugs.add(slug);
  for (const link of queryAll(doc, anyOf(CANONICAL))) add(slugOf(link.getAttribute('href'), base));
  for (const meta of queryAll(doc, 'meta[property="og:url"], meta[name="og:url"]')) add(slugOf(meta.getAttribute('content'), base));
  for (const a of queryAll(doc, anyOf(SELF_LINK))) {
    const href = a.getAttribute('href');
    const slug = slugOf(href, base);
    // /in/<slug>/ itself is how a page links to other people; only a sub-page is the person's own.
    if (slug && new URL(href!, base).pathname.replace(/^\/in\/[^/]+\/?/u, '') !== '') add(slug);
  }
  return slugs;
}

/**
 * Embedded JSON (signed-in) or JSON-LD (guest) naming the slug. Signed-in pages embed the viewer's own
 * profile on every page, so on its own this is weak evidence: the watcher also wants the page changed.
 */
function jsonNames(doc: Document, slug: string, base: string): boolean {
  for (const code of queryAll(doc, anyOf(JSON_BLOB))) {
    for (const match of (code.textContent ?? '').matchAll(/"publicIdentifier"\s*:\s*"([^"]+)"/gu)) {
      if (match[1]?.toLowerCase() === slug) return true;
    }
  }
  for (const script of queryAll(doc, anyOf(JSON_LD))) {
    for (const match of (script.textContent ?? '').matchAll(/"(?:url|sameAs)"\s*:\s*"([^"]+)"/gu)) {
      if (slugOf(match[1], base) === slug) return true;
    }
  }
  return false;
}

/** Whose page the DOM says it is: `slug`'s, someone else's, or it does not say. */
export type PageOwner = 'this' | 'other' | 'unknown';

/**
 * Whether the page itself says it shows `slug`: its canonical link or og:url, a link to one of that
 * person's own sub-pages (contact info, about this profile, all experience), or its embedded JSON.
 * "other" when the DOM names only someone else — the previous person, still on screen.
 */
export function pageOwner(doc: Document, slug: string): PageOwner {
  const base = 'https://www.linkedin.com/';
  try {
    const own = ownSlugs(doc, base);
    if (own.has(slug) || jsonNames(doc, slug, base)) return 'this';
    return own.size > 0 ? 'other' : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * What the main list of the page says, to tell one page from the next: the first card of <main>
 * (the top card of a profile, the one list of a detail page), else <main>, else the body.
 */
export function pagePrint(doc: Document): string {
  try {
    const root = firstMatch(doc, DETAILS_SECTION) ?? doc.querySelector('main') ?? doc.body;
    return root?.textContent ?? '';
  } catch {
    return '';
  }
}
