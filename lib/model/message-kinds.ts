/**
 * The messages Coffee Chats drafts, as one registry: how each is named, what "Mark … sent"
 * logs, whether it is a first message to a stranger, where it is sent, and which coach rules
 * check it. A new kind is an entry here, a writer file in lib/outreach/ (named after the kind)
 * and its line in lib/outreach/writers.ts; every list, select and button follows.
 */
import type { InteractionKind } from './history';

/** The checks the coach can make (lib/outreach/coach.ts implements each). */
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
  'introduces-sender',
] as const;
export type CoachRule = (typeof COACH_RULES)[number];

export interface MessageKindInfo {
  /** Shown in the kind picker and the templates list. */
  label: string;
  /** What "Mark … sent" logs. */
  logs: Extract<InteractionKind, 'request-sent' | 'follow-up-sent' | 'reply-sent' | 'thank-you-sent' | 'check-in-sent' | 'note'>;
  /** The button that logs it. */
  markLabel: string;
  /** A first message to someone who has not heard from the user (coach: leave the time to them). */
  firstMessage: boolean;
  /** Where it is usually sent: a LinkedIn note is measured in characters, the rest in words. */
  channel: 'linkedin' | 'email' | 'phone';
  /**
   * Offering a résumé is welcome here: after a conversation (a thank-you, a check-in) careers
   * guides suggest "may I send you my résumé?"; in a first message it reads as a job ask.
   */
  resumeOk?: boolean;
  /** Written to someone other than the contact (a mutual connection): the greeting names them. */
  toMutual?: boolean;
  /** The coach's rules for this kind, in the order they are shown. */
  coach: readonly CoachRule[];
}

const REQUEST_RULES: readonly CoachRule[] = [
  'length',
  'no-job-ask',
  'ends-with-question',
  'opens-with-connection',
  'about-them',
  'asks-for-time',
  'no-fixed-time',
  'introduces-sender',
];
// Someone who knows the user needs no opener about what they share.
const WARM_RULES: readonly CoachRule[] = ['length', 'no-job-ask', 'ends-with-question', 'asks-for-time', 'no-fixed-time', 'introduces-sender'];
const CHECK_IN = { logs: 'check-in-sent', markLabel: 'Mark check-in sent', firstMessage: false, channel: 'email', resumeOk: true } as const;
const REQUEST = { logs: 'request-sent', markLabel: 'Mark request sent', firstMessage: true, coach: REQUEST_RULES } as const;

export const MESSAGE_KINDS = {
  // LinkedIn shows who sent a note: no signature needed.
  'connection-note': { ...REQUEST, coach: REQUEST_RULES.filter((rule) => rule !== 'introduces-sender'), label: 'LinkedIn connection note', channel: 'linkedin' },
  'request-email': { ...REQUEST, label: 'Request email or InMail', channel: 'email' },
  'follow-up': {
    label: 'Follow-up after silence',
    logs: 'follow-up-sent',
    markLabel: 'Mark follow-up sent',
    firstMessage: false,
    channel: 'email',
    // It repeats the small ask; the connection was made in the first message.
    coach: ['length', 'no-job-ask', 'ends-with-question', 'about-them', 'asks-for-time'],
  },
  'propose-times': {
    label: 'Reply proposing times',
    logs: 'reply-sent',
    markLabel: 'Mark reply sent',
    firstMessage: false,
    channel: 'email',
    // It answers their "yes": proposing times is its point, so no 'no-fixed-time'.
    coach: ['length', 'no-job-ask', 'ends-with-question'],
  },
  'thank-you': {
    label: 'Thank-you note',
    logs: 'thank-you-sent',
    markLabel: 'Mark thank-you sent',
    firstMessage: false,
    channel: 'email',
    resumeOk: true,
    // No question needed (it closes a conversation); reporting what was learned is its point.
    coach: ['length', 'no-job-ask', 'names-a-takeaway', 'introduces-sender'],
  },
  'keep-in-touch': {
    label: 'Keep-in-touch update',
    logs: 'check-in-sent',
    markLabel: 'Mark check-in sent',
    firstMessage: false,
    channel: 'email',
    resumeOk: true,
    coach: ['length', 'no-job-ask', 'ends-with-question', 'recalls-advice', 'reports-back'],
  },
  'share-article': { ...CHECK_IN, label: 'Keep in touch: share an article', coach: ['length', 'no-job-ask', 'ends-with-question', 'about-them'] },
  'progress-update': { ...CHECK_IN, label: 'Keep in touch: my progress', coach: ['length', 'no-job-ask', 'ends-with-question', 'reports-back'] },
  introduction: { ...REQUEST, label: 'Introduction via a lead', channel: 'email' },
  'warm-request': { ...REQUEST, coach: WARM_RULES, label: 'Request to someone you know', channel: 'email' },
  'call-script': { ...REQUEST, coach: ['length', 'no-job-ask', 'asks-for-time', 'no-fixed-time', 'introduces-sender'], label: 'Request by phone (call script)', channel: 'phone' },
  'ask-introduction': {
    label: 'Ask a mutual contact to introduce you',
    // Logged on this person as a note: the request to them has not gone out yet.
    logs: 'note',
    markLabel: 'Log introduction asked',
    firstMessage: false,
    channel: 'email',
    toMutual: true,
    coach: ['length', 'no-job-ask', 'ends-with-question', 'introduces-sender'],
  },
} as const satisfies Record<string, MessageKindInfo>;

export type MessageKind = keyof typeof MESSAGE_KINDS;
export const MESSAGE_KIND_IDS = Object.keys(MESSAGE_KINDS) as [MessageKind, ...MessageKind[]];
