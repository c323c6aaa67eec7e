/**
 * Reads the date ranges LinkedIn prints under a job or a school ("Jan 2022 - Present · 4 yrs",
 * "December 2008 – Present (7 years 1 month)", "janv. 2020 - aujourd’hui", "2019 - 2021").
 * Dates are scanned for rather than split on the dash, so the duration LinkedIn appends, the
 * kind of dash and the separator do not matter. Months are counted inclusively, as LinkedIn
 * does: "Mar 2019 - Dec 2021" runs from 1 March 2019 to 1 January 2022; a year alone covers
 * the whole year.
 */

export interface DateSpan {
  start: Date;
  end: Date;
  /** True when the range runs to "Present". */
  ongoing: boolean;
}

const MONTH_FORMS: readonly (readonly string[])[] = [
  ['jan', 'january', 'janv', 'janvier', 'januar', 'ene', 'enero', 'januari', 'jänner'],
  ['feb', 'february', 'fev', 'fevr', 'fevrier', 'februar', 'febrero', 'februari'],
  ['mar', 'march', 'mars', 'marz', 'mrz', 'marzo', 'maart', 'mrt'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril'],
  ['may', 'mai', 'mayo', 'mei'],
  ['jun', 'june', 'juin', 'juni', 'junio'],
  ['jul', 'july', 'juil', 'juillet', 'juli', 'julio'],
  ['aug', 'august', 'aout', 'ago', 'agosto', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre'],
  ['oct', 'october', 'octobre', 'okt', 'oktober', 'octubre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'decembre', 'dez', 'dezember', 'dic', 'diciembre'],
];

const MONTHS = new Map<string, number>(MONTH_FORMS.flatMap((forms, month) => forms.map((form) => [form, month] as const)));

/** Words LinkedIn prints for an open end, accents folded. */
const PRESENT = /^(present|current|now|today|aujourd'hui|heute|actualidad|presente|hoy|heden|nu|idag|oggi|atual|atualmente)$/u;

const TOKEN = /(\p{L}[\p{L}']*)\.?\s*(\d{4})?|(\d{1,2})\/(\d{4})|(\d{4})/gu;

type Token = { kind: 'date'; year: number; month: number | null } | { kind: 'present' };

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ`]/gu, "'");
}

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2200;
}

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of fold(text).matchAll(TOKEN)) {
    const [, word, wordYear, numericMonth, numericYear, bareYear] = match;
    if (word !== undefined) {
      if (PRESENT.test(word)) found.push({ kind: 'present' });
      const month = MONTHS.get(word);
      if (wordYear !== undefined && plausibleYear(Number(wordYear))) {
        found.push({ kind: 'date', year: Number(wordYear), month: month ?? null });
      }
    } else if (numericYear !== undefined && Number(numericMonth) >= 1 && Number(numericMonth) <= 12) {
      if (plausibleYear(Number(numericYear))) found.push({ kind: 'date', year: Number(numericYear), month: Number(numericMonth) - 1 });
    } else if (bareYear !== undefined && plausibleYear(Number(bareYear))) {
      found.push({ kind: 'date', year: Number(bareYear), month: null });
    }
  }
  return found;
}

function startOf(token: Token & { kind: 'date' }): Date {
  return new Date(token.year, token.month ?? 0, 1);
}

/** The first day after the month (or year) the token names. */
function endOf(token: Token & { kind: 'date' }): Date {
  return token.month === null ? new Date(token.year + 1, 0, 1) : new Date(token.year, token.month + 1, 1);
}

/**
 * The span a LinkedIn date range covers, or null when it names no year or makes no sense
 * (an end before its start). "Present" ends at `now`; a single date covers that month or year.
 */
export function parseDateRange(text: string | undefined, now: Date): DateSpan | null {
  if (!text) return null;
  const [first, second] = tokens(text);
  if (first?.kind !== 'date') return null;
  const start = startOf(first);
  const ongoing = second?.kind === 'present';
  const end = second === undefined ? endOf(first) : second.kind === 'present' ? now : endOf(second);
  if (end.getTime() <= start.getTime()) return null;
  return { start, end, ongoing };
}

const YEAR_MS = 365.2425 * 24 * 60 * 60 * 1000;

/** Whole years covered by the spans, counting overlapping time once. */
export function yearsCovered(spans: readonly DateSpan[]): number {
  const sorted = [...spans].sort((a, b) => a.start.getTime() - b.start.getTime());
  let total = 0;
  let runStart = 0;
  let runEnd = -Infinity;
  for (const { start, end } of sorted) {
    if (start.getTime() > runEnd) {
      if (runEnd > runStart) total += runEnd - runStart;
      runStart = start.getTime();
      runEnd = end.getTime();
    } else {
      runEnd = Math.max(runEnd, end.getTime());
    }
  }
  if (runEnd > runStart) total += runEnd - runStart;
  return Math.floor(total / YEAR_MS);
}

/** Years (fractional) from one date to another. */
export function yearsBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / YEAR_MS;
}

/** "2019–2021", "2019–present", "2019" — for a short path line. */
export function formatYears(span: DateSpan): string {
  const from = span.start.getFullYear();
  if (span.ongoing) return `${from}–present`;
  const to = new Date(span.end.getTime() - 1).getFullYear();
  return from === to ? `${from}` : `${from}–${to}`;
}
