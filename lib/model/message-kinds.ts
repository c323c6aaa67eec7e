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
] as const;
export type CoachRule = (typeof COACH_RULES)[number];

export interface MessageKindInfo {
  /** Shown in the kind picker and the templates list. */
  label: string;
  /** What "Mark … sent" logs. */
  logs: Extract<InteractionKind, 'request-sent' | 'follow-up-sent' | 'thank-you-sent' | 'check-in-sent'>;
  /** The button that logs it. */
  markLabel: string;
  /** A first message to someone who has not heard from the user (coach: leave the time to them). */
  firstMessage: boolean;
  /** Where it is usually sent: a LinkedIn note is measured in characters, the rest in words. */
  channel: 'linkedin' | 'email';
  /** The coach's rules for this kind, in the order they are shown. */
  coach: readonly CoachRule[];
}

const REQUEST_RULES: readonly CoachRule[] = ['length', 'no-job-ask', 'ends-with-question', 'opens-with-connection', 'about-them', 'asks-for-time', 'no-fixed-time'];
const REQUEST = { logs: 'request-sent', markLabel: 'Mark request sent', firstMessage: true, coach: REQUEST_RULES } as const;

export const MESSAGE_KINDS = {
  'connection-note': { ...REQUEST, label: 'LinkedIn connection note', channel: 'linkedin' },
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
  'thank-you': {
    label: 'Thank-you note',
    logs: 'thank-you-sent',
    markLabel: 'Mark thank-you sent',
    firstMessage: false,
    channel: 'email',
    // No question needed (it closes a conversation); reporting what was learned is its point.
    coach: ['length', 'no-job-ask', 'names-a-takeaway'],
  },
  'keep-in-touch': {
    label: 'Keep-in-touch update',
    logs: 'check-in-sent',
    markLabel: 'Mark check-in sent',
    firstMessage: false,
    channel: 'email',
    coach: ['length', 'no-job-ask', 'ends-with-question', 'recalls-advice', 'reports-back'],
  },
  introduction: { ...REQUEST, label: 'Introduction via a lead', channel: 'email' },
} as const satisfies Record<string, MessageKindInfo>;

export type MessageKind = keyof typeof MESSAGE_KINDS;
export const MESSAGE_KIND_IDS = Object.keys(MESSAGE_KINDS) as [MessageKind, ...MessageKind[]];
