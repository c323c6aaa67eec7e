/**
 * Text helpers for reading LinkedIn's DOM: whitespace collapsed, screen-reader copies read once,
 * lengths capped (truncated, never rejected).
 */

/** Classes LinkedIn uses for text that is only there for screen readers (a second copy of visible text). */
const SCREEN_READER_ONLY = ['visually-hidden', 'a11y-text', 'sr-only'];
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'CODE', 'SVG', 'BUTTON']);
/** Inline tags join their text to their neighbours; every other element is a word boundary. */
const INLINE_TAGS = new Set(['SPAN', 'A', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'MARK', 'ABBR', 'TIME']);

/** Collapses runs of whitespace (including NBSP and zero-width characters) and trims. */
export function collapse(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .replace(/[\u200b-\u200d\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Cuts a string to at most `max` characters without splitting a surrogate pair. */
export function cap(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

function isScreenReaderOnly(el: Element): boolean {
  const list = el.classList;
  return SCREEN_READER_ONLY.some((name) => list.contains(name));
}

function collectText(node: Node, skipHidden: boolean, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (skipHidden && isScreenReaderOnly(el)) continue;
      const boundary = INLINE_TAGS.has(tag) ? '' : ' ';
      out.push(boundary);
      collectText(el, skipHidden, out);
      out.push(boundary);
    }
  }
}

/**
 * The visible text of an element, read once: screen-reader copies (`.visually-hidden`) are skipped,
 * unless they are all there is.
 */
export function readText(el: Element | null | undefined): string {
  if (!el) return '';
  try {
    const visible: string[] = [];
    collectText(el, true, visible);
    const text = collapse(visible.join(''));
    if (text) return text;
    const all: string[] = [];
    collectText(el, false, all);
    return collapse(all.join(''));
  } catch {
    return '';
  }
}
