/**
 * A term at a glance: conversations held per month on each career path, against its target. Pure —
 * storage reads the paths, their contacts and meetings by index; this only groups them, so a month
 * is a month on the user's calendar (local time) and a conversation counts on the paths it explored.
 */
import { addMonths, differenceInCalendarMonths, startOfMonth } from 'date-fns';
import type { CareerPath } from '@/lib/model/career-path';
import type { Contact } from '@/lib/model/contact';
import type { Meeting } from '@/lib/model/history';
import { isHeldOnPath } from './findings';

/** At most this many months show: the last ones, up to the current month. */
export const TIMELINE_MONTHS = 12;

export interface TimelineRow {
  uid: string;
  name: string;
  target: number;
  /** Conversations held in each month of `months`. */
  byMonth: number[];
  /** Conversations held on the path since it began (months before the window included). */
  held: number;
}

export interface TermTimeline {
  /** The first day of each month shown (local midnight), oldest first. */
  months: number[];
  rows: TimelineRow[];
}

export interface TimelineInput {
  paths: readonly Pick<CareerPath, 'uid' | 'name' | 'target' | 'createdAt'>[];
  /** Each conversation's contact, for the paths a conversation without its own choice explored. */
  contacts: readonly (Pick<Contact, 'pathUids'> & { id: number })[];
  meetings: readonly Pick<Meeting, 'contactId' | 'heldAt' | 'pathUids'>[];
  now: number;
}

/**
 * Months from the first conversation held on a path, or the first path's creation if earlier, to
 * the current month (the last `TIMELINE_MONTHS` of them); one row per path, in the order given.
 */
export function termTimeline({ paths, contacts, meetings, now }: TimelineInput): TermTimeline {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const held = meetings.filter((meeting) => meeting.heldAt !== undefined && meeting.heldAt <= now);
  const onPath = (uid: string) => held.filter((meeting) => isHeldOnPath(meeting, byId.get(meeting.contactId), uid));
  const perPath = paths.map((path) => ({ path, meetings: onPath(path.uid) }));

  const starts = [...paths.map((path) => path.createdAt), ...perPath.flatMap(({ meetings: list }) => list.map((meeting) => meeting.heldAt!))];
  if (starts.length === 0) return { months: [], rows: [] };
  const last = startOfMonth(now);
  const span = Math.min(TIMELINE_MONTHS, Math.max(1, differenceInCalendarMonths(last, Math.min(...starts)) + 1));
  const first = addMonths(last, 1 - span);
  const months = Array.from({ length: span }, (_, index) => addMonths(first, index).getTime());

  const rows = perPath.map(({ path, meetings: list }) => {
    const byMonth = months.map(() => 0);
    for (const meeting of list) {
      const index = differenceInCalendarMonths(meeting.heldAt!, first);
      if (index >= 0 && index < span) byMonth[index]! += 1;
    }
    return { uid: path.uid, name: path.name, target: path.target, byMonth, held: list.length };
  });
  return { months, rows };
}
