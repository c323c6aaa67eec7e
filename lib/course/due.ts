/** A course's due date as the popup says it: "Due in 5 days: Presentation — Health careers 101". */
import { differenceInCalendarDays } from 'date-fns';

/** How far ahead the popup looks for course due dates. */
export const COURSE_DUE_DAYS_AHEAD = 14;

export function courseDueText(due: { label: string; courseName: string; at: number }, now: number): string {
  const days = differenceInCalendarDays(due.at, now);
  const when = days <= 0 ? 'Due today' : days === 1 ? 'Due tomorrow' : `Due in ${days} days`;
  return `${when}: ${due.label} — ${due.courseName}`;
}
