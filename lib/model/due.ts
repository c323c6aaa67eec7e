/**
 * The follow-up steps the schedule can put next (lib/followups/next-due.ts decides which),
 * what marking each done means, and how each is put into words — at display time, from its
 * kind and values, so a wording changes here and never in stored rows.
 *
 * No zod here: the popup's first screen shows these words and loads no schema (contact.ts holds
 * the kind's schema).
 */
import { MESSAGE_KINDS, type MessageKind } from './message-kinds';
import type { Task } from './task';

export const DUE_KINDS = [
  'thank-you',
  'reach-out',
  'second-contact',
  'follow-up',
  'schedule',
  'prepare',
  'log-meeting',
  'keep-in-touch',
  'close',
  'task',
] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** When an open task shows up in the list: its snooze, else its day, else from when it was made. */
export const taskDueAt = (task: Pick<Task, 'dueAt' | 'snoozedUntil' | 'createdAt'>): number =>
  task.snoozedUntil ?? task.dueAt ?? task.createdAt;

interface DueKindInfo {
  /** A short heading for the step. */
  label: string;
  /** The message that goes with it: "done" logs that message as sent, and its draft can be copied. */
  message?: MessageKind;
  /** A draft to copy that "done" does not log (the reply that proposes times). */
  draft?: MessageKind;
  /** Otherwise "done" marks the suggestion done, closes the contact, or logs the meeting held. */
  effect?: DoneEffect;
  doneLabel?: string;
}

type DoneEffect = 'dismiss' | 'close' | 'log-meeting';

export const DUE_KIND_INFO = {
  'thank-you': { label: 'Thank-you note', message: 'thank-you' },
  'reach-out': { label: 'Reach out', message: 'introduction' },
  'second-contact': { label: 'Another person', effect: 'dismiss', doneLabel: 'Mark done' },
  'follow-up': { label: 'Follow-up', message: 'follow-up' },
  schedule: { label: 'Schedule', draft: 'propose-times', effect: 'dismiss', doneLabel: 'Mark done' },
  prepare: { label: 'Prepare', effect: 'dismiss', doneLabel: 'Mark prepared' },
  'log-meeting': { label: 'Log your conversation', effect: 'log-meeting', doneLabel: 'Log meeting' },
  'keep-in-touch': { label: 'Keep in touch', message: 'keep-in-touch' },
  close: { label: 'Move on', effect: 'close', doneLabel: 'Close contact' },
  task: { label: 'Task', effect: 'dismiss', doneLabel: 'Mark done' },
} as const satisfies Record<DueKind, DueKindInfo>;

/** The message that goes with a step (its draft can be copied), if any. */
export function messageForDue(kind: DueKind): MessageKind | undefined {
  const info = DUE_KIND_INFO[kind] as DueKindInfo;
  return info.message ?? info.draft;
}

/** What marking a step done does: log the message it stands for, or dismiss, or close. */
export function doneActionOf(kind: DueKind): { label: string; logs?: (typeof MESSAGE_KINDS)[MessageKind]['logs']; effect?: DoneEffect } {
  const info = DUE_KIND_INFO[kind] as DueKindInfo;
  if (info.message) return { label: MESSAGE_KINDS[info.message].markLabel, logs: MESSAGE_KINDS[info.message].logs };
  return { label: info.doneLabel ?? 'Mark done', effect: info.effect ?? 'dismiss' };
}

export const SNOOZE_CHOICES = [
  { label: '1 day', days: 1 },
  { label: '3 days', days: 3 },
  { label: '1 week', days: 7 },
] as const;

/** What a step's words are made of: the contact's name and company, and the step's own values. */
export interface DueTextInput {
  name: string;
  company?: string;
  values?: { referrer?: string; unanswered?: number; task?: string };
  /** The scheduled meeting's time in words ("tomorrow 10:00"), made by lib/followups/due-words.ts. */
  meetingWhen?: string;
}

const firstWord = (name: string) => name.trim().split(/\s+/u)[0] || name;

/** "Send Maya a thank-you note": the step in words, made when it is shown. */
export function dueText(kind: DueKind, { name, company, values = {}, meetingWhen }: DueTextInput): string {
  const first = firstWord(name);
  switch (kind) {
    case 'thank-you':
      return `Send ${first} a thank-you note`;
    case 'reach-out':
      return values.referrer ? `Reach out to ${name} (suggested by ${values.referrer})` : `Reach out to ${name}`;
    case 'second-contact':
      return company ? `No reply yet: reach out to another person at ${company}` : 'No reply yet: reach out to a second person in the same field';
    case 'follow-up':
      return `Follow up once with ${first}`;
    case 'schedule':
      return `${first} replied: schedule your conversation`;
    case 'prepare':
      return meetingWhen ? `Prepare for ${name} — ${meetingWhen}` : `Prepare for ${name}`;
    case 'log-meeting':
      return `Log your conversation with ${name}`;
    case 'task':
      return values.task ?? `A task for ${first}`;
    case 'keep-in-touch':
      return `Check in with ${first}`;
    case 'close':
      return `No reply to ${values.unanswered ?? 'several'} check-ins: consider closing ${first}`;
  }
}
