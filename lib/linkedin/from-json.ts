/**
 * Strategies that read structured data: signed-in JSON blobs (only the object whose
 * publicIdentifier is the URL's slug — the viewer's own profile is embedded too), guest JSON-LD
 * and meta tags (only when they name the same slug).
 */
import { anyOf, JSON_BLOB, JSON_LD } from './selectors';
import { queryAll } from './dom-query';
import { profileSlugFromUrl } from './url';
import type { Found } from './found';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

function parse(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Objects anywhere in a parsed blob, breadth-first, with a cap so a huge blob cannot stall us. */
function objectsIn(root: unknown, limit = 20_000): Json[] {
  const out: Json[] = [];
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < limit; i += 1) {
    const value = queue[i];
    if (Array.isArray(value)) queue.push(...value);
    else if (isObject(value)) {
      out.push(value);
      for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) queue.push(child);
    }
  }
  return out;
}

function pictureUrl(picture: unknown): string | undefined {
  if (!isObject(picture)) return undefined;
  const image = isObject(picture.displayImageReference) ? picture.displayImageReference : picture;
  const vector = isObject(image.vectorImage) ? image.vectorImage : image;
  const root = str(vector.rootUrl);
  const artifacts = Array.isArray(vector.artifacts) ? vector.artifacts : [];
  const last = artifacts.at(-1);
  const segment = isObject(last) ? str(last.fileIdentifyingUrlPathSegment) : undefined;
  return root && segment ? root + segment : root;
}

/** Signed-in JSON blobs: fields of the profile object whose publicIdentifier is `slug`. */
export function fromJsonBlobs(doc: Document, slug: string): Found {
  const out: Found = {};
  // Parsing every blob is most of the cost on signed-in pages: skip those that cannot hold the slug.
  const ascii = /^[\x20-\x7e]+$/u.test(slug);
  for (const code of queryAll(doc, anyOf(JSON_BLOB))) {
    const text = code.textContent;
    if (!text || !text.includes('publicIdentifier')) continue;
    if (ascii && !text.toLowerCase().includes(`"${slug}"`)) continue;
    for (const obj of objectsIn(parse(text))) {
      const id = str(obj.publicIdentifier);
      if (!id || id.toLowerCase() !== slug) continue;
      const name = [str(obj.firstName), str(obj.lastName)].filter(Boolean).join(' ');
      out.name ??= name || undefined;
      out.headline ??= str(obj.headline) ?? str(obj.occupation);
      out.location ??= str(obj.locationName) ?? str(obj.geoLocationName);
      out.about ??= str(obj.summary);
      out.photoUrl ??= pictureUrl(obj.profilePicture) ?? pictureUrl(obj.picture);
    }
  }
  return out;
}

function slugMatches(url: unknown, slug: string): boolean {
  const text = str(url);
  if (!text) return true;
  return profileSlugFromUrl(text) === slug;
}

/** Guest JSON-LD: the Person whose url is the slug's (or has no url). */
export function fromJsonLd(doc: Document, slug: string): Found {
  const out: Found = {};
  for (const script of queryAll(doc, anyOf(JSON_LD))) {
    const parsed = parse(script.textContent);
    const graph = isObject(parsed) && Array.isArray(parsed['@graph']) ? parsed['@graph'] : [parsed];
    for (const person of graph) {
      if (!isObject(person) || person['@type'] !== 'Person' || !slugMatches(person.url ?? person.sameAs, slug)) continue;
      out.name ??= str(person.name);
      const address = isObject(person.address) ? person.address : {};
      out.location ??= str(address.addressLocality);
      const titles = Array.isArray(person.jobTitle) ? person.jobTitle : [person.jobTitle];
      out.currentTitle ??= str(titles[0]);
      const works = Array.isArray(person.worksFor) ? person.worksFor : [person.worksFor];
      out.currentCompany ??= isObject(works[0]) ? str(works[0].name) : undefined;
      out.about ??= str(person.description)?.replace(/<br\s*\/?>/giu, ' ');
      out.photoUrl ??= isObject(person.image) ? str(person.image.contentUrl) : str(person.image);
    }
  }
  return out;
}

/** The page's og: meta values, first of each, in one pass (signed-in pages carry over a hundred meta tags). */
function openGraph(doc: Document): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  for (const el of queryAll(doc, 'meta[property^="og:"], meta[name^="og:"]')) {
    for (const key of [el.getAttribute('property'), el.getAttribute('name')]) {
      if (key?.startsWith('og:') && !values.has(key)) values.set(key, str(el.getAttribute('content')));
    }
  }
  return values;
}

/** Guest meta tags (og:title "Name - Title - Company | LinkedIn", og:image), when og:url is the slug's. */
export function fromMeta(doc: Document, slug: string): Found {
  const og = openGraph(doc);
  if (!slugMatches(og.get('og:url'), slug)) return {};
  const out: Found = {};
  const title = og.get('og:title')?.replace(/\s*\|[^|]*$/u, '');
  if (title) out.name = title.split(' - ')[0];
  out.photoUrl = og.get('og:image');
  return out;
}
