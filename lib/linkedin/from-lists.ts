/**
 * Experience and education lists. Signed-in entries are read as lines (each line is a
 * `span[aria-hidden=true]`, so the screen-reader copy is skipped): title, company, dates, place.
 * Lines are told apart by shape (a year means dates), never by English words.
 */
import type { Education, Experience } from './profile';
import { anyOf, DATE_RANGE, GUEST_ENTRY, LIST_ENTITY } from './selectors';
import { firstMatch, queryAll } from './dom-query';
import { collapse, readText } from './text';

const YEAR = /\b(?:19|20)\d{2}\b/u;
const ENTITY = anyOf(LIST_ENTITY);
const MAX_ENTRIES = 60;

/** The header lines of one entity: outermost aria-hidden spans not inside a nested list. */
function linesOf(entity: Element): string[] {
  const home = entity.closest('ul');
  const lines: string[] = [];
  for (const span of queryAll(entity, 'span[aria-hidden="true"]')) {
    if (span.parentElement?.closest('span[aria-hidden="true"]')) continue;
    const list = span.closest('ul');
    if (list !== home && entity.contains(list)) continue;
    const text = readText(span);
    if (text) lines.push(text);
  }
  return lines;
}

const isDate = (line: string | undefined): boolean => !!line && YEAR.test(line);
const beforeDot = (line: string | undefined): string | undefined => collapse(line?.split(' · ')[0]) || undefined;

function nestedEntities(entity: Element): Element[] {
  return queryAll(entity, ENTITY).filter((inner) => inner !== entity && inner.parentElement?.closest(ENTITY) === entity);
}

function role(lines: string[], company: string | undefined): Experience {
  const dateAt = lines.findIndex((line, i) => i > 0 && isDate(line));
  const rest = dateAt >= 0 ? lines[dateAt + 1] : undefined;
  return {
    title: lines[0],
    company: company ?? (dateAt === 1 ? undefined : beforeDot(lines[1])),
    dateRange: dateAt >= 0 ? lines[dateAt] : undefined,
    location: rest && !isDate(rest) ? beforeDot(rest) : undefined,
  };
}

/** Signed-in experience entities; a company with several roles becomes one entry per role. */
export function experienceFromEntities(root: ParentNode): Experience[] {
  const out: Experience[] = [];
  const top = queryAll(root, ENTITY).filter((entity) => !entity.parentElement?.closest(ENTITY));
  for (const entity of top) {
    const lines = linesOf(entity);
    if (lines.length === 0) continue;
    const roles = nestedEntities(entity);
    if (roles.length > 0 && !isDate(lines[1] ?? '') ) {
      for (const inner of roles) {
        const innerLines = linesOf(inner);
        if (innerLines.length > 0) out.push(role(innerLines, lines[0]));
      }
    } else {
      out.push(role(lines, undefined));
    }
    if (out.length >= MAX_ENTRIES) break;
  }
  return out;
}

function splitDegree(line: string | undefined): Pick<Education, 'degree' | 'field'> {
  if (!line || isDate(line)) return {};
  const comma = line.indexOf(', ');
  return comma > 0 ? { degree: line.slice(0, comma), field: line.slice(comma + 2) } : { degree: line };
}

export function educationFromEntities(root: ParentNode): Education[] {
  const out: Education[] = [];
  for (const entity of queryAll(root, ENTITY)) {
    if (entity.parentElement?.closest(ENTITY)) continue;
    const lines = linesOf(entity);
    if (lines.length === 0) continue;
    const dateAt = lines.findIndex((line, i) => i > 0 && isDate(line));
    out.push({ school: lines[0], ...splitDegree(lines[1]), dateRange: dateAt > 0 ? lines[dateAt] : undefined });
  }
  return out.slice(0, MAX_ENTRIES);
}

function headings(entry: Element): string[] {
  return queryAll(entry, 'h3, h4, h5').filter((h) => !h.querySelector('img')).map((h) => readText(h)).filter(Boolean);
}

/** Guest entries: h3/h4 headings, a date range, then the location as the line after the dates. */
export function experienceFromGuest(root: ParentNode): Experience[] {
  return queryAll(root, anyOf(GUEST_ENTRY)).slice(0, MAX_ENTRIES).map((entry) => {
    const [title, company] = headings(entry);
    const dates = firstMatch(entry, DATE_RANGE);
    const after = dates?.closest('p, div.meta')?.nextElementSibling;
    const location = after && after.tagName === 'P' ? readText(after) : '';
    return { title, company, dateRange: readText(dates) || undefined, location: location || undefined };
  });
}

export function educationFromGuest(root: ParentNode): Education[] {
  return queryAll(root, anyOf(GUEST_ENTRY)).slice(0, MAX_ENTRIES).map((entry) => {
    const school = readText(entry.querySelector('h3')) || undefined;
    const parts = queryAll(entry, 'h4 > span').map((span) => readText(span)).filter(Boolean);
    const dates = readText(firstMatch(entry, DATE_RANGE)) || undefined;
    return { school, degree: parts[0], field: parts[1], dateRange: dates };
  });
}
