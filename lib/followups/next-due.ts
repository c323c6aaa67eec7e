import { addBusinessDays, addWeeks } from 'date-fns';

/**
 * Pure schedule logic: what is due next for one contact, from what was logged.
 * Business days and weeks are counted on the local calendar (the user's time
 * zone), so a reminder keeps its wall-clock time across daylight-saving changes.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DEFAULT_THANK_YOU_WITHIN_MS = 24 * HOUR_MS;

export const DUE_KINDS = ['thank-you', 'reach-out', 'second-contact', 'follow-up', 'keep-in-touch', 'close'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export interface HistoryEvent {
  kind: string;
  at: number;
}

export interface Due {
  kind: DueKind;
  /** When it became (or becomes) due. */
  dueAt: number;
  /** When it counts as late (thank-you notes only). */
  overdueAt?: number;
  /** What to do, in words: "Send Maya a thank-you note". */
  text: string;
  /** Names this step (`kind@time`, before any snooze), for "mark done". */
  key: string;
}

export interface ScheduleSettings {
  thankYouWithinHours: number;
  secondPersonAfterBusinessDays: number;
  followUpAfterBusinessDays: number;
  keepInTouchWeeks: number;
  checkInsBeforeClosing: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  thankYouWithinHours: 24,
  secondPersonAfterBusinessDays: 3,
  followUpAfterBusinessDays: 7,
  keepInTouchWeeks: 8,
  checkInsBeforeClosing: 2,
};

export interface ScheduleInput {
  name: string;
  company?: string;
  createdAt: number;
  history: readonly HistoryEvent[];
  /** Set for a lead someone suggested: the name of who suggested them. */
  referredByName?: string;
  /** Keys (`kind@dueAt`) of suggestions the user marked done without logging anything. */
  dismissed?: readonly string[];
  /** "Remind me later" for one step (its key); a different step is not delayed by it. */
  snoozed?: { key: string; until: number };
  status?: string;
}

export const dueKey = (due: Pick<Due, 'kind' | 'dueAt'>) => `${due.kind}@${due.dueAt}`;

function latest(history: readonly HistoryEvent[], kinds: readonly string[], after = -Infinity): number | undefined {
  let best: number | undefined;
  for (const event of history) {
    if (kinds.includes(event.kind) && event.at > after && (best === undefined || event.at > best)) best = event.at;
  }
  return best;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/u)[0] || name;
}

/** The one thing due next for a contact at `now`, or null when nothing is. */
export function nextDue(input: ScheduleInput, settings: ScheduleSettings = DEFAULT_SCHEDULE, now = Date.now()): Due | null {
  const step = rawNextDue(input, settings, now);
  if (!step) return null;
  const due = { ...step, key: dueKey(step) };
  const snooze = input.snoozed;
  if (snooze && snooze.key === due.key && snooze.until > due.dueAt) {
    return { ...due, dueAt: snooze.until, overdueAt: due.overdueAt === undefined ? undefined : Math.max(due.overdueAt, snooze.until) };
  }
  return due;
}

type Step = Omit<Due, 'key'>;

function rawNextDue(input: ScheduleInput, settings: ScheduleSettings, now: number): Step | null {
  const { history, name } = input;
  const first = firstName(name);
  const dismissed = new Set(input.dismissed ?? []);
  const lastMeeting = latest(history, ['meeting']);
  const lastThanks = latest(history, ['thank-you-sent']);

  // 1. A thank-you note after every meeting, within the day.
  if (lastMeeting !== undefined && (lastThanks === undefined || lastThanks < lastMeeting)) {
    return {
      kind: 'thank-you',
      dueAt: lastMeeting,
      overdueAt: lastMeeting + settings.thankYouWithinHours * HOUR_MS,
      text: `Send ${first} a thank-you note`,
    };
  }
  if (input.status === 'closed') return null;

  const lastRequest = latest(history, ['request-sent']);
  // 2. A lead someone suggested, not contacted yet.
  if (lastRequest === undefined && lastMeeting === undefined && input.referredByName !== undefined) {
    const due: Step = {
      kind: 'reach-out',
      dueAt: input.createdAt,
      text: `Reach out to ${name} (suggested by ${input.referredByName})`,
    };
    return dismissed.has(dueKey(due)) ? null : due;
  }

  // 3. A request with no answer: 3B7 — another person at 3 business days, one follow-up at 7, then move on.
  if (lastRequest !== undefined && lastMeeting === undefined) {
    const answered = latest(history, ['reply-received'], lastRequest) !== undefined;
    if (answered) return null;
    if (latest(history, ['follow-up-sent'], lastRequest) !== undefined) return null;
    const followUp: Step = {
      kind: 'follow-up',
      dueAt: addBusinessDays(lastRequest, settings.followUpAfterBusinessDays).getTime(),
      text: `Follow up once with ${first}`,
    };
    const second: Step = {
      kind: 'second-contact',
      dueAt: addBusinessDays(lastRequest, settings.secondPersonAfterBusinessDays).getTime(),
      text: input.company
        ? `No reply yet: reach out to another person at ${input.company}`
        : 'No reply yet: reach out to a second person in the same field',
    };
    if (now < followUp.dueAt && !dismissed.has(dueKey(second))) return second;
    return dismissed.has(dueKey(followUp)) ? null : followUp;
  }

  // 4. Keep in touch once thanked: every N weeks after the latest contact of any kind.
  if (lastThanks !== undefined) {
    const lastContact = Math.max(...history.map((event) => event.at));
    const sinceReply = latest(history, ['reply-received', 'meeting', 'thank-you-sent']) ?? -Infinity;
    const unanswered = history.filter((event) => event.kind === 'check-in-sent' && event.at > sinceReply).length;
    const dueAt = addWeeks(lastContact, settings.keepInTouchWeeks).getTime();
    if (unanswered >= settings.checkInsBeforeClosing) {
      const close: Step = { kind: 'close', dueAt: lastContact, text: `No reply to ${unanswered} check-ins: consider closing ${first}` };
      return dismissed.has(dueKey(close)) ? null : close;
    }
    const checkIn: Step = { kind: 'keep-in-touch', dueAt, text: `Check in with ${first}` };
    return dismissed.has(dueKey(checkIn)) ? null : checkIn;
  }
  return null;
}

export function isOverdue(due: Pick<Due, 'overdueAt'>, now: number): boolean {
  return due.overdueAt !== undefined && now >= due.overdueAt;
}
