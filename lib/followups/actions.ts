import type { DueKind } from './next-due';

export interface DueAction {
  /** The button's accessible name. */
  label: string;
  /** What "done" logs, when it is something the user sent. */
  logs?: 'thank-you-sent' | 'follow-up-sent' | 'check-in-sent' | 'request-sent';
  /** Otherwise the suggestion is marked done (or the contact closed) without logging a message. */
  effect?: 'dismiss' | 'close';
}

/** What marking each kind of follow-up done means. */
export const DUE_ACTIONS: Record<DueKind, DueAction> = {
  'thank-you': { label: 'Mark thank-you sent', logs: 'thank-you-sent' },
  'reach-out': { label: 'Mark request sent', logs: 'request-sent' },
  'second-contact': { label: 'Mark done', effect: 'dismiss' },
  'follow-up': { label: 'Mark follow-up sent', logs: 'follow-up-sent' },
  'keep-in-touch': { label: 'Mark check-in sent', logs: 'check-in-sent' },
  close: { label: 'Close contact', effect: 'close' },
};

export const DUE_LABELS: Record<DueKind, string> = {
  'thank-you': 'Thank-you note',
  'reach-out': 'Reach out',
  'second-contact': 'Another person',
  'follow-up': 'Follow-up',
  'keep-in-touch': 'Keep in touch',
  close: 'Move on',
};

export const SNOOZE_CHOICES = [
  { label: '1 day', days: 1 },
  { label: '3 days', days: 3 },
  { label: '1 week', days: 7 },
] as const;
