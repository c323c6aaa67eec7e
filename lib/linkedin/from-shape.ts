/**
 * The last strategy: reads a profile by the shape of the page alone, for layouts no selector knows.
 * It needs no class name, no id and no English word: the name is the main region's heading that the
 * tab title also names, the headline the first block of text after it in the same card, the location
 * the short comma-separated line after that, and the current company the first entry of the first
 * list whose entries carry date ranges (LinkedIn lists experience before education).
 * extract-profile.ts runs it after every specific strategy, to fill only what they left empty.
 */
import type { Found } from './found';
import { queryAll } from './dom-query';
import { collapse, readText } from './text';

/** Tags whose text runs on in a line; every other element with text is a block. */
const INLINE = new Set(['SPAN', 'A', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'MARK', 'ABBR', 'TIME', 'IMG', 'SVG', 'BUTTON', 'CODE', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const YEAR = /\b(?:19|20)\d{2}\b/gu;
const YEAR_ONCE = /\b(?:19|20)\d{2}\b/u;
const MAX_SCAN = 400;

const isBlock = (el: Element): boolean => !INLINE.has(el.tagName.toUpperCase());

const hasRawText = (el: Element): boolean => /\S/u.test(el.textContent ?? '');

/** A block holding text whose own blocks hold none: one line of a card. */
function isLeafBlock(el: Element): boolean {
  if (!isBlock(el) || !hasRawText(el)) return false;
  for (let inner = el.firstElementChild; inner; inner = inner.nextElementSibling) {
    if (isBlock(inner) ? hasRawText(inner) : !isLeafInline(inner)) return false;
  }
  return readText(el) !== '';
}

/** An inline element with no block of text inside it. */
function isLeafInline(el: Element): boolean {
  for (let inner = el.firstElementChild; inner; inner = inner.nextElementSibling) {
    if (isBlock(inner) ? hasRawText(inner) : !isLeafInline(inner)) return false;
  }
  return true;
}

/** The profile's own part of the page: <main>, or the body without its header and navigation. */
function mainRegion(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}

const outsideChrome = (el: Element): boolean => !el.closest('header, nav, footer, [role="banner"], [role="navigation"]');

/** The person's name as the tab title gives it: "(3) Name | LinkedIn", "Name - Headline | LinkedIn". */
export function titleName(doc: Document): string | undefined {
  const parts = collapse(doc.title).replace(/^\(\d+\)\s*/u, '').split(' | ');
  const named = parts.length > 1 ? parts[parts.length - 2] : parts[0];
  return collapse(named?.split(' - ')[0]) || undefined;
}

const same = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** The element showing the name: the first h1 of the main region if the title agrees, else the element the title names. */
function nameElement(doc: Document): Element | null {
  const main = mainRegion(doc);
  if (!main) return null;
  const fromTitle = titleName(doc);
  const h1 = queryAll(main, 'h1').find((el) => outsideChrome(el) && readText(el) !== '');
  if (h1 && (!fromTitle || same(readText(h1), fromTitle))) return h1;
  if (!fromTitle) return null;
  const headings = queryAll(main, 'h1, h2, h3').filter(outsideChrome);
  const heading = headings.find((el) => same(readText(el), fromTitle));
  if (heading) return heading;
  // Any line whose whole text is the name (2019: a list item): walk the text, not every element.
  const first = fromTitle.split(' ')[0] ?? fromTitle;
  const walker = doc.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(), seen = 0; node && seen < 50_000; node = walker.nextNode(), seen += 1) {
    if (!node.nodeValue?.includes(first)) continue;
    let el = node.parentElement;
    while (el && !isBlock(el) && el !== main) el = el.parentElement;
    if (el && el !== main && outsideChrome(el) && isLeafBlock(el) && same(readText(el), fromTitle)) return el;
  }
  return null;
}

/** The card around the name: its section, or the nearest ancestor that holds a few more lines. */
function cardOf(nameEl: Element): Element {
  const section = nameEl.closest('section, article');
  if (section) return section;
  let el: Element = nameEl;
  for (let up = 0; up < 6 && el.parentElement && el.parentElement.tagName !== 'MAIN' && el.parentElement.tagName !== 'BODY'; up += 1) {
    el = el.parentElement;
  }
  return el;
}

/** "(She/Her)", "He/Him", "· 2nd": badges beside the name, not the headline. */
const isBadge = (text: string): boolean => text.length < 5 || /^[·•]/u.test(text) || /^\(?[\p{L}]{1,8}(?:\/[\p{L}]{1,8}){1,2}\)?$/u.test(text);

/** The first line of the card after the name element that is not a badge: the headline. */
function headlineAfter(card: Element, nameEl: Element, name: string): Element | undefined {
  let after = false;
  // A name that is one item of a list shares its row with badges (degree, pronouns): skip that row.
  const row = nameEl.tagName === 'LI' ? nameEl.parentElement : null;
  let scanned = 0;
  for (const el of queryAll(card, '*')) {
    if (el === nameEl) {
      after = true;
      continue;
    }
    if (!after || nameEl.contains(el) || el.contains(nameEl) || (row && row.contains(el))) continue;
    if (++scanned > MAX_SCAN) break;
    if (!isLeafBlock(el)) continue;
    const text = readText(el);
    // A line shaped like a place is the location: with no headline on the page, it is no headline either.
    if (!same(text, name) && !isBadge(text) && !looksLikePlace(text)) return el;
  }
  return undefined;
}

/** "Pune, Maharashtra, India": two to four short parts of words, no digits or headline signs. */
const looksLikePlace = (text: string): boolean => {
  if (text.length > 80 || /[\d@|&·•:!?]/u.test(text)) return false;
  const parts = text.split(/,\s*/u);
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => /^\p{Lu}[\p{L}\p{M}'’. -]{0,40}$/u.test(part) && part.split(' ').length <= 5);
};

/** The first element after `from` in the card whose whole text is a place (a span inside a line will do). */
function placeAfter(card: Element, from: Element): string | undefined {
  let after = false;
  let scanned = 0;
  for (const el of queryAll(card, '*')) {
    if (el === from) after = true;
    else if (after && ++scanned > MAX_SCAN) break;
    // A link is a company or a school, never the place.
    else if (after && !from.contains(el) && !el.closest('a, button') && !el.querySelector('a, button')) {
      const text = readText(el);
      if (looksLikePlace(text)) return text;
    }
  }
  return undefined;
}

/** The lines of one list entry, read once: the aria-hidden copies when the entry has them. */
function entryLines(entry: Element): string[] {
  const hidden = queryAll(entry, 'span[aria-hidden="true"]').filter((span) => !span.parentElement?.closest('span[aria-hidden="true"]'));
  const lines = hidden.length > 0 ? hidden.map((span) => readText(span)) : queryAll(entry, '*').filter(isLeafBlock).map((el) => readText(el));
  return lines.filter(Boolean);
}

const isDateRange = (line: string): boolean => (line.match(YEAR) ?? []).length >= 1 && /[-–—]/u.test(line);
const ongoing = (line: string): boolean => (line.split(/ · |\(/u)[0]?.match(YEAR) ?? []).length === 1;

/** The company of the first entry of the first dated list outside the card, when that entry is still going. */
function companyFromFirstEntry(main: Element, card: Element | null): string | undefined {
  let tried = 0;
  for (const list of queryAll(main, 'ul, ol')) {
    if (card?.contains(list) || list.parentElement?.closest('li, aside, nav, header')) continue;
    if (++tried > 40) break;
    const entry = list.querySelector(':scope > li');
    if (!entry || !YEAR_ONCE.test(entry.textContent ?? '')) continue;
    const lines = entryLines(entry);
    const dateAt = lines.findIndex((line, i) => i > 0 && isDateRange(line));
    if (dateAt < 0) continue;
    // A company with several roles lists them under its name, each with its own dates.
    const nested = queryAll(entry, 'li').some((li) => entryLines(li).some(isDateRange));
    // The company is the line just above the dates (a screen-reader label may sit between title and company).
    const company = nested ? lines[0] : dateAt >= 2 ? collapse(lines[dateAt - 1]?.split(' · ')[0]) : undefined;
    const dates = nested ? lines.find(isDateRange) : lines[dateAt];
    return company && dates && ongoing(dates) ? company : undefined;
  }
  return undefined;
}

/** What the page's shape says; `detailsPage` skips the top card, which a detail page does not have. */
export function fromShape(doc: Document, detailsPage: boolean): Found {
  const main = mainRegion(doc);
  if (!main) return {};
  if (detailsPage) return { currentCompany: companyFromFirstEntry(main, null) };
  const nameEl = nameElement(doc);
  if (!nameEl) return { currentCompany: companyFromFirstEntry(main, null) };
  const name = readText(nameEl);
  const card = cardOf(nameEl);
  const headlineEl = headlineAfter(card, nameEl, name);
  const headline = headlineEl ? readText(headlineEl) : undefined;
  const location = placeAfter(card, headlineEl ?? nameEl);
  const photo = queryAll(card, 'img[alt]').find((img) => same(img.getAttribute('alt') ?? '', name))?.getAttribute('src') ?? undefined;
  return { name, headline, location, photoUrl: photo, currentCompany: companyFromFirstEntry(main, card) };
}
