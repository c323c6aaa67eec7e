/** DOM strategies for the top card and the about section. */
import type { Found } from './found';
import { ABOUT, CONTACT_INFO, CURRENT_COMPANY, HEADLINE, LOCATION, NAME, PHOTO, TOP_CARD } from './selectors';
import { firstMatch } from './dom-query';
import { collapse, readText } from './text';

const hasText = (el: Element): boolean => readText(el) !== '';

/** The value in an aria-label shaped "Label: Value. Rest" (any language: "Entreprise actuelle : X. …"). */
export function valueFromLabel(label: string | null | undefined): string | undefined {
  const match = /^[^:]{1,60}:\s*(.+?)\.(?:\s+\S[^.]*\.?)?$/u.exec(collapse(label));
  return match?.[1] || undefined;
}

/** The block holding the location: the top-card ancestor of the contact-info link that has text before it. */
function locationBlock(card: ParentNode): { block: Element; location: string } | undefined {
  const link = firstMatch(card, CONTACT_INFO);
  for (let el: Element | null = link; el && el !== card; el = el.parentElement) {
    const first = el.parentElement?.firstElementChild;
    if (el.parentElement && first && first !== el && !first.contains(link)) {
      const location = readText(first);
      if (location && location !== '·') return { block: el.parentElement, location };
    }
  }
  return undefined;
}

function photoFrom(el: Element | null): string | undefined {
  const src = el?.getAttribute('src') || el?.getAttribute('data-delayed-url') || undefined;
  return src && /^https:/u.test(src) && !/ghost/iu.test(src) ? src : undefined;
}

function aboutFrom(el: Element | null): string | undefined {
  if (!el) return undefined;
  // The #about anchor is an empty div inside its card: read the card, skipping its heading.
  const root = el.id === 'about' ? el.closest('section') : null;
  if (!root) return readText(el) || undefined;
  const parts: string[] = [];
  for (const child of Array.from(root.children)) {
    if (child.querySelector('h2, h3') || /^H[23]$/u.test(child.tagName)) continue;
    parts.push(readText(child));
  }
  return collapse(parts.join(' ')) || readText(root) || undefined;
}

export function fromTopCard(doc: Document): Found {
  const out: Found = {};
  const nameEl = firstMatch(doc, NAME, hasText);
  const card: ParentNode = firstMatch(doc, TOP_CARD) ?? nameEl?.closest('section') ?? doc;
  out.name = readText(nameEl) || undefined;

  const found = locationBlock(card);
  out.location = found?.location ?? (readText(firstMatch(card, LOCATION, hasText)) || undefined);
  const headlineEl = firstMatch(card, HEADLINE, hasText) ?? found?.block.parentElement?.querySelector(':scope > p') ?? null;
  out.headline = readText(headlineEl) || undefined;

  for (const selector of CURRENT_COMPANY) {
    const el = firstMatch(card, [selector], hasText) ?? firstMatch(card, [selector], (e) => !!e.getAttribute('aria-label'));
    const company = valueFromLabel(el?.getAttribute('aria-label')) ?? (readText(el) || undefined);
    if (company) {
      out.currentCompany = company;
      break;
    }
  }

  const name = out.name;
  const named = name ? firstMatch(card, ['img'], (img) => img.getAttribute('alt') === name || img.getAttribute('title') === name) : null;
  out.photoUrl = photoFrom(named) ?? photoFrom(firstMatch(card, PHOTO, (img) => !!photoFrom(img)));
  // Read the about text once: the test that picks the element keeps what it read.
  let about: string | undefined;
  firstMatch(doc, ABOUT, (el) => !!(about = aboutFrom(el)));
  out.about = about;
  return out;
}

/** The name from the tab title ("(3) Experience | Name | LinkedIn", "Name | LinkedIn"), for details pages. */
export function nameFromTitle(doc: Document): string | undefined {
  const parts = collapse(doc.title).replace(/^\(\d+\)\s*/u, '').split(' | ');
  if (parts.length < 2) return undefined;
  return parts[parts.length - 2] || undefined;
}
