/**
 * Every CSS selector the extractor uses, one constant per field. Each is an array of variants,
 * newest layout first; each variant names the layout and year it was seen in. Ids, anchors,
 * aria-labels, tag names and URLs come before class names, which LinkedIn hashes since 2024.
 * tests/unit/linkedin/selectors.test.ts checks that every variant still matches a fixture.
 */

/** The card holding the person's name, headline, location and photo. */
export const TOP_CARD = [
  // 2026 signed-in (server-driven UI): the card's id ends with "QsTopcard".
  'div[id$="QsTopcard"]',
  // 2024-2025 signed-in: the first card of <main> carries the member id.
  'main section[data-member-id]',
  // 2022 signed-in.
  'section.pv-top-card',
  // 2024 guest.
  'section.top-card-layout',
  // 2015 guest.
  '#topcard',
];

/** The person's name, read inside the top card first. */
export const NAME = [
  // 2026 signed-in: no h1 at all, the name is the card's h2.
  'div[id$="QsTopcard"] h2',
  // 2022-2025 signed-in: the page's only h1 (its class is hashed in 2025).
  'main h1',
  // 2024 guest.
  'h1.top-card-layout__title',
  // 2015 guest.
  'h1#name',
];

/** The "Contact info" link: location sits just before it, in every language (2022-2026 signed-in, 2024 guest). */
export const CONTACT_INFO = [
  // 2022-2026 signed-in: a link to the contact-info overlay.
  'a[href*="/overlay/contact-info"]',
  // 2024 guest: a modal trigger.
  'span[data-modal*="contact-info"]',
];

export const HEADLINE = [
  // 2022-2025 signed-in: the block under the name (2026 is found next to the contact-info block).
  'div.text-body-medium',
  // 2024 guest.
  'h2.top-card-layout__headline',
  // 2015 guest.
  'p.headline',
];

export const LOCATION = [
  // 2022-2025 signed-in: the small grey line (fallback to the contact-info strategy).
  'span.text-body-small.inline.t-black--light',
  // 2024 guest: first item of the first subline.
  'h3.top-card-layout__first-subline span',
  // 2015 guest.
  '.locality',
];

/** Top-card controls that name the current company (their aria-label is "Label: Company. …"). */
export const CURRENT_COMPANY = [
  // 2022-2025 signed-in, English: "Current company: X. Click to skip to experience card".
  'button[aria-label^="Current company" i]',
  // 2022-2025 signed-in, any language: the first labelled button of the top card's list.
  'li:first-child > button[aria-label*=":"]',
  // 2026 signed-in: the first text button of the top card (company, then school).
  'div[id$="QsTopcard"] div[role="button"]',
  // 2024 guest: the current-position link of the top card.
  'div[data-section="currentPositionsDetails"]',
  // 2015 guest: the first "Current" organisation.
  'table.extra-info .org',
];

export const ABOUT = [
  // 2026 signed-in: the expandable text box of the card whose id ends with "QsAbout".
  'div[id$="QsAbout"] span[data-testid="expandable-text-box"]',
  // 2022-2025 signed-in: the card around the #about anchor (heading skipped).
  '#about',
  // 2024 guest.
  'section[data-section="summary"] .core-section-container__content',
  // 2015 guest.
  '#summary .description',
];

/** The person's photo; an img whose alt/title is the name is tried before these. */
export const PHOTO = [
  // 2026 signed-in: the only image inside a link (cover and logos sit in role=button blocks).
  'div[id$="QsTopcard"] a img',
  // 2022-2025 signed-in.
  'img.pv-top-card-profile-picture__image--show',
  // 2024 guest.
  'img.top-card__profile-image',
  // 2015 guest (lazy: data-delayed-url).
  '.profile-picture img',
];

export const EXPERIENCE_SECTION = [
  // 2022-2025 signed-in: the card around the #experience anchor; 2015 guest: section#experience.
  '#experience',
  // 2024 guest.
  'section[data-section="experience"]',
];

export const EDUCATION_SECTION = [
  // 2022-2025 signed-in: the card around the #education anchor.
  '#education',
  // 2024 guest.
  'section[data-section="educationsDetails"]',
];

/** /details/experience/ and /details/education/ pages: the one list card of <main>. */
export const DETAILS_SECTION = [
  // 2022-2024 signed-in.
  'main section',
];

/** One entry (position, school) of a signed-in list; entries nest when a company has several roles. */
export const LIST_ENTITY = [
  // 2024-2025 signed-in.
  'div[data-view-name="profile-component-entity"]',
  // 2022 signed-in.
  'div.pvs-entity',
];

/** One entry of a guest list, read by headings (h3 title, h4 company) and a date range. */
export const GUEST_ENTRY = [
  // 2024 guest.
  'li.profile-section-card',
  // 2015 guest.
  'li.position',
];

export const DATE_RANGE = [
  // 2015 and 2024 guest.
  '.date-range',
];

/** Embedded JSON: signed-in pages (2022-2024) embed profiles, the viewer's own among them. */
export const JSON_BLOB = [
  // 2022-2024 signed-in.
  'code[id^="bpr-guid-"]',
];

export const JSON_LD = [
  // 2015 and 2024 guest.
  'script[type="application/ld+json"]',
];

/** Which layout a page is, first match wins. */
export const LAYOUT_MARKERS: readonly (readonly [layout: string, selector: string])[] = [
  // 2026 signed-in: server-driven UI.
  ['2026-signed-in', 'div[id$="QsTopcard"]'],
  // 2024 guest.
  ['2024-guest', 'section.top-card-layout'],
  // 2015 guest.
  ['2015-guest', 'h1#name'],
  // 2025 signed-in: the h1 has lost its readable class.
  ['2025-signed-in', 'main section[data-member-id] h1:not(.text-heading-xlarge)'],
  // 2024 signed-in: list entries carry a view name.
  ['2024-signed-in', 'div[data-view-name="profile-component-entity"]'],
  // 2022 signed-in.
  ['2022-signed-in', 'div.pvs-entity'],
];
