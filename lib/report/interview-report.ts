/**
 * The informational interviews a student held, as entries (the printable page renders them) and as
 * a Markdown document to hand in or present. Pure: the clock and the locale come in as options.
 */
import type { Contact } from '@/lib/model/contact';
import { MEETING_MODE_LABELS, type Meeting, type MeetingMode } from '@/lib/model/history';
import { blockText, inlineText } from './markdown-text';


export type ReportContact = Pick<Contact, 'name'> &
  Partial<Pick<Contact, 'currentTitle' | 'currentCompany' | 'headline'>> & { id: number };

export type ReportMeeting = Pick<Meeting, 'id' | 'contactId' | 'scheduledAt' | 'heldAt' | 'mode' | 'durationMin'> &
  Partial<Pick<Meeting, 'questions' | 'takeaways' | 'leads'>>;

export interface ReportOptions {
  /** Replaces the whole title. */
  title?: string;
  /** The student's name, shown in the default title. */
  ownName?: string;
  now: number;
  /** For dates; the browser's language when unset. */
  locale?: string;
  /** Include the questions and their answers (default true); off for a talk in front of a class. */
  answers?: boolean;
}

export interface ReportAnswer {
  question: string;
  answer: string;
}

export interface ReportEntry {
  meetingId?: number;
  contactId: number;
  contactName: string;
  /** "Senior UX Researcher at Lumen Health", else the headline. */
  role?: string;
  heldAt: number;
  mode?: MeetingMode;
  durationMin?: number;
  takeaways: string[];
  /** Names of the people they suggested. */
  leads: string[];
  answers: ReportAnswer[];
}

export const UNKNOWN_CONTACT = 'Unknown contact';

function roleOf(contact: ReportContact | undefined): string | undefined {
  const title = contact?.currentTitle?.trim();
  const company = contact?.currentCompany?.trim();
  if (title && company) return `${title} at ${company}`;
  return contact?.headline?.trim() || title || (company ? `Works at ${company}` : undefined);
}

const nonEmpty = (texts: readonly string[]): string[] => texts.map((text) => text.trim()).filter(Boolean);

/**
 * The meetings that were held (not merely scheduled, and not later than `now`), newest first.
 * A lead that became a contact is named as that contact is named now.
 */
export function interviewReport(
  meetings: readonly ReportMeeting[],
  contacts: readonly ReportContact[],
  options: Pick<ReportOptions, 'now'>,
): ReportEntry[] {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const held = meetings.filter(
    (meeting): meeting is ReportMeeting & { heldAt: number } =>
      meeting.heldAt !== undefined && meeting.heldAt <= options.now,
  );
  held.sort((a, b) => b.heldAt - a.heldAt || (b.id ?? 0) - (a.id ?? 0));

  return held.map((meeting) => {
    const contact = byId.get(meeting.contactId);
    const entry: ReportEntry = {
      contactId: meeting.contactId,
      contactName: contact?.name.trim() || UNKNOWN_CONTACT,
      heldAt: meeting.heldAt,
      takeaways: nonEmpty(meeting.takeaways ?? []),
      leads: nonEmpty(
        (meeting.leads ?? []).map((lead) => (lead.contactId ? byId.get(lead.contactId)?.name : undefined) ?? lead.name),
      ),
      answers: (meeting.questions ?? [])
        .map((q) => ({ question: q.text.trim(), answer: q.answer.trim() }))
        .filter((pair) => pair.answer),
    };
    const role = roleOf(contact);
    if (meeting.id !== undefined) entry.meetingId = meeting.id;
    if (role) entry.role = role;
    if (meeting.mode) entry.mode = meeting.mode;
    if (meeting.durationMin) entry.durationMin = meeting.durationMin;
    return entry;
  });
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * "6 conversations, 14 people suggested". A person suggested in two conversations counts once
 * (the same contact, or the same name).
 */
export function reportSummary(entries: readonly ReportEntry[]): string {
  const people = new Set(entries.flatMap((entry) => entry.leads.map((name) => name.toLocaleLowerCase())));
  return `${plural(entries.length, 'conversation', 'conversations')}, ${plural(people.size, 'person', 'people')} suggested`;
}

export function reportTitle(options: Pick<ReportOptions, 'title' | 'ownName'>): string {
  const title = options.title?.trim();
  if (title) return title;
  const ownName = options.ownName?.trim();
  return ownName ? `Informational interviews — ${ownName}` : 'Informational interviews';
}

/** "21 November 2026" in en-GB, "November 21, 2026" in en-US. */
export function formatReportDate(at: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at);
}

/** "45 minutes", "1 hour", "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return plural(rest, 'minute', 'minutes');
  return rest ? `${plural(hours, 'hour', 'hours')} ${plural(rest, 'minute', 'minutes')}` : plural(hours, 'hour', 'hours');
}

/** "21 November 2026 · Video call, 45 minutes" — the parts that are known. */
export function describeMeeting(entry: ReportEntry, locale?: string): string {
  const how = [entry.mode && MEETING_MODE_LABELS[entry.mode], entry.durationMin && formatDuration(entry.durationMin)]
    .filter(Boolean)
    .join(', ');
  const date = formatReportDate(entry.heldAt, locale);
  return how ? `${date} · ${how}` : date;
}

export const EMPTY_REPORT_TEXT = 'No informational interviews yet. Log a meeting as held and it appears here.';

function entryToMarkdown(entry: ReportEntry, options: ReportOptions): string[] {
  const heading = entry.role ? `${entry.contactName} — ${entry.role}` : entry.contactName;
  const lines = [`## ${inlineText(heading)}`, '', inlineText(describeMeeting(entry, options.locale)), ''];
  const list = (title: string, items: readonly string[]) => {
    if (items.length) lines.push(`### ${title}`, '', ...items.map((item) => `- ${inlineText(item)}`), '');
  };
  list('What I learned', entry.takeaways);
  list('People they suggested', entry.leads);
  if (options.answers !== false && entry.answers.length) {
    lines.push('### Questions and answers', '');
    for (const { question, answer } of entry.answers) lines.push(`#### ${inlineText(question)}`, '', blockText(answer), '');
  }
  return lines;
}

/** A Markdown document: title, date generated, summary, then one section per conversation. */
export function reportToMarkdown(entries: readonly ReportEntry[], options: ReportOptions): string {
  const lines = [
    `# ${inlineText(reportTitle(options))}`,
    '',
    inlineText(`Generated on ${formatReportDate(options.now, options.locale)}`),
    '',
  ];
  if (!entries.length) lines.push(inlineText(EMPTY_REPORT_TEXT), '');
  else {
    lines.push(`${inlineText(reportSummary(entries))}.`, '');
    for (const entry of entries) lines.push(...entryToMarkdown(entry, options));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
