/**
 * User text made safe to place in Markdown: it renders literally, never as formatting, a link or
 * HTML, in CommonMark and in GitHub's flavour (tables, strikethrough, `$` maths).
 *
 * `<` becomes the entity `&lt;` rather than `\<`, so the document holds no `<tag` at all, even for
 * a reader or converter that ignores backslash escapes; the other marks take a backslash.
 */

/** Marks that format wherever they stand; `&` only where it would start an entity such as `&lt;`. */
const ANYWHERE = /[\\`*_[\]#~|$>]|<|&(?=#?[a-z0-9]+;)/gi;

/** Marks that format only at the start of a line: list items, setext underlines, ordered lists. */
const LINE_START = /^(?:([-+=])|(\d{1,9})([.)]))/;

function escapeLine(line: string): string {
  const escaped = line.trim().replace(ANYWHERE, (mark) => (mark === '<' ? '&lt;' : `\\${mark}`));
  return escaped.replace(LINE_START, (_, bullet?: string, digits?: string, stop?: string) =>
    bullet ? `\\${bullet}` : `${digits ?? ''}\\${stop ?? ''}`,
  );
}

/** One line of text for a heading, a list item or a sentence: line breaks fold into spaces. */
export function inlineText(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' '));
}

/**
 * Text that may span lines (an answer): paragraphs stay paragraphs, and a single line break stays a
 * line break (two trailing spaces) instead of running the lines together.
 */
export function blockText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => inlineText(line))
    .join('\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, '').replace(/\n/g, '  \n'))
    .filter(Boolean)
    .join('\n\n');
}
