/**
 * Mutual connections shown in the top card ("Ana Ruiz, Ben Ode and 3 other mutual connections"):
 * the names the page spells out and, where it links them, their profiles. Found by the link to the
 * search of the person's connections (MUTUAL_CONNECTIONS), never by English words. Never the viewer
 * (whose name and profile sit in the page's navigation) and never the person viewed.
 */
import { MUTUAL_CONNECTIONS, NAME, TOP_CARD } from './selectors';
import { firstMatch, queryAll } from './dom-query';
import { TEXT_LIMITS } from './fields';
import { cap, readText } from './text';
import { profileSlugFromUrl, profileUrlFor } from './url';

export interface MutualConnection {
  name: string;
  profileUrl?: string;
}

const MAX_MUTUALS = 20;

function slugOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return profileSlugFromUrl(new URL(href, 'https://www.linkedin.com/'));
  } catch {
    return null;
  }
}

/** Who is signed in, as the page's navigation shows them: their profile links and photo alt texts. */
function viewerMarks(doc: Document): { slugs: Set<string>; names: Set<string> } {
  const chrome = queryAll(doc, 'header, nav, [role="banner"], [role="navigation"]');
  const slugs = new Set<string>();
  const names = new Set<string>();
  for (const region of chrome) {
    for (const a of queryAll(region, 'a[href*="/in/"]')) {
      const slug = slugOf(a.getAttribute('href'));
      if (slug) slugs.add(slug);
    }
    for (const img of queryAll(region, 'img[alt]')) {
      const alt = img.getAttribute('alt')?.trim().toLowerCase();
      if (alt) names.add(alt);
    }
  }
  return { slugs, names };
}

/** Mutual connections of the person whose slug is `slug`, as far as the top card names them. */
export function mutualConnections(doc: Document, slug: string): MutualConnection[] {
  // A layout no selector knows: the first such link of the main region, outside its side column.
  const card = firstMatch(doc, TOP_CARD) ?? firstMatch(doc, NAME)?.closest('section') ?? doc.querySelector('main, [role="main"]');
  const link = card ? firstMatch(card, MUTUAL_CONNECTIONS, (a) => !a.closest('aside')) : null;
  if (!link) return [];
  // The block around the link: names may sit in it (a facepile, linked names) as well as inside it.
  const block = link.parentElement ?? link;
  const viewer = viewerMarks(doc);
  const out = new Map<string, MutualConnection>();
  const add = (rawName: string, profileSlug: string | null) => {
    const name = cap(rawName.trim(), TEXT_LIMITS.short);
    const key = name.toLowerCase();
    if (!name || viewer.names.has(key) || (profileSlug && (profileSlug === slug || viewer.slugs.has(profileSlug)))) return;
    const known = out.get(key);
    if (known && (known.profileUrl || !profileSlug)) return;
    out.set(key, profileSlug ? { name, profileUrl: profileUrlFor(profileSlug) } : { name });
  };
  // Linked names first (they carry the profile), then the names the sentence spells out in bold.
  for (const a of queryAll(block, 'a[href*="/in/"]')) {
    // The visible copy, when the link also carries a screen-reader sentence ("View X's profile").
    const visible = a.querySelector('span[aria-hidden="true"]');
    const name = readText(visible ?? a) || a.querySelector('img[alt]')?.getAttribute('alt') || '';
    add(name, slugOf(a.getAttribute('href')));
  }
  const spelled = queryAll(link, 'span[aria-hidden="true"] strong');
  for (const strong of spelled.length > 0 ? spelled : queryAll(link, 'strong')) add(readText(strong), null);
  return [...out.values()].slice(0, MAX_MUTUALS);
}
