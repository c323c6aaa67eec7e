/**
 * "Report a page we can't read": a structure-only copy of the page for a bug report. It keeps what
 * a developer needs to write a selector — tags, attribute names, class names, the few ids LinkedIn
 * uses as anchors — and the reader's trace of which strategy read which field. Every text and every
 * other attribute value (names, slugs, URLs, emails, numbers, JSON) is replaced by its length, as
 * `#12`. The extension never sends it anywhere; the user attaches the file themselves.
 */
import type { Extraction } from './profile';
import type { ProfileField } from './fields';
import { profilePageKind, type ProfilePageKind } from './url';

export const PAGE_STRUCTURE_FORMAT = 'coffee-chats-page-structure';

export interface PageStructure {
  format: typeof PAGE_STRUCTURE_FORMAT;
  version: 1;
  layout: string;
  page: ProfilePageKind;
  missing: ProfileField[];
  trace: Partial<Record<ProfileField, string>>;
  /** The page as indented HTML with every value replaced by its length. */
  html: string;
  /** True when the page was longer than MAX_ELEMENTS elements and the copy stops there. */
  truncated: boolean;
}

/** Ids that are LinkedIn's section anchors, never a person's: kept as they are. */
const ANCHOR_IDS = new Set(['main', 'about', 'experience', 'education', 'summary', 'name', 'topcard', 'profile-content', 'global-nav']);
/**
 * Attribute values that are LinkedIn's or HTML's vocabulary, kept as they are. Only these: a value
 * shaped like one ("maya-fenwick") could be a slug, so nothing is kept by its shape.
 */
const VOCABULARY: Record<string, ReadonlySet<string>> = {
  role: new Set(['main', 'button', 'list', 'listitem', 'link', 'img', 'heading', 'navigation', 'banner', 'region', 'presentation', 'none', 'dialog', 'menu', 'menuitem', 'tab', 'tablist', 'tabpanel', 'status', 'alert', 'group', 'article', 'contentinfo', 'complementary']),
  'aria-hidden': new Set(['true', 'false']),
  dir: new Set(['ltr', 'rtl', 'auto']),
  type: new Set(['button', 'submit', 'text', 'application/ld+json', 'text/javascript', 'hidden', 'checkbox']),
  'data-view-name': new Set(['profile-card', 'profile-component-entity', 'profile-top-card', 'profile-top-card-verified-badge']),
  'data-section': new Set(['summary', 'experience', 'educationsDetails', 'currentPositionsDetails', 'posts', 'languages', 'projects']),
};
/** Their content is data (JSON blobs, scripts), never structure: only its length is kept. */
const OPAQUE = new Set(['SCRIPT', 'STYLE', 'CODE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA']);
const MAX_ELEMENTS = 60_000;

const len = (value: string): string => `#${value.length}`;

function attributeValue(name: string, value: string): string {
  if (name === 'class') return value.replace(/\s+/gu, ' ').trim();
  if (name === 'id') return ANCHOR_IDS.has(value) ? value : len(value);
  if (VOCABULARY[name]?.has(value)) return value;
  return len(value);
}

const escapeAttribute = (value: string): string => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/** The page's skeleton: one element per line, indented by depth. */
function skeleton(root: Element): { html: string; truncated: boolean } {
  const lines: string[] = [];
  let count = 0;
  let truncated = false;
  const walk = (el: Element, depth: number) => {
    if (++count > MAX_ELEMENTS) {
      truncated = true;
      return;
    }
    const tag = el.tagName.toLowerCase();
    const attributes = Array.from(el.attributes)
      .map((attribute) => {
        // Attribute names are the page's structure, but one built from data (data-foo-123) keeps only its shape.
        const name = /^[a-z][a-z-]{0,60}$/iu.test(attribute.name) ? attribute.name : len(attribute.name);
        return ` ${name}="${escapeAttribute(attributeValue(attribute.name, attribute.value))}"`;
      })
      .join('');
    const indent = ' '.repeat(Math.min(depth, 80));
    lines.push(`${indent}<${tag}${attributes}>`);
    if (OPAQUE.has(el.tagName.toUpperCase())) {
      const text = el.textContent ?? '';
      if (text) lines.push(`${indent} ${len(text)}`);
    } else {
      for (let child = el.firstChild; child && !truncated; child = child.nextSibling) {
        if (child.nodeType === 1) walk(child as Element, depth + 1);
        else if (child.nodeType === 3) {
          const text = (child.nodeValue ?? '').trim();
          if (text) lines.push(`${indent} ${len(text)}`);
        }
      }
    }
    lines.push(`${indent}</${tag}>`);
  };
  walk(root, 0);
  return { html: lines.join('\n'), truncated };
}

/** The structure-only copy of `doc`, with what the reader made of it (`extraction`, read at `url`). */
export function pageStructure(doc: Document, url: URL, extraction: Extraction): PageStructure {
  const { html, truncated } = skeleton(doc.documentElement);
  return {
    format: PAGE_STRUCTURE_FORMAT,
    version: 1,
    layout: extraction.layout,
    page: profilePageKind(url),
    missing: [...extraction.missing],
    trace: { ...extraction.trace },
    html,
    truncated,
  };
}
