import {
  interviewReport,
  reportToMarkdown,
  type ReportContact,
  type ReportMeeting,
  type ReportOptions,
} from '@/lib/report/interview-report';

const NOW = Date.UTC(2026, 10, 25, 12);
const MAYA: ReportContact = { id: 1, name: 'Maya Okafor', currentTitle: 'Senior UX Researcher', currentCompany: 'Lumen Health' };
const OPTIONS: ReportOptions = { now: NOW, locale: 'en-GB', ownName: 'Sam de Wit' };

const markdown = (meetings: ReportMeeting[], contacts: ReportContact[] = [MAYA], options = OPTIONS) =>
  reportToMarkdown(interviewReport(meetings, contacts, options), options);

const MEETING: ReportMeeting = {
  contactId: 1,
  heldAt: Date.UTC(2026, 10, 21, 14),
  mode: 'video',
  durationMin: 45,
  takeaways: ['Research ops is a real career path', 'Portfolios matter less than case studies'],
  leads: [{ name: 'Aisha Rahman' }],
  questions: [{ text: 'What does a typical week look like?', answer: 'Two studies.\nOne synthesis day.\n\nFridays off.' }],
};

describe('reportToMarkdown', () => {
  it('writes a title, the date, a summary and one section per conversation', () => {
    expect(markdown([MEETING])).toBe(
      [
        '# Informational interviews — Sam de Wit',
        '',
        'Generated on 25 November 2026',
        '',
        '1 conversation, 1 person suggested.',
        '',
        '## Maya Okafor — Senior UX Researcher at Lumen Health',
        '',
        '21 November 2026 · Video call, 45 minutes',
        '',
        '### What I learned',
        '',
        '- Research ops is a real career path',
        '- Portfolios matter less than case studies',
        '',
        '### People they suggested',
        '',
        '- Aisha Rahman',
        '',
        '### Questions and answers',
        '',
        '#### What does a typical week look like?',
        '',
        'Two studies.  \nOne synthesis day.',
        '',
        'Fridays off.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the questions when asked to', () => {
    const options = { ...OPTIONS, answers: false };
    expect(markdown([MEETING], [MAYA], options)).not.toContain('Questions and answers');
  });

  it('takes a title, or falls back to a plain one without a name', () => {
    expect(markdown([], [MAYA], { now: NOW, locale: 'en-GB', ownName: ' ' })).toMatch(/^# Informational interviews\n/);
    expect(markdown([], [MAYA], { ...OPTIONS, title: 'UX careers — class of 2027' })).toMatch(
      /^# UX careers — class of 2027\n/,
    );
  });

  it('says so when no conversation was held yet', () => {
    const text = markdown([{ contactId: 1, scheduledAt: NOW + 86_400_000 }]);
    expect(text).toContain('No informational interviews yet');
    expect(text).not.toContain('##');
    expect(text).not.toContain('conversation,');
  });

  it('omits the headings of empty parts: no takeaways, leads, answers, role, mode or duration', () => {
    const text = markdown([{ contactId: 3, heldAt: NOW - 86_400_000 }], [{ id: 3, name: 'Aisha Rahman' }]);
    expect(text).toContain('## Aisha Rahman\n\n24 November 2026\n');
    expect(text).not.toContain('###');
    expect(text.endsWith('24 November 2026\n')).toBe(true);
  });
});

describe('reportToMarkdown escapes what people typed', () => {
  const withTakeaway = (takeaway: string) => markdown([{ ...MEETING, takeaways: [takeaway], questions: [] }]);
  const bullet = (text: string) => text.split('\n').find((line) => line.startsWith('- ') && line !== '- Aisha Rahman');

  it.each([
    ['<img src=x onerror=alert(1)>', '- &lt;img src=x onerror=alert(1)\\>'],
    ['[click](javascript:alert(1))', '- \\[click\\](javascript:alert(1))'],
    ['![x](https://evil.example/x.png)', '- !\\[x\\](https://evil.example/x.png)'],
    ['**bold** and _italic_', '- \\*\\*bold\\*\\* and \\_italic\\_'],
    ['`code`', '- \\`code\\`'],
    ['# not a heading', '- \\# not a heading'],
    ['1. not a list', '- 1\\. not a list'],
    ['2) not a list', '- 2\\) not a list'],
    ['- not nested', '- \\- not nested'],
    ['+ not nested', '- \\+ not nested'],
    ['> not a quote', '- \\> not a quote'],
    ['a | b | c', '- a \\| b \\| c'],
    ['~~struck~~', '- \\~\\~struck\\~\\~'],
    ['$50k to $80k', '- \\$50k to \\$80k'],
    ['&lt;b&gt; stays text', '- \\&lt;b\\&gt; stays text'],
    ['R&D is fine', '- R&D is fine'],
    ['back\\slash', '- back\\\\slash'],
    ['line one\n## line two', '- line one \\#\\# line two'],
    ['    indented code', '- indented code'],
  ])('%j renders literally', (typed, expected) => {
    expect(bullet(withTakeaway(typed))).toBe(expected);
  });

  it('escapes names and roles in headings, leads and answers too', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const text = markdown(
      [
        {
          ...MEETING,
          leads: [{ name: '[click](javascript:alert(1))' }],
          questions: [{ text: hostile, answer: `1. ${hostile}\n===` }],
        },
      ],
      [{ id: 1, name: '*Maya* #1', currentTitle: '_Lead_', currentCompany: '<script>' }],
      { ...OPTIONS, ownName: '<b>Sam</b>' },
    );
    expect(text).not.toMatch(/<(img|script|b)\b/i);
    expect(text).not.toMatch(/[^\\]\]\(/);
    expect(text).toContain('# Informational interviews — &lt;b\\>Sam&lt;/b\\>\n');
    expect(text).toContain('## \\*Maya\\* \\#1 — \\_Lead\\_ at &lt;script\\>\n');
    expect(text).toContain('- \\[click\\](javascript:alert(1))\n');
    expect(text).toContain('1\\. &lt;img src=x onerror=alert(1)\\>  \n\\===\n');
  });

  it('escapes a locale date that looks like a list ("21. November 2026")', () => {
    const text = markdown([MEETING], [MAYA], { ...OPTIONS, locale: 'de' });
    expect(text).toContain('\n21\\. November 2026 · Video call, 45 minutes\n');
  });
});
