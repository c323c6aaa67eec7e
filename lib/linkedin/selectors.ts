/**
 * Every CSS selector the extractor uses, one constant per field. Each is an array of variants,
 * newest layout first; each variant names the layout and year it was seen in.
 * Prefer ids, anchors, aria-labels and tag names; class names are the last resort.
 */

/** The top card: the block with the person's name, headline and location. */
export const TOP_CARD = [
  // 2024 and 2022 signed-in: the first card of <main> carries the member id.
  'main section[data-member-id]',
  // 2022 signed-in: named top card.
  'section.pv-top-card',
  // 2024 guest: top-card-layout block.
  'section.top-card-layout',
  // 2015 guest: the top card has an id.
  '#top-card',
];

export const NAME = [
  // 2024/2022 signed-in and 2025 signed-in: the only h1 of the page is the name.
  'main h1',
  // 2024 guest: h1 inside the top card layout.
  'h1.top-card-layout__title',
  // 2015 guest: h1#name.
  'h1#name',
];

export const HEADLINE = [
  // 2024/2022/2025 signed-in: the block right under the name's h1 row.
  'div.text-body-medium.break-words',
  // 2024 guest: the h2 under the name.
  'h2.top-card-layout__headline',
  // 2015 guest: p.headline.
  'p.headline',
];

export const LOCATION = [
  // 2024/2022/2025 signed-in: the first small text line that is not a link.
  'span.text-body-small.inline.t-black--light.break-words',
  // 2024 guest: the first-subline location.
  'div.top-card__subline-item',
  // 2015 guest: .locality.
  '.locality',
];

/** aria-labels that name the current company; the label text is parsed in extract-profile.ts. */
export const CURRENT_COMPANY = [
  // 2024/2025 signed-in: top-card button "Current company: X. Click to skip to experience card".
  'button[aria-label*="experience card" i]',
  // 2022 signed-in: same button, language-independent: it points to the experience section.
  'a[href="#experience"]',
];
