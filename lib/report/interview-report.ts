/**
 * The informational interviews a student held, as entries (the printable page renders them) and as
 * a Markdown document to hand in or present. Pure: the clock and the locale come in as options.
 */
import type { Contact } from '@/lib/model/contact';
import { FIT_SCALE, MEETING_MODE_LABELS, type Meeting, type MeetingMode } from '@/lib/model/history';
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { withoutBidiControls } from '@/lib/bidi';
import type { Task } from '@/lib/model/task';


export type ReportContact = Pick<Contact, 'name'> &
  Partial<Pick<Contact, 'currentTitle' | 'currentCompany' | 'headline'>> & { id: number };

export type ReportMeeting = Pick<Meeting, 'id' | 'contactId' | 'scheduledAt' | 'heldAt' | 'mode' | 'durationMin'> &
  Partial<Pick<Meeting, 'uid' | 'questions' | 'takeaways' | 'leads' | 'fit' | 'fitNote' | 'openQuestions' | 'resources'>>;

/** A next action from a debrief, as the report lists it with its meeting. */
export type ReportTask = Pick<Task, 'text'> & Partial<Pick<Task, 'meetingUid' | 'dueAt' | 'doneAt'>>;

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
  /** The debrief, each part as a heading and its lines (fit, still to find out, resources, next actions). */
  debrief: { title: string; items: string[] }[];
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
  options: Pick<ReportOptions, 'now' | 'locale'>,
  tasks: readonly ReportTask[] = [],
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
      debrief: debriefOf(meeting, tasks, options.locale),
    };
    const role = roleOf(contact);
    if (meeting.id !== undefined) entry.meetingId = meeting.id;
    if (role) entry.role = role;
    if (meeting.mode) entry.mode = meeting.mode;
    if (meeting.durationMin) entry.durationMin = meeting.durationMin;
    return entry;
  });
}

/** The debrief's parts that were filled in, in words. */
function debriefOf(meeting: ReportMeeting, tasks: readonly ReportTask[], locale?: string): ReportEntry['debrief'] {
  const parts: ReportEntry['debrief'] = [];
  const add = (title: string, items: readonly string[]) => {
    if (items.length) parts.push({ title, items: [...items] });
  };
  const fit = FIT_SCALE.find((step) => step.value === meeting.fit);
  const note = meeting.fitNote?.trim();
  add('Does this path fit my interests and values?', fit ? [`${fit.label} (${fit.value} of 5)${note ? `: ${note}` : ''}`] : note ? [note] : []);
  add('Still to find out', nonEmpty(meeting.openQuestions ?? []));
  add('Resources they recommended', (meeting.resources ?? []).map((r) => (r.url ? `${r.title.trim()} — ${r.url}` : r.title.trim())));
  add(
    'Next actions',
    tasks
      .filter((task) => meeting.uid !== undefined && task.meetingUid === meeting.uid)
      .map((task) => `${task.text.trim()}${task.dueAt !== undefined ? ` — by ${formatReportDate(task.dueAt, locale)}` : ''}${task.doneAt !== undefined ? ' (done)' : ''}`),
  );
  return parts;
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

const text = (value: string): Text => ({ type: 'text', value: withoutBidiControls(value).replace(/\s+/gu, ' ').trim() });
const heading = (depth: 1 | 2 | 3 | 4, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] });

/** An answer that may span lines: paragraphs stay paragraphs, a single line break stays a break. */
function blocks(value: string): Paragraph[] {
  return withoutBidiControls(value)
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)+/u)
    .map((part) =>
      part
        .split(/\r\n|\r|\n/u)
        .map((line) => line.replace(/\s+/gu, ' ').trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => ({
      type: 'paragraph',
      children: lines.flatMap((line, index): PhrasingContent[] => (index === 0 ? [text(line)] : [{ type: 'break' }, text(line)])),
    }));
}

function bulletList(items: readonly string[]): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })) };
}

function entryToTree(entry: ReportEntry, options: ReportOptions): RootContent[] {
  const nodes: RootContent[] = [
    heading(2, entry.role ? `${entry.contactName} — ${entry.role}` : entry.contactName),
    paragraph(describeMeeting(entry, options.locale)),
  ];
  const list = (title: string, items: readonly string[]) => {
    if (items.length) nodes.push(heading(3, title), bulletList(items));
  };
  list('What I learned', entry.takeaways);
  list('People they suggested', entry.leads);
  for (const part of entry.debrief ?? []) list(part.title, part.items);
  if (options.answers !== false && entry.answers.length) {
    nodes.push(heading(3, 'Questions and answers'));
    for (const { question, answer } of entry.answers) nodes.push(heading(4, question), ...blocks(answer));
  }
  return nodes;
}

/**
 * A Markdown document: title, date generated, summary, then one section per conversation. Built
 * as a syntax tree (mdast) and written out by mdast-util-to-markdown with GFM, so every piece of
 * text from a profile or the user is escaped by the library: no formatting, HTML or autolink
 * (`www.…`, URLs, emails) can come out of it.
 */
export function reportToMarkdown(entries: readonly ReportEntry[], options: ReportOptions): string {
  const children: RootContent[] = [heading(1, reportTitle(options)), paragraph(`Generated on ${formatReportDate(options.now, options.locale)}`)];
  if (!entries.length) children.push(paragraph(EMPTY_REPORT_TEXT));
  else {
    children.push(paragraph(`${reportSummary(entries)}.`));
    for (const entry of entries) children.push(...entryToTree(entry, options));
  }
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', fences: true, rule: '-' });
}
