import {
  describeMeeting,
  formatDuration,
  interviewReport,
  reportSummary,
  reportToMarkdown,
  type ReportContact,
  type ReportMeeting,
} from '@/lib/report/interview-report';

const NOW = Date.UTC(2026, 10, 25, 12);
const at = (day: number, hour = 14) => Date.UTC(2026, 10, day, hour);

const CONTACTS: ReportContact[] = [
  { id: 1, name: 'Maya Okafor', currentTitle: 'Senior UX Researcher', currentCompany: 'Lumen Health' },
  { id: 2, name: 'Jonas Berg', headline: 'Hydrologist | flood risk | TU Delft' },
  { id: 3, name: 'Aisha Rahman' },
  { id: 4, name: 'Pieter de Vries (Rijkswaterstaat)' },
];

const MEETINGS: ReportMeeting[] = [
  {
    id: 10,
    contactId: 1,
    heldAt: at(21),
    mode: 'video',
    durationMin: 45,
    takeaways: ['Research ops is a real career path', '  '],
    leads: [{ name: 'Aisha Rahman' }, { name: 'Pieter', contactId: 4 }],
    questions: [
      { text: 'What does a typical week look like?', answer: 'Two studies in parallel.' },
      { text: 'What would you do differently?', answer: '   ' },
    ],
  },
  { id: 11, contactId: 2, heldAt: at(23), mode: 'phone', durationMin: 90, takeaways: [], leads: [], questions: [] },
  { id: 12, contactId: 3, scheduledAt: at(28), questions: [], takeaways: [], leads: [] },
  { id: 13, contactId: 3, heldAt: at(27), takeaways: ['Not held yet'], leads: [], questions: [] },
  { id: 14, contactId: 99, heldAt: at(2), takeaways: [], leads: [{ name: 'Aisha Rahman' }], questions: [] },
];

describe('interviewReport', () => {
  const entries = interviewReport(MEETINGS, CONTACTS, { now: NOW });

  it('lists only meetings that were held, newest first', () => {
    expect(entries.map((entry) => entry.meetingId)).toEqual([11, 10, 14]);
  });

  it('describes the person by title and company, else by headline', () => {
    expect(entries.map((entry) => [entry.contactName, entry.role])).toEqual([
      ['Jonas Berg', 'Hydrologist | flood risk | TU Delft'],
      ['Maya Okafor', 'Senior UX Researcher at Lumen Health'],
      ['Unknown contact', undefined],
    ]);
  });

  it('keeps what was learned, who was suggested (by their contact name) and only answered questions', () => {
    expect(entries[1]).toEqual({
      meetingId: 10,
      contactId: 1,
      contactName: 'Maya Okafor',
      role: 'Senior UX Researcher at Lumen Health',
      heldAt: at(21),
      mode: 'video',
      durationMin: 45,
      takeaways: ['Research ops is a real career path'],
      leads: ['Aisha Rahman', 'Pieter de Vries (Rijkswaterstaat)'],
      answers: [{ question: 'What does a typical week look like?', answer: 'Two studies in parallel.' }],
      debrief: [],
    });
  });

  it('counts conversations and people suggested, each person once', () => {
    expect(reportSummary(entries)).toBe('3 conversations, 2 people suggested');
    expect(reportSummary(entries.slice(0, 1))).toBe('1 conversation, 0 people suggested');
  });
});

describe('describeMeeting', () => {
  it.each([
    [45, '45 minutes'],
    [60, '1 hour'],
    [90, '1 hour 30 minutes'],
    [121, '2 hours 1 minute'],
  ])('%i minutes read as "%s"', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });

  it('says when, how and how long, in the locale', () => {
    const [jonas, maya, unknown] = interviewReport(MEETINGS, CONTACTS, { now: NOW });
    expect(maya && describeMeeting(maya, 'en-GB')).toBe('21 November 2026 · Video call, 45 minutes');
    expect(jonas && describeMeeting(jonas, 'en-US')).toBe('November 23, 2026 · Phone, 1 hour 30 minutes');
    expect(unknown && describeMeeting(unknown, 'nl')).toBe('2 november 2026');
  });

  it('uses the local date (Amsterdam) for a meeting late in the evening UTC', () => {
    const [entry] = interviewReport([{ contactId: 1, heldAt: at(21, 23) }], CONTACTS, { now: NOW });
    expect(entry && describeMeeting(entry, 'en-GB')).toBe('22 November 2026');
  });
});

describe('the debrief in the report', () => {
  it('lists fit, what is still unknown, resources and the next actions promised (done or not)', () => {
    const heldAt = Date.UTC(2026, 10, 18, 9);
    const [entry] = interviewReport(
      [{ id: 1, uid: 'meeting-0001', contactId: 1, heldAt, fit: 4, fitNote: 'Research suits me', openQuestions: ['Salary range'], resources: [{ title: 'Just Enough Research', url: 'https://example.com/book' }] }],
      [{ id: 1, name: 'Maya Okafor' }],
      { now: heldAt + 1, locale: 'en-GB' },
      [
        { meetingUid: 'meeting-0001', text: 'Send Maya my portfolio', dueAt: Date.UTC(2026, 10, 20, 12), doneAt: heldAt + 1 },
        { meetingUid: 'meeting-0001', text: 'Read the UX report' },
        { meetingUid: 'another-meeting', text: 'Not this one' },
      ],
    );
    expect(entry!.debrief).toEqual([
      { title: 'Does this path fit my interests and values?', items: ['Mostly (4 of 5): Research suits me'] },
      { title: 'Still to find out', items: ['Salary range'] },
      { title: 'Resources they recommended', items: ['Just Enough Research — https://example.com/book'] },
      { title: 'Next actions', items: ['Send Maya my portfolio — by 20 November 2026 (done)', 'Read the UX report'] },
    ]);
    const markdown = reportToMarkdown([entry!], { now: heldAt, locale: 'en-GB' });
    expect(markdown).toContain('### Next actions\n\n- Send Maya my portfolio — by 20 November 2026 (done)\n- Read the UX report');
  });
});
