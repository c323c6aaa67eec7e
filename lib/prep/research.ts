/**
 * The short research card shown before a conversation: who they are now, how long they have
 * worked, the path that led here, what the user shares with them, and any change of career.
 */
import { commonGround, type CommonGround, type GroundUser } from '@/lib/common-ground';
import { analyseCareer, describeJob, type Job } from './career';
import { formatYears } from './date-range';
import type { PrepProfile } from './fill';


export interface ResearchSummary {
  /** "Senior UX Researcher at Lumen Health", or null when the profile names neither. */
  currentRole: string | null;
  /** Whole years of work (student jobs left out, overlaps counted once), or null when no dates. */
  yearsInField: number | null;
  /** "Title, Company (2019–2021)", newest first, at most five: the main line of their career. */
  path: string[];
  /** What the user shares with them, as short sentences. */
  commonGround: string[];
  careerChange?: { from: string; to: string };
  /** For a student or recent graduate: how far ahead of them this person is, in whole years. */
  yearsAhead?: number;
}

const PATH_LIMIT = 5;

function pathLine(job: Job): string | null {
  const what = [job.title, job.company].filter(Boolean).join(', ');
  if (!what) return null;
  return job.span ? `${what} (${formatYears(job.span)})` : what;
}

/** One short sentence per shared thing: "You both studied at Leiden University". */
export function groundSentence(ground: CommonGround): string {
  switch (ground.kind) {
    case 'referral':
      return `${ground.value} referred you to them`;
    case 'school':
      return `You both studied at ${ground.value}`;
    case 'employer':
      return `You have both worked at ${ground.value}`;
    case 'city':
      return `You are both based in ${ground.value}`;
    case 'field':
      return `They work in ${ground.value}, the field you are exploring`;
  }
}

export function researchSummary(profile: PrepProfile, user: GroundUser & { situation?: string }, now: Date, referredByName?: string): ResearchSummary {
  const career = analyseCareer(profile.experience ?? [], profile.education ?? [], now);
  const first = profile.experience?.[0];
  const title = profile.currentTitle ?? first?.title;
  const company = profile.currentCompany ?? first?.company;
  const currentRole = title && company ? `${title} at ${company}` : (title ?? (company ? `Works at ${company}` : null));
  const summary: ResearchSummary = {
    currentRole,
    yearsInField: career.yearsWorked,
    path: career.mainLine.slice(0, PATH_LIMIT).flatMap((job) => pathLine(job) ?? []),
    commonGround: commonGround(profile, user, referredByName).map(groundSentence),
  };
  // Careers guides suggest talking to people a few years ahead of you; a student has not started yet.
  if ((user.situation === 'student' || user.situation === 'graduate') && career.yearsWorked !== null) summary.yearsAhead = career.yearsWorked;
  if (career.change) summary.careerChange = { from: describeJob(career.change.from), to: describeJob(career.change.to) };
  return summary;
}
