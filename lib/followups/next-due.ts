import { addBusinessDays, addDays, addMinutes, addWeeks, startOfDay } from 'date-fns';
import type { DueValues } from '@/lib/model/contact';
import type { DueKind } from '@/lib/model/due';
import { DEFAULT_CADENCES, type Cadences } from '@/lib/model/settings';

/**
 * Pure schedule logic: what is due next for one contact, from what was logged.
 * Business days and weeks are counted on the local calendar (the user's time
 * zone), so a reminder keeps its wall-clock time across daylight-saving changes.
 */

const HOUR_MS = 60 * 60 * 1000;

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
  /** What the step's words need besides the contact (lib/model/due.ts renders them at display time). */
  values?: DueValues;
  /**
   * Names this step for "mark done" and "snooze": `kind@time` of the logged moment it follows from
   * (a UTC instant, so the name is the same in every time zone), before any snooze.
   */
  key: string;
}


export interface ScheduleInput {
  createdAt: number;
  history: readonly HistoryEvent[];
  /** Set for a lead someone suggested: the name of who suggested them. */
  referredByName?: string;
  /** Keys (`kind@dueAt`) of suggestions the user marked done without logging anything. */
  dismissed?: readonly string[];
  /** "Remind me later" for one step (its key); a different step is not delayed by it. */
  snoozed?: { key: string; until: number };
  status?: string;
  /** The conversation scheduled and not yet logged: when it starts and how long it takes. */
  scheduled?: { at: number; durationMin?: number };
}

/** A conversation with no length set is taken to last this long before "log it" comes up. */
export const DEFAULT_MEETING_MINUTES = 30;

/** A step's name: its kind and the moment it follows from (a request, a meeting, a reply). */
export const dueKey = (step: Pick<Step, 'kind' | 'since'>) => `${step.kind}@${step.since}`;

/**
 * The names given before steps were named by the moment they follow from (`kind@dueAt`): a
 * dismissal or snooze stored then still applies, in the time zone it was made in.
 */
const legacyKey = (step: Pick<Step, 'kind' | 'dueAt'>) => `${step.kind}@${step.dueAt}`;

const isDismissed = (dismissed: ReadonlySet<string>, step: Step) => dismissed.has(dueKey(step)) || dismissed.has(legacyKey(step));

function latest(history: readonly HistoryEvent[], kinds: readonly string[], after = -Infinity): number | undefined {
  let best: number | undefined;
  for (const event of history) {
    if (kinds.includes(event.kind) && event.at > after && (best === undefined || event.at > best)) best = event.at;
  }
  return best;
}

/** The one thing due next for a contact at `now`, or null when nothing is. */
export function nextDue(input: ScheduleInput, settings: Cadences = DEFAULT_CADENCES, now = Date.now()): Due | null {
  const step = rawNextDue(input, settings, now);
  if (!step) return null;
  const { since, ...rest } = step;
  const due: Due = { ...rest, key: dueKey(step) };
  const snooze = input.snoozed;
  if (snooze && (snooze.key === due.key || snooze.key === legacyKey(step)) && snooze.until > due.dueAt) {
    return { ...due, dueAt: snooze.until, overdueAt: due.overdueAt === undefined ? undefined : Math.max(due.overdueAt, snooze.until) };
  }
  return due;
}

/**
 * A step before it is named. `dueAt` may be counted on the local calendar (business days, the day
 * before), so it moves with the time zone; `since`, the logged moment it follows from, does not.
 */
type Step = Omit<Due, 'key'> & { since: number };

function rawNextDue(input: ScheduleInput, settings: Cadences, now: number): Step | null {
  const { history } = input;
  const dismissed = new Set(input.dismissed ?? []);
  const lastMeeting = latest(history, ['meeting']);
  const lastThanks = latest(history, ['thank-you-sent']);

  // 1. A thank-you note after every meeting, within the day.
  if (lastMeeting !== undefined && (lastThanks === undefined || lastThanks < lastMeeting)) {
    return {
      kind: 'thank-you',
      dueAt: lastMeeting,
      overdueAt: lastMeeting + settings.thankYouWithinHours * HOUR_MS,
      since: lastMeeting,
    };
  }
  if (input.status === 'closed') return null;

  // 2. A scheduled conversation: prepare from the day before (on the local calendar, so a clock
  //    change or another time zone moves it with the day), then log it once it is over.
  if (input.scheduled) {
    const { at, durationMin = DEFAULT_MEETING_MINUTES } = input.scheduled;
    const end = addMinutes(at, durationMin).getTime();
    const step: Step =
      now < end
        ? { kind: 'prepare', dueAt: startOfDay(addDays(at, -1)).getTime(), values: { meetingAt: at }, since: at }
        : { kind: 'log-meeting', dueAt: end, values: { meetingAt: at }, since: end };
    return isDismissed(dismissed, step) ? null : step;
  }

  const lastRequest = latest(history, ['request-sent']);
  // 3. A lead someone suggested, not contacted yet.
  if (lastRequest === undefined && lastMeeting === undefined && input.referredByName !== undefined) {
    const due: Step = {
      kind: 'reach-out',
      dueAt: input.createdAt,
      values: { referrer: input.referredByName },
      since: input.createdAt,
    };
    return isDismissed(dismissed, due) ? null : due;
  }

  // 4. A request with no answer: 3B7 — another person at 3 business days, one follow-up at 7, then move on.
  if (lastRequest !== undefined && lastMeeting === undefined) {
    const repliedAt = latest(history, ['reply-received'], lastRequest);
    if (repliedAt !== undefined) {
      // They said yes: schedule the conversation (a cancelled one comes back here too).
      const schedule: Step = { kind: 'schedule', dueAt: repliedAt, since: repliedAt };
      return isDismissed(dismissed, schedule) ? null : schedule;
    }
    if (latest(history, ['follow-up-sent'], lastRequest) !== undefined) return null;
    const followUp: Step = {
      kind: 'follow-up',
      dueAt: addBusinessDays(lastRequest, settings.followUpAfterBusinessDays).getTime(),
      since: lastRequest,
    };
    const second: Step = {
      kind: 'second-contact',
      dueAt: addBusinessDays(lastRequest, settings.secondPersonAfterBusinessDays).getTime(),
      since: lastRequest,
    };
    if (now < followUp.dueAt && !isDismissed(dismissed, second)) return second;
    return isDismissed(dismissed, followUp) ? null : followUp;
  }

  // 5. Keep in touch once thanked: every N weeks after the latest contact of any kind.
  if (lastThanks !== undefined) {
    const lastContact = Math.max(...history.map((event) => event.at));
    const sinceReply = latest(history, ['reply-received', 'meeting', 'thank-you-sent']) ?? -Infinity;
    const unanswered = history.filter((event) => event.kind === 'check-in-sent' && event.at > sinceReply).length;
    const dueAt = addWeeks(lastContact, settings.keepInTouchWeeks).getTime();
    if (unanswered >= settings.checkInsBeforeClosing) {
      const close: Step = { kind: 'close', dueAt: lastContact, values: { unanswered }, since: lastContact };
      return isDismissed(dismissed, close) ? null : close;
    }
    const checkIn: Step = { kind: 'keep-in-touch', dueAt, since: lastContact };
    return isDismissed(dismissed, checkIn) ? null : checkIn;
  }
  return null;
}

export function isOverdue(due: Pick<Due, 'overdueAt'>, now: number): boolean {
  return due.overdueAt !== undefined && now >= due.overdueAt;
}
