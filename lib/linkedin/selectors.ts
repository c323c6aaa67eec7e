/**
 * Every CSS selector the extractor uses, one constant per field. Each is a list of variants,
 * newest layout first; each variant names the layout it serves and the fixture
 * (`tests/fixtures/linkedin/<fixture>.html`) that proves it: tests/unit/linkedin/selectors.test.ts
 * checks that every variant still matches its fixture, so a variant whose layout is gone shows up.
 * Ids, anchors, aria-labels, tag names and URLs come before class names, which LinkedIn hashes since 2024.
 */

/** The anonymised captures that prove the variants. */
export type SelectorFixture =
  | '2015-guest'
  | '2019-signed-in-mutuals'
  | '2022-signed-in'
  | '2022-signed-in-details-experience'
  | '2024-guest'
  | '2024-signed-in'
  | '2024-signed-in-details-experience-fr'
  | '2025-signed-in'
  | '2026-signed-in-self';

export interface SelectorVariant {
  readonly selector: string;
  /** The layout(s) the variant serves, and what it finds there. */
  readonly layout: string;
  readonly fixture: SelectorFixture;
}

/** All variants as one selector list, for a single querySelectorAll. */
export const anyOf = (variants: readonly SelectorVariant[]): string => variants.map((v) => v.selector).join(',');

/** The card holding the person's name, headline, location and photo. */
export const TOP_CARD: readonly SelectorVariant[] = [
  { selector: 'div[id$="QsTopcard"]', layout: '2026 signed-in (server-driven UI): the card id ends with "QsTopcard"', fixture: '2026-signed-in-self' },
  { selector: 'main section[data-member-id]', layout: '2024-2025 signed-in: the first card of <main> carries the member id', fixture: '2024-signed-in' },
  { selector: 'section.pv-top-card', layout: '2022 signed-in', fixture: '2022-signed-in' },
  { selector: 'section.top-card-layout', layout: '2024 guest', fixture: '2024-guest' },
  { selector: '#topcard', layout: '2015 guest', fixture: '2015-guest' },
];

/** The person's name, read inside the top card first. */
export const NAME: readonly SelectorVariant[] = [
  { selector: 'div[id$="QsTopcard"] h2', layout: '2026 signed-in: no h1 at all, the name is the card\'s h2', fixture: '2026-signed-in-self' },
  { selector: 'main h1', layout: '2022-2025 signed-in: the page\'s only h1 (its class is hashed in 2025)', fixture: '2025-signed-in' },
  { selector: 'h1.top-card-layout__title', layout: '2024 guest', fixture: '2024-guest' },
  { selector: 'h1#name', layout: '2015 guest', fixture: '2015-guest' },
];

/** The "Contact info" link: location sits just before it, in every language. */
export const CONTACT_INFO: readonly SelectorVariant[] = [
  { selector: 'a[href*="/overlay/contact-info"]', layout: '2022-2026 signed-in: a link to the contact-info overlay', fixture: '2026-signed-in-self' },
  { selector: 'span[data-modal*="contact-info"]', layout: '2024 guest: a modal trigger', fixture: '2024-guest' },
];

export const HEADLINE: readonly SelectorVariant[] = [
  { selector: 'div.text-body-medium', layout: '2022-2025 signed-in: the block under the name (2026 is found next to the contact-info block)', fixture: '2022-signed-in' },
  { selector: 'h2.top-card-layout__headline', layout: '2024 guest', fixture: '2024-guest' },
  { selector: 'p.headline', layout: '2015 guest', fixture: '2015-guest' },
];

export const LOCATION: readonly SelectorVariant[] = [
  { selector: 'span.text-body-small.inline.t-black--light', layout: '2022-2025 signed-in: the small grey line (fallback to the contact-info strategy)', fixture: '2022-signed-in' },
  { selector: 'h3.top-card-layout__first-subline span', layout: '2024 guest: first item of the first subline', fixture: '2024-guest' },
  { selector: '.locality', layout: '2015 guest', fixture: '2015-guest' },
];

/** Top-card controls that name the current company (their aria-label is "Label: Company. …"). */
export const CURRENT_COMPANY: readonly SelectorVariant[] = [
  { selector: 'button[aria-label^="Current company" i]', layout: '2024-2025 signed-in, English: "Current company: X. Click to skip to experience card"', fixture: '2024-signed-in' },
  { selector: 'li:first-child > button[aria-label*=":"]', layout: '2022-2025 signed-in, any language: the first labelled button of the top card\'s list', fixture: '2024-signed-in' },
  { selector: 'div[id$="QsTopcard"] div[role="button"]', layout: '2026 signed-in: the first text button of the top card (company, then school)', fixture: '2026-signed-in-self' },
  { selector: 'div[data-section="currentPositionsDetails"]', layout: '2024 guest: the current-position link of the top card', fixture: '2024-guest' },
  { selector: 'table.extra-info .org', layout: '2015 guest: the first "Current" organisation', fixture: '2015-guest' },
];

/** The top card's link to a search of the person's connections that the viewer shares ("2 mutual connections"). */
export const MUTUAL_CONNECTIONS: readonly SelectorVariant[] = [
  { selector: 'a[href*="connectionOf" i]', layout: '2019-2025 signed-in: a people search with facetConnectionOf= (connectionOf= since 2023)', fixture: '2019-signed-in-mutuals' },
];

export const ABOUT: readonly SelectorVariant[] = [
  { selector: 'div[id$="QsAbout"] span[data-testid="expandable-text-box"]', layout: '2026 signed-in: the expandable text box of the card whose id ends with "QsAbout"', fixture: '2026-signed-in-self' },
  { selector: '#about', layout: '2022-2025 signed-in: the card around the #about anchor (heading skipped)', fixture: '2024-signed-in' },
  { selector: 'section[data-section="summary"] .core-section-container__content', layout: '2024 guest', fixture: '2024-guest' },
  { selector: '#summary .description', layout: '2015 guest', fixture: '2015-guest' },
];

/** The person's photo; an img whose alt/title is the name is tried before these. */
export const PHOTO: readonly SelectorVariant[] = [
  { selector: 'div[id$="QsTopcard"] a img', layout: '2026 signed-in: the only image inside a link (cover and logos sit in role=button blocks)', fixture: '2026-signed-in-self' },
  { selector: 'img.pv-top-card-profile-picture__image--show', layout: '2022-2025 signed-in', fixture: '2024-signed-in' },
  { selector: 'img.top-card__profile-image', layout: '2024 guest', fixture: '2024-guest' },
  { selector: '.profile-picture img', layout: '2015 guest (lazy: data-delayed-url)', fixture: '2015-guest' },
];

export const EXPERIENCE_SECTION: readonly SelectorVariant[] = [
  { selector: '#experience', layout: '2022-2025 signed-in: the card around the #experience anchor; 2015 guest: section#experience', fixture: '2024-signed-in' },
  { selector: 'section[data-section="experience"]', layout: '2024 guest', fixture: '2024-guest' },
];

export const EDUCATION_SECTION: readonly SelectorVariant[] = [
  { selector: '#education', layout: '2022-2025 signed-in: the card around the #education anchor', fixture: '2024-signed-in' },
  { selector: 'section[data-section="educationsDetails"]', layout: '2024 guest', fixture: '2024-guest' },
];

/** /details/experience/ and /details/education/ pages: the one list card of <main>. */
export const DETAILS_SECTION: readonly SelectorVariant[] = [
  { selector: 'main section', layout: '2022-2024 signed-in detail pages', fixture: '2022-signed-in-details-experience' },
];

/** One entry (position, school) of a signed-in list; entries nest when a company has several roles. */
export const LIST_ENTITY: readonly SelectorVariant[] = [
  { selector: 'div[data-view-name="profile-component-entity"]', layout: '2024-2025 signed-in', fixture: '2025-signed-in' },
  { selector: 'div.pvs-entity', layout: '2022 signed-in', fixture: '2022-signed-in' },
];

/** One entry of a guest list, read by headings (h3 title, h4 company) and a date range. */
export const GUEST_ENTRY: readonly SelectorVariant[] = [
  { selector: 'li.profile-section-card', layout: '2024 guest', fixture: '2024-guest' },
  { selector: 'li.position', layout: '2015 guest', fixture: '2015-guest' },
];

export const DATE_RANGE: readonly SelectorVariant[] = [
  { selector: '.date-range', layout: '2015 and 2024 guest', fixture: '2024-guest' },
];

/** Embedded JSON: signed-in pages (2022-2024) embed profiles, the viewer's own among them. */
export const JSON_BLOB: readonly SelectorVariant[] = [
  { selector: 'code[id^="bpr-guid-"]', layout: '2022-2024 signed-in', fixture: '2022-signed-in' },
];

export const JSON_LD: readonly SelectorVariant[] = [
  { selector: 'script[type="application/ld+json"]', layout: '2015 and 2024 guest', fixture: '2024-guest' },
];

/**
 * Which layout a page is, first match wins. Here `layout` is the name the reader reports
 * (bench, "Report a page") and `fixture` the capture of that layout.
 */
export const LAYOUT_MARKERS: readonly SelectorVariant[] = [
  { selector: 'div[id$="QsTopcard"]', layout: '2026-signed-in', fixture: '2026-signed-in-self' },
  { selector: 'section.top-card-layout', layout: '2024-guest', fixture: '2024-guest' },
  { selector: 'h1#name', layout: '2015-guest', fixture: '2015-guest' },
  { selector: 'main section[data-member-id] h1:not(.text-heading-xlarge)', layout: '2025-signed-in', fixture: '2025-signed-in' },
  { selector: 'div[data-view-name="profile-component-entity"]', layout: '2024-signed-in', fixture: '2024-signed-in' },
  { selector: 'div.pvs-entity', layout: '2022-signed-in', fixture: '2022-signed-in' },
];

/** The page's own address: the 2024 guest page names the profile it shows. */
export const CANONICAL: readonly SelectorVariant[] = [
  { selector: 'link[rel="canonical"]', layout: '2024 guest', fixture: '2024-guest' },
];

/**
 * Links to one of the person's own sub-pages (contact info, about this profile, all experience):
 * a page links to /in/<slug>/<something> only for the person it shows; other people's
 * profiles ("People also viewed") are linked at /in/<slug>/ itself.
 */
export const SELF_LINK: readonly SelectorVariant[] = [
  { selector: 'a[href*="/overlay/"]', layout: '2022-2026 signed-in: the top card\'s contact-info and about-this-profile overlays', fixture: '2024-signed-in' },
  { selector: 'a[href*="/details/"]', layout: '2022 signed-in: "Show all experiences"', fixture: '2022-signed-in' },
];
