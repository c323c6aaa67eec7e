/**
 * The coach: short checks shown beside a draft, each with a one-line reason. Pure and
 * deterministic, so the sidebar can re-run it on every keystroke. Which rules check which
 * kind is part of each kind's entry in lib/model/message-kinds.ts; `no-fixed-time` is
 * skipped when `isFirstMessage` is false (a time may be agreed by then).
 */
import type { CommonGround } from '@/lib/common-ground';
import { MESSAGE_KINDS, type CoachRule } from '@/lib/model/message-kinds';
import { type CoachOptions, type DraftKind, EMAIL_WORDS_MAX, EMAIL_WORDS_WARN, SCRIPT_WORDS_MAX } from './types';
import {
  ADVICE_CUE,
  CONNECTION_CUE,
  DID_CUE,
  FIXED_TIME,
  JOB_ASK,
  LONG_ASK,
  MEETING_OFFER,
  MINUTES,
  NOT_A_JOB_ASK,
  RESUME_OFFER,
  minutesOf,
  TAKEAWAY_CUE,
} from './coach-patterns';
import { echoes, endsWithQuestion, firstSentence, mentions, pronouns, words } from './coach-text';

export type { CoachOptions } from './types';

export type { CoachRule } from '@/lib/model/message-kinds';

export interface CoachResult {
  rule: CoachRule;
  status: 'pass' | 'warn';
  reason: string;
}


type Verdict = [ok: boolean, reason: string];
type Check = (kind: DraftKind, text: string, options: CoachOptions) => Verdict;


function length(kind: DraftKind, text: string, { limit = 200 }: CoachOptions): Verdict {
  if (MESSAGE_KINDS[kind].channel === 'phone') {
    const n = words(text).length;
    return n <= SCRIPT_WORDS_MAX ? [true, `${n} words: short enough to say in a minute or two.`] : [false, `${n} words: too long to say on the phone. Aim for ${SCRIPT_WORDS_MAX} or fewer.`];
  }
  if (MESSAGE_KINDS[kind].channel === 'linkedin') {
    const n = text.length;
    return n <= limit ? [true, `${n} of ${limit} characters: fits a LinkedIn note.`] : [false, `${n} characters: LinkedIn cuts notes at ${limit}. Shorten by ${n - limit}.`];
  }
  const n = words(text).length;
  if (n >= EMAIL_WORDS_MAX) return [false, `${n} words: far too long for a first read. Aim for 75 or fewer.`];
  if (n > EMAIL_WORDS_WARN) return [false, `${n} words: a little long. Aim for 75 or fewer.`];
  return [true, `${n} words: short enough to read on a phone.`];
}

function noJobAsk(kind: DraftKind, text: string): Verdict {
  const said = text.replace(NOT_A_JOB_ASK, ' ');
  const saysNot = said !== text;
  const hit = JOB_ASK.map((re) => re.exec(said)?.[0]).find(Boolean);
  if (hit) return [false, `“${hit.trim()}” reads as asking for a job. Ask to learn about their path instead.`];
  const resume = RESUME_OFFER.map((re) => re.exec(said)?.[0]).find(Boolean);
  if (resume && !(MESSAGE_KINDS[kind] as { resumeOk?: boolean }).resumeOk) {
    return [false, `“${resume.trim()}”: offering your résumé fits a thank-you or a reply, not a first message.`];
  }
  if (resume) return [true, 'Offers your résumé after the conversation, without asking for a job.'];
  return saysNot ? [true, 'Says plainly you are not asking for a job.'] : [true, 'Asks to learn, not for a job.'];
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
  if (LONG_ASK.test(text) || mentionsOf.some((n) => n > 30)) return [false, 'Ask for 15–30 minutes: a longer ask is easy to decline.'];
  if (mentionsOf.some((n) => n >= 5 && n <= 30)) return [true, 'Asks for a small, clear amount of time.'];
  if (MEETING_OFFER.test(text)) return [true, 'Offers a small, concrete way to meet.'];
  return [false, 'Ask for something small and specific: 15–30 minutes, by phone, video or over coffee.'];
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

const SELF_INTRO = /\b(?:I['’]m|I am|my name is|this is)\s+\p{Lu}\p{L}+/u;

function introducesSender(_kind: DraftKind, text: string, { senderName }: CoachOptions): Verdict {
  const name = senderName?.trim();
  if (name && mentions(text, name)) return [true, `Signed with your name, ${name}.`];
  if (!name && SELF_INTRO.test(text)) return [true, 'Says who you are.'];
  return name
    ? [false, `Sign with your name (${name}), so they know who is writing.`]
    : [false, 'Your name is missing: add it in Settings (or the welcome page) so drafts say who is writing.'];
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
  'introduces-sender': introducesSender,
};

/** Every rule that applies to `kind`, in the order its registry entry lists them, each with its verdict. */
export function coachDraft(kind: DraftKind, text: string, options: CoachOptions = {}): CoachResult[] {
  const rules = MESSAGE_KINDS[kind].coach.filter((rule) => rule !== 'no-fixed-time' || options.isFirstMessage !== false);
  return rules.map((rule) => {
    const [ok, reason] = CHECKS[rule](kind, text, options);
    return { rule, status: ok ? 'pass' : 'warn', reason };
  });
}
