/**
 * The coach: short checks shown beside a draft, each with a one-line reason. Pure and
 * deterministic, so the sidebar can re-run it on every keystroke.
 *
 * Which rules apply to which kind (RULES_BY_KIND):
 * - every kind: `length` (characters against the note limit for a connection note; words for the
 *   rest: over 75 warns, 100 or more warns harder) and `no-job-ask`.
 * - the requests (connection-note, request-email, introduction): `ends-with-question`,
 *   `opens-with-connection`, `about-them`, `asks-for-time`, and `no-fixed-time` unless
 *   `isFirstMessage` is false.
 * - follow-up: `ends-with-question`, `about-them`, `asks-for-time` (it repeats the small ask; the
 *   connection was made in the first message, and a time may be agreed by now).
 * - thank-you: `names-a-takeaway` (no question needed: it closes a conversation).
 * - keep-in-touch: `ends-with-question`, `recalls-advice`, `reports-back`.
 * Thank-you and keep-in-touch skip `about-them`: reporting what the user learned and did is their point.
 */
import type { CommonGround } from '@/lib/common-ground';
import { type CoachOptions, type DraftKind, EMAIL_WORDS_MAX, EMAIL_WORDS_WARN } from './types';
import {
  ADVICE_CUE,
  CONNECTION_CUE,
  DID_CUE,
  FIXED_TIME,
  JOB_ASK,
  LONG_ASK,
  MINUTES,
  minutesOf,
  TAKEAWAY_CUE,
} from './coach-patterns';
import { echoes, endsWithQuestion, firstSentence, mentions, pronouns, words } from './coach-text';

export type { CoachOptions } from './types';

export const COACH_RULES = [
  'length',
  'no-job-ask',
  'ends-with-question',
  'opens-with-connection',
  'about-them',
  'asks-for-time',
  'no-fixed-time',
  'names-a-takeaway',
  'recalls-advice',
  'reports-back',
] as const;
export type CoachRule = (typeof COACH_RULES)[number];

export interface CoachResult {
  rule: CoachRule;
  status: 'pass' | 'warn';
  reason: string;
}

const REQUEST: readonly CoachRule[] = ['length', 'no-job-ask', 'ends-with-question', 'opens-with-connection', 'about-them', 'asks-for-time', 'no-fixed-time'];

export const RULES_BY_KIND: Record<DraftKind, readonly CoachRule[]> = {
  'connection-note': REQUEST,
  'request-email': REQUEST,
  introduction: REQUEST,
  'follow-up': ['length', 'no-job-ask', 'ends-with-question', 'about-them', 'asks-for-time'],
  'thank-you': ['length', 'no-job-ask', 'names-a-takeaway'],
  'keep-in-touch': ['length', 'no-job-ask', 'ends-with-question', 'recalls-advice', 'reports-back'],
};

type Verdict = [ok: boolean, reason: string];
type Check = (kind: DraftKind, text: string, options: CoachOptions) => Verdict;

function length(kind: DraftKind, text: string, { limit = 200 }: CoachOptions): Verdict {
  if (kind === 'connection-note') {
    const n = text.length;
    return n <= limit ? [true, `${n} of ${limit} characters: fits a LinkedIn note.`] : [false, `${n} characters: LinkedIn cuts notes at ${limit}. Shorten by ${n - limit}.`];
  }
  const n = words(text).length;
  if (n >= EMAIL_WORDS_MAX) return [false, `${n} words: far too long for a first read. Aim for 75 or fewer.`];
  if (n > EMAIL_WORDS_WARN) return [false, `${n} words: a little long. Aim for 75 or fewer.`];
  return [true, `${n} words: short enough to read on a phone.`];
}

function noJobAsk(_kind: DraftKind, text: string): Verdict {
  const hit = JOB_ASK.map((re) => re.exec(text)?.[0]).find(Boolean);
  return hit
    ? [false, `“${hit.trim()}” reads as asking for a job. Ask to learn about their path instead.`]
    : [true, 'Asks to learn, not for a job.'];
}

function endsWithAQuestion(_kind: DraftKind, text: string): Verdict {
  return endsWithQuestion(text)
    ? [true, 'Ends with a question that is easy to answer.']
    : [false, 'End with a question, so replying is easy.'];
}

function opensWithConnection(_kind: DraftKind, text: string, { commonGround = [] }: CoachOptions): Verdict {
  const first = firstSentence(text);
  const named = commonGround.find((g: CommonGround) => mentions(first, g.value));
  if (named) return [true, `Opens with what you share: ${named.value}.`];
  if (CONNECTION_CUE.test(first)) return [true, 'Opens with your connection.'];
  const strongest = commonGround[0];
  if (strongest) return [false, `Open with what you share: ${strongest.value}.`];
  return /\byou(?:r|rs|'re|’re)?\b/iu.test(first)
    ? [true, 'Nothing shared found, so it opens with them: good.']
    : [false, 'Open with them: something specific about their work.'];
}

function aboutThem(_kind: DraftKind, text: string): Verdict {
  const { you, me } = pronouns(text);
  return you >= me
    ? [true, `More about them than you (${you} “you”, ${me} “I”).`]
    : [false, `More about you than them (${me} “I”, ${you} “you”). Turn a sentence toward them.`];
}

function asksForTime(_kind: DraftKind, text: string): Verdict {
  const mentionsOf = [...text.matchAll(MINUTES)].map((m) => Math.max(minutesOf(m[1] ?? ''), minutesOf(m[2] ?? m[1] ?? '')));
  if (LONG_ASK.test(text) || mentionsOf.some((n) => n > 30)) return [false, 'Ask for 15–20 minutes: a longer ask is easy to decline.'];
  if (mentionsOf.some((n) => n >= 5 && n <= 20)) return [true, 'Asks for a small, clear amount of time.'];
  if (mentionsOf.length) return [false, 'Ask for 15–20 minutes: 30 is a lot from a stranger.'];
  return [false, 'Ask for something small and specific: 15–20 minutes.'];
}

function noFixedTime(_kind: DraftKind, text: string): Verdict {
  const hit = FIXED_TIME.map((re) => re.exec(text)?.[0]).find(Boolean);
  return hit
    ? [false, `“${hit.trim()}”: let them choose the time in a first message.`]
    : [true, 'Leaves the time to them.'];
}

function namesATakeaway(_kind: DraftKind, text: string, { takeaways = [] }: CoachOptions): Verdict {
  const noted = takeaways.filter((t) => t.trim());
  if (noted.some((t) => echoes(text, t))) return [true, 'Names something you took away, in your words.'];
  if (noted.length) return [false, 'Name one of your takeaways, so they see what stuck.'];
  return TAKEAWAY_CUE.test(text)
    ? [true, 'Names something you took away.']
    : [false, 'Name one specific thing you learned (note a takeaway in the meeting log).'];
}

function recallsAdvice(_kind: DraftKind, text: string, { advice }: CoachOptions): Verdict {
  if (advice?.trim()) {
    return echoes(text, advice) ? [true, 'Recalls their advice.'] : [false, 'Recall the advice they gave you, in your words.'];
  }
  return ADVICE_CUE.test(text) ? [true, 'Recalls their advice.'] : [false, 'Recall a piece of their advice, so the note is about them.'];
}

function reportsBack(_kind: DraftKind, text: string, { whatIDid }: CoachOptions): Verdict {
  if (whatIDid?.trim()) {
    return echoes(text, whatIDid) ? [true, 'Says what you did with it.'] : [false, 'Say what you did with their advice.'];
  }
  return DID_CUE.test(text) ? [true, 'Says what you did with it.'] : [false, 'Say what you did with their advice: people love to hear it helped.'];
}

const CHECKS: Record<CoachRule, Check> = {
  length,
  'no-job-ask': noJobAsk,
  'ends-with-question': endsWithAQuestion,
  'opens-with-connection': opensWithConnection,
  'about-them': aboutThem,
  'asks-for-time': asksForTime,
  'no-fixed-time': noFixedTime,
  'names-a-takeaway': namesATakeaway,
  'recalls-advice': recallsAdvice,
  'reports-back': reportsBack,
};

/** Every rule that applies to `kind`, in the order of RULES_BY_KIND, each with its verdict. */
export function coachDraft(kind: DraftKind, text: string, options: CoachOptions = {}): CoachResult[] {
  const rules = RULES_BY_KIND[kind].filter((rule) => rule !== 'no-fixed-time' || options.isFirstMessage !== false);
  return rules.map((rule) => {
    const [ok, reason] = CHECKS[rule](kind, text, options);
    return { rule, status: ok ? 'pass' : 'warn', reason };
  });
}
