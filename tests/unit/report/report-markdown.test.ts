import {
  interviewReport,
  reportToMarkdown,
  type ReportContact,
  type ReportMeeting,
  type ReportOptions,
} from '@/lib/report/interview-report';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

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
        'Two studies.\\\nOne synthesis day.',
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

/** The report as a GFM reader shows it: rendered to HTML by micromark with GFM, as a page. */
function rendered(text: string): HTMLElement {
  const page = document.createElement('div');
  page.innerHTML = micromark(text, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return page;
}
const ACTIVE = 'a, img, script, code, pre, em, strong, del, table, blockquote, hr, input';
const activeNodes = (page: HTMLElement) => [...page.querySelectorAll(ACTIVE)].map((node) => node.tagName.toLowerCase());

describe('reportToMarkdown: what people typed reads as typed, never as formatting, HTML or a link', () => {
  const withTakeaway = (takeaway: string) => markdown([{ ...MEETING, takeaways: [takeaway], questions: [] }]);
  /** The text of the "What I learned" list's one item, as a reader sees it. */
  const takeawayAsRead = (text: string) => {
    const page = rendered(text);
    const heading = [...page.querySelectorAll('h3')].find((node) => node.textContent === 'What I learned');
    const list = heading?.nextElementSibling;
    return { text: list?.tagName === 'UL' ? list.querySelector('li')?.textContent : undefined, active: activeNodes(page) };
  };

  it.each([
    ['<img src=x onerror=alert(1)>'],
    ['[click](javascript:alert(1))'],
    ['![x](https://evil.example/x.png)'],
    ['**bold** and _italic_'],
    ['`code`'],
    ['# not a heading'],
    ['1. not a list'],
    ['2) not a list'],
    ['- not nested'],
    ['+ not nested'],
    ['> not a quote'],
    ['a | b | c'],
    ['~~struck~~'],
    ['&lt;b&gt; stays text'],
    ['R&D is fine'],
    ['back\\slash'],
    ['www.evil.example'],
    ['Visit https://evil.example/login now'],
    ['mail me at phish@evil.example'],
    ['line one\n## line two'],
    ['    indented code'],
  ])('%j renders literally', (typed) => {
    expect(takeawayAsRead(withTakeaway(typed))).toEqual({ text: typed.replace(/\s+/gu, ' ').trim(), active: [] });
  });

  it('drops bidi controls that would make a name read backwards', () => {
    const text = markdown([{ ...MEETING, leads: [{ name: 'Jonas\u202Egnp.exe' }], questions: [] }]);
    expect(text).toContain('Jonasgnp.exe');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
  });

  it('keeps names, roles, leads and answers inert too', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const text = markdown(
      [
        {
          ...MEETING,
          leads: [{ name: '[click](javascript:alert(1))' }],
          questions: [{ text: hostile, answer: `1. ${hostile}\n===` }],
        },
      ],
      [{ id: 1, name: '*Maya* #1 www.evil.example', currentTitle: '_Lead_', currentCompany: '<script>' }],
      { ...OPTIONS, ownName: '<b>Sam</b>' },
    );
    const page = rendered(text);
    expect(activeNodes(page)).toEqual([]);
    const headings = [...page.querySelectorAll('h1, h2, h3, h4')].map((node) => node.textContent);
    expect(headings).toEqual(expect.arrayContaining(['Informational interviews — <b>Sam</b>', '*Maya* #1 www.evil.example — _Lead_ at <script>', hostile]));
    expect(page.textContent).toContain('[click](javascript:alert(1))');
    expect(page.textContent).toContain(`1. ${hostile}`);
  });

  it('keeps a locale date that looks like a list as a sentence ("21. November 2026")', () => {
    const page = rendered(markdown([MEETING], [MAYA], { ...OPTIONS, locale: 'de' }));
    expect([...page.querySelectorAll('p')].map((node) => node.textContent)).toContain('21. November 2026 · Video call, 45 minutes');
  });
});
