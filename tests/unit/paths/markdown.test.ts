import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { FindingsSchema, type Findings } from '@/lib/model/findings';
import { anonymiseFindings } from '@/lib/paths/anonymise';
import { findingsToMarkdown } from '@/lib/paths/markdown';
import { referralLayout } from '@/lib/paths/referral-chain';

const html = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

function findings(extra: Partial<Findings> = {}): Findings {
  return FindingsSchema.parse({
    path: { name: 'UX research', term: 'Autumn 2026' },
    anonymised: false,
    people: [
      { key: 'p1', label: 'Maya Okafor', name: 'Maya Okafor', title: 'Senior UX Researcher', company: 'Lumen Health', profileUrl: 'https://www.linkedin.com/in/maya-okafor-demo/' },
      { key: 'p2', label: 'Tomás Lindqvist', name: 'Tomás Lindqvist', title: 'Data Engineer' },
      { key: 'p3', label: 'Carla Teacher', name: 'Carla Teacher', onPath: false },
    ],
    areas: [
      { area: 'personal', questions: [{ text: 'What does a typical week look like?', answers: [{ person: 'p1', text: 'Two studies.\nOne synthesis day.' }, { person: 'p2', text: 'Pipelines, mostly. Maya says the same.' }] }] },
      { area: 'qualifications', questions: [] },
      { area: 'landscape', questions: [] },
      { area: 'leads', questions: [{ text: 'Who else should I talk to?', answers: [{ person: 'p1', text: 'Tomás' }] }] },
    ],
    takeaways: [{ person: 'p1', text: 'Research ops is a real career path' }],
    resources: [{ person: 'p2', title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/' }],
    referrals: [{ from: 'p3', to: 'p1' }, { from: 'p1', to: 'p2' }],
    funnel: { requests: 4, replies: 3, conversations: 2, target: 5 },
    synthesis: { personal: 'Both love the puzzle.' },
    ...extra,
  });
}

describe('findingsToMarkdown', () => {
  it('writes the title, progress, people, answers by area, takeaways, resources, synthesis and the referral chain', () => {
    expect(findingsToMarkdown(findings(), { ownName: 'Sam de Wit', course: 'Careers in Tech' })).toBe(
      [
        '# UX research — Sam de Wit',
        '',
        'Course: Careers in Tech',
        '',
        'Term: Autumn 2026',
        '',
        '## Progress',
        '',
        '4 people asked, 3 replied, 2 conversations held of 5 planned.',
        '',
        '## People',
        '',
        '- Maya Okafor — Senior UX Researcher at Lumen Health',
        '- Tomás Lindqvist — Data Engineer',
        '- Carla Teacher',
        '',
        '## Personal',
        '',
        '### What does a typical week look like?',
        '',
        '- **Maya Okafor**: Two studies.\\',
        '  One synthesis day.',
        '- **Tomás Lindqvist**: Pipelines, mostly. Maya says the same.',
        '',
        '## Leads',
        '',
        '### Who else should I talk to?',
        '',
        '- **Maya Okafor**: Tomás',
        '',
        '## What I learned',
        '',
        '- Research ops is a real career path (Maya Okafor)',
        '',
        '## Resources',
        '',
        '- Designing Data-Intensive Applications — https\\://dataintensive.net/ (recommended by Tomás Lindqvist)',
        '',
        '## My synthesis',
        '',
        '### Personal',
        '',
        'Both love the puzzle.',
        '',
        '## Referral chain',
        '',
        '- Carla Teacher',
        '  - Maya Okafor',
        '    - Tomás Lindqvist',
        '',
      ].join('\n'),
    );
  });

  it('leaves the answers out when asked, saying how many there were', () => {
    const markdown = findingsToMarkdown(findings(), { answers: false });
    expect(markdown).toContain('- What does a typical week look like? (2 answers)');
    expect(markdown).not.toContain('Two studies');
  });

  it('escapes names and text that look like Markdown, so nothing becomes formatting or a link', () => {
    const odd = '*Ann* _[Lee](https://evil.example)_ #1';
    const markdown = findingsToMarkdown(
      findings({ path: { name: '# Heading? <b>no</b>' }, people: [{ key: 'p1', label: odd, name: odd, onPath: true }], referrals: [], takeaways: [{ person: 'p1', text: '![x](https://evil.example/x.png) www.evil.example' }] }),
      { ownName: 'Sam_de_Wit*' },
    );
    const page = html(markdown);
    expect(page).not.toMatch(/<(?:em|a|img|b)\b/u);
    expect(page).toContain('*Ann* _[Lee](https://evil.example)_ #1');
    expect(page).toContain('<h1># Heading? &lt;b&gt;no&lt;/b&gt; — Sam_de_Wit*</h1>');
  });

  it('names no one once anonymised', () => {
    const markdown = findingsToMarkdown(anonymiseFindings(findings()), { ownName: 'Sam de Wit' });
    for (const name of ['Maya', 'Okafor', 'Tomás', 'Lindqvist', 'Carla', 'maya-okafor-demo', 'Lumen Health']) expect(markdown).not.toContain(name);
    expect(markdown).toContain('- a senior UX researcher at a health-care organisation');
    expect(markdown).toContain('Names are left out');
  });
});

describe('referralLayout', () => {
  it('puts each referral one step to the right, and stops at a cycle', () => {
    const layout = referralLayout({ people: findings().people, referrals: [{ from: 'p3', to: 'p1' }, { from: 'p1', to: 'p2' }, { from: 'p2', to: 'p3' }] });
    expect(layout.nodes).toEqual([
      { key: 'p1', layer: 0, row: 0 },
      { key: 'p2', layer: 1, row: 0 },
      { key: 'p3', layer: 2, row: 0 },
    ]);
    expect(layout.layers).toBe(3);
  });
});
