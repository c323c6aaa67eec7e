/**
 * Names and other profile text made fit for a sentence: a first name to greet, a company
 * without its legal suffix, a quote cut at a clause or a word — never mid-word.
 */

const HONORIFICS = /^(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|ir|ing|eng|rev|hon|mag|dipl)\.?$/iu;
/** Credentials people append to their LinkedIn name ("MBA", "PhD", "CPA"): short, mostly capitals. */
const CREDENTIAL = /^(?:[\p{Lu}\d]{2,6}|ph\.?d\.?|m\.?sc\.?|b\.?sc\.?|m\.?a\.?|b\.?a\.?|jr\.?|sr\.?|i{2,3}|iv)$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const DECORATION = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D}|\u{20E3}/gu;

/** Collapses whitespace (and zero-width characters) and trims. */
export function tidy(value: string | undefined): string {
  return (value ?? '').replace(/[\u200b\u200c\ufeff]/gu, '').replace(/\s+/gu, ' ').trim();
}

function titleCase(word: string): string {
  const lower = word.toLocaleLowerCase();
  const cased = word !== lower || word !== word.toLocaleUpperCase();
  if (!cased) return word; // a script without case
  const allUpper = word === word.toLocaleUpperCase() && word.length > 1;
  const allLower = word === lower;
  if (!allUpper && !allLower) return word; // "McKenzie", "DeShawn": as they wrote it
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase());
}

/**
 * The name to greet someone by: "Dr. Jane Doe, PhD" → "Jane", "Jane Doe 🌱 (she/her)" → "Jane",
 * "Ольга Петрова" → "Ольга". Names in Chinese, Japanese or Korean script are kept whole ("张伟"),
 * since the family name comes first and a given name alone would be too familiar. "" when unknown.
 */
export function firstName(name: string | undefined): string {
  let text = tidy(name)
    .replace(DECORATION, ' ')
    .replace(/[([{（【][^)\]}）】]*[)\]}）】]/gu, ' ')
    .split(/[,|/·•–—]| - /u)[0] ?? '';
  text = tidy(text);
  if (!text) return '';
  if (CJK.test(text)) return text.replace(/\s+/gu, '');
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w));
  while (words.length > 1 && HONORIFICS.test(words[0] ?? '')) words.shift();
  // An initial ("J. Robert Smith") is not what people are called.
  while (words.length > 1 && /^\p{L}\.$/u.test(words[0] ?? '')) words.shift();
  const first = words.find((w, i) => i === 0 || !CREDENTIAL.test(w));
  if (!first || HONORIFICS.test(first)) return '';
  const cleaned = first.replace(/^[^\p{L}]+|[^\p{L}'’.-]+$|\.$/gu, '');
  return cleaned.length > 24 ? '' : titleCase(cleaned);
}

const LEGAL_SUFFIX = /[,\s]+(?:inc|llc|ltd|limited|plc|gmbh|ag|sa|s\.a|bv|b\.v|nv|n\.v|ab|as|oy|corp|corporation|co|pty|pvt|srl|spa|kk)\.?$/iu;

/** "Sample Bike Camps Inc." → "Sample Bike Camps"; parentheticals and taglines after a bar go too. */
export function plainCompany(company: string | undefined): string {
  let text = tidy(company).replace(/\s*\([^)]*\)/gu, '').split(/\s[|–—]\s|\s-\s/u)[0] ?? '';
  for (let i = 0; i < 2; i++) text = text.replace(LEGAL_SUFFIX, '');
  return tidy(text.replace(/[.,;:]+$/u, ''));
}

/** Text without its closing punctuation, so a sentence can carry on after it. */
export function bare(text: string | undefined): string {
  return tidy(text).replace(/[\s.,;:!?]+$/u, '');
}

export function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * A quote short enough to sit inside a sentence: its first clause if the whole is too long,
 * then whole words with an ellipsis. Never cut mid-word.
 */
export function clipQuote(text: string | undefined, maxWords: number): string {
  const whole = bare(text);
  if (words(whole).length <= maxWords) return whole;
  const clause = bare(whole.split(/[.;:!?—–]\s|,\s(?:and|but|so)\s/u)[0]);
  if (clause && words(clause).length <= maxWords) return clause;
  return `${whole.split(/\s+/u).slice(0, maxWords).join(' ').replace(/[,;:]$/u, '')}…`;
}

export function capFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
