/**
 * What a contact's experience list says about their path, by simple deterministic rules:
 * the main line of jobs (side roles and overlaps left out), a career change, tenure and
 * whether they are early in their career. Shared by question suggestions and the research card.
 */
import { normaliseName } from '@/lib/common-ground';
import type { Education, Experience } from '@/lib/linkedin/profile';
import { parseDateRange, yearsBetween, yearsCovered, type DateSpan } from './date-range';

export interface Job {
  title?: string;
  company?: string;
  span: DateSpan | null;
}

export type ChangeKind = 'role' | 'domain' | 'gap';

export interface CareerChange {
  kind: ChangeKind;
  from: Job;
  to: Job;
  /** Why this counts as a change, as a clause: "moved from … to …". */
  clause: string;
}

export interface Career {
  /** Newest first: the current job, then each job that ended before the next one began. */
  mainLine: Job[];
  change: CareerChange | null;
  /** The job to name as "previous": the change's starting point, else the last other employer. */
  previous: Job | null;
  /** Whole years worked (student jobs left out, overlaps counted once), or null when unknown. */
  yearsWorked: number | null;
  /** Years with the current employer, or null when unknown. */
  tenureYears: number | null;
  longTenure: boolean;
  earlyCareer: boolean;
}

export const LONG_TENURE_YEARS = 5;
export const EARLY_CAREER_YEARS = 3;
/** A job that ended this long before the next one started leaves a gap. */
const GAP_MONTHS = 12;
/** A job may end this long after its successor began and still count as its predecessor. */
const OVERLAP_MONTHS = 6;
/** Shorter stints (summer jobs, short contracts) are not read as a change of career. */
const SHORT_STINT_MONTHS = 6;

const STUDENT = /\b(student|students|intern|internship|trainee|stagiaire|stage|werkstudent|apprenti|alternant|teaching assistant|research assistant|camp counsel+or|summer)\b/u;
// Not "member": "Member of Technical Staff" is a main job.
const SIDE_ROLE = /\b(board|advisor|adviser|advisory|volunteer|mentor|ambassador)\b/u;
// Not "associate": an Associate Professor or Director is not starting out.
const JUNIOR = /\b(junior|jr|graduate|entry level|intern|trainee|apprentice)\b/u;

/** Title families: keywords are whole words; those of five letters or more also match as a word's start. */
const FAMILIES: Record<string, readonly string[]> = {
  engineering: ['engineer', 'developer', 'programmer', 'software', 'devops', 'sre', 'hardware', 'firmware', 'frontend', 'backend', 'fullstack', 'ingenieur', 'developpeur', 'entwickler'],
  research: ['research', 'scientist', 'phd', 'postdoc', 'chercheur', 'recherche'],
  design: ['design', 'ux', 'ui', 'illustrator', 'graphic'],
  product: ['product manager', 'product owner', 'scrum master', 'agile'],
  data: ['data', 'analyst', 'analytics', 'statistician'],
  education: ['teacher', 'teaching', 'professor', 'lecturer', 'tutor', 'instructor', 'trainer', 'education', 'educator', 'enseignant', 'professeur', 'formateur', 'lehrer'],
  clinical: ['nurse', 'physician', 'doctor', 'clinical', 'clinician', 'psychologist', 'therapist', 'psychotherapist', 'pharmacist', 'dentist', 'medical', 'surgeon', 'psychiatrist', 'midwife', 'physiotherapist'],
  marketing: ['sales', 'marketing', 'account executive', 'business development', 'growth', 'brand', 'communications'],
  finance: ['accountant', 'accounting', 'finance', 'financial', 'banker', 'auditor', 'controller', 'investment', 'trader', 'actuary'],
  legal: ['lawyer', 'attorney', 'counsel', 'paralegal', 'legal', 'solicitor', 'barrister', 'avocat', 'notary'],
  consulting: ['consultant'],
  operations: ['operations', 'logistics', 'supply chain', 'procurement'],
  people: ['recruiter', 'recruiting', 'talent', 'hr', 'human resources'],
  media: ['writer', 'editor', 'journalist', 'content', 'copywriter', 'reporter', 'producer', 'media'],
  policy: ['policy', 'civil servant', 'diplomat'],
};

/** Industries read from a company's name, when its name says so. */
const DOMAINS: Record<string, readonly string[]> = {
  education: ['university', 'universite', 'universidad', 'universitat', 'college', 'school', 'academy', 'institute', 'learning', 'education', 'formation', 'ecole', 'hogeschool'],
  healthcare: ['health', 'healthcare', 'hospital', 'clinic', 'medical', 'pharma', 'pharmaceuticals', 'therapeutics', 'biotech', 'nhs', 'klinik', 'hopital', 'sante'],
  finance: ['bank', 'banking', 'capital', 'ventures', 'fund', 'fonds', 'financial', 'finance', 'insurance', 'payments', 'investments', 'credit'],
  media: ['media', 'studio', 'studios', 'tv', 'television', 'news', 'press', 'publishing', 'radio', 'film', 'entertainment', 'magazine'],
  government: ['ministry', 'government', 'council', 'municipality', 'gemeente', 'federal'],
  consulting: ['consulting', 'consultancy', 'consultants', 'advisory'],
  nonprofit: ['foundation', 'charity', 'ngo', 'nonprofit'],
  law: ['law', 'legal', 'advocaten', 'avocats'],
  technology: ['software', 'labs', 'technologies', 'technology', 'tech', 'digital', 'systems', 'cloud'],
};

function fold(text: string): string {
  return ` ${text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function hasKeyword(folded: string, keyword: string): boolean {
  if (folded.includes(` ${keyword} `)) return true;
  return keyword.length >= 5 && folded.includes(` ${keyword}`);
}

function classify(text: string | undefined, table: Record<string, readonly string[]>): Set<string> {
  const folded = fold(text ?? '');
  return new Set(Object.keys(table).filter((name) => table[name]?.some((keyword) => hasKeyword(folded, keyword))));
}

export const titleFamilies = (title: string | undefined): Set<string> => classify(title, FAMILIES);
export const companyDomains = (company: string | undefined): Set<string> => classify(company, DOMAINS);

function disjoint(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && [...a].every((item) => !b.has(item));
}

const monthsBetween = (from: Date, to: Date): number => yearsBetween(from, to) * 12;
const isStudentJob = (job: Job): boolean => STUDENT.test(fold(job.title ?? ''));
const isSideRole = (job: Job): boolean => SIDE_ROLE.test(fold(job.title ?? ''));
const isShort = (job: Job): boolean => job.span !== null && monthsBetween(job.span.start, job.span.end) < SHORT_STINT_MONTHS;

export function toJobs(experience: readonly Experience[], now: Date): Job[] {
  return experience.map((entry) => ({ title: entry.title, company: entry.company, span: parseDateRange(entry.dateRange, now) }));
}

/** The one job that came before `job`: the latest to end by the time it began (list order if undated). */
function predecessor(job: Job, rest: readonly Job[]): Job | undefined {
  const start = job.span?.start;
  if (!start) return rest[0];
  const before = rest.filter((other) => other.span && monthsBetween(start, other.span.end) <= OVERLAP_MONTHS && other.span.start < start);
  const endOf = (other: Job): number => other.span?.end.getTime() ?? 0;
  return before.reduce<Job | undefined>((best, other) => (!best || endOf(other) > endOf(best) ? other : best), undefined);
}

export function mainLine(jobs: readonly Job[]): Job[] {
  const [current, ...others] = jobs;
  if (!current) return [];
  let rest = others.filter((job) => !isSideRole(job) && !isStudentJob(job) && !isShort(job));
  const line = [current];
  for (let job = predecessor(current, rest); job; job = predecessor(job, rest)) {
    line.push(job);
    rest = rest.filter((other) => other !== job);
  }
  return line;
}

export function describeJob(job: Job): string {
  return [job.title, job.company].filter(Boolean).join(' at ');
}

/** True when some other job filled the time between `from` ending and `to` starting. */
function bridged(from: DateSpan, to: DateSpan, jobs: readonly Job[]): boolean {
  return jobs.some((job) => job.span && job.span.start < to.start && job.span.end > from.end && monthsBetween(from.end, job.span.end) >= 1);
}

function changeBetween(from: Job, to: Job, jobs: readonly Job[], education: readonly Education[], now: Date): CareerChange | null {
  if (disjoint(titleFamilies(from.title), titleFamilies(to.title))) {
    return { kind: 'role', from, to, clause: `moved from ${describeJob(from)} to ${describeJob(to)}` };
  }
  const fromDomains = companyDomains(from.company);
  const toDomains = companyDomains(to.company);
  if (disjoint(fromDomains, toDomains)) {
    const clause = `moved from ${[...fromDomains][0]} (${from.company}) to ${[...toDomains][0]} (${to.company})`;
    return { kind: 'domain', from, to, clause };
  }
  if (from.span && to.span && monthsBetween(from.span.end, to.span.start) >= GAP_MONTHS && !bridged(from.span, to.span, jobs)) {
    const study = education.find((entry) => {
      const span = parseDateRange(entry.dateRange, now);
      return entry.school && span && from.span && to.span && span.start < to.span.start && span.end > from.span.end;
    });
    const between = `between ${describeJob(from)} and ${describeJob(to)}`;
    const clause = study ? `went back to study at ${study.school} ${between}` : `took time out ${between}`;
    return { kind: 'gap', from, to, clause };
  }
  return null;
}

export function analyseCareer(experience: readonly Experience[], education: readonly Education[], now: Date): Career {
  const jobs = toJobs(experience, now);
  const line = mainLine(jobs);
  // A change of the work itself (read from the titles) anywhere in the main line comes first; a
  // move to another kind of employer in the same work is only the change when there is no other
  // (the demo UX researcher changed from clinical psychology, not from a tech lab to a health company).
  const changes: CareerChange[] = [];
  for (let index = 0; index + 1 < line.length; index += 1) {
    const to = line[index];
    const from = line[index + 1];
    const found = to && from && !isStudentJob(to) ? changeBetween(from, to, jobs, education, now) : null;
    if (found) changes.push(found);
  }
  const change = changes.find((c) => c.kind === 'role') ?? changes[0] ?? null;
  const current = line[0];
  const sameEmployer = (job: Job) => !!current?.company && !!job.company && normaliseName(job.company) === normaliseName(current.company);
  const previous = change?.from ?? line.slice(1).find((job) => !sameEmployer(job)) ?? line[1] ?? null;

  const worked = jobs.filter((job) => !isStudentJob(job)).flatMap((job) => (job.span ? [job.span] : []));
  const yearsWorked = worked.length > 0 ? yearsCovered(worked) : null;
  const atEmployer = line.filter((job, index) => index === 0 || sameEmployer(job)).flatMap((job) => (job.span ? [job.span] : []));
  const firstStart = atEmployer.reduce<Date | null>((first, span) => (!first || span.start < first ? span.start : first), null);
  const tenureYears = current?.span?.ongoing && firstStart ? Math.floor(yearsBetween(firstStart, now)) : null;
  const longTenure = tenureYears !== null && tenureYears >= LONG_TENURE_YEARS;
  const juniorTitle = JUNIOR.test(fold(current?.title ?? ''));
  const earlyCareer = !longTenure && (juniorTitle || (yearsWorked !== null && yearsWorked < EARLY_CAREER_YEARS));
  return { mainLine: line, change, previous, yearsWorked, tenureYears, longTenure, earlyCareer };
}
