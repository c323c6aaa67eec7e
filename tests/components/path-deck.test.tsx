import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PathDeck } from '@/components/PathDeck';
import { FindingsSchema } from '@/lib/model/findings';

const FINDINGS = FindingsSchema.parse({
  path: { name: 'UX research', term: 'Autumn 2026' },
  anonymised: false,
  people: [
    { key: 'p1', label: 'Maya Okafor', name: 'Maya Okafor', title: 'Senior UX Researcher', company: 'Lumen Health', profileUrl: 'https://www.linkedin.com/in/maya-okafor-demo/' },
    { key: 'p2', label: 'Tomás Lindqvist', name: 'Tomás Lindqvist', title: 'Data Engineer', company: 'Northwind Data' },
  ],
  areas: [
    { area: 'personal', questions: [{ text: 'What does a typical week look like?', answers: [{ person: 'p1', text: 'Two studies and a synthesis day. Ask Tomás about data.' }] }] },
    { area: 'qualifications', questions: [] },
    { area: 'landscape', questions: [] },
    { area: 'leads', questions: [{ text: 'Who else should I talk to?', answers: [{ person: 'p1', text: 'Tomás Lindqvist, tomas@northwind.example' }] }] },
  ],
  takeaways: [{ person: 'p1', text: 'Maya says research ops is a real career path' }],
  resources: [{ person: 'p2', title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/' }],
  referrals: [{ from: 'p1', to: 'p2' }],
  funnel: { requests: 4, replies: 3, conversations: 2, target: 5 },
  synthesis: { personal: 'Both love the puzzle.' },
});

const NAMES = ['Maya', 'Okafor', 'Tomás', 'Lindqvist', 'maya-okafor-demo', 'tomas@', 'Lumen Health', 'Northwind Data'];
const page = () => document.body.textContent ?? '';

describe('PathDeck', () => {
  it('leaves every name out by default, describing people by their role — in the slides, the answers and the referral picture', () => {
    render(<PathDeck findings={FINDINGS} ownName="Sam de Wit" />);
    expect(screen.getByRole('checkbox', { name: 'Anonymise names' })).toBeChecked();
    for (const name of NAMES) expect(page()).not.toContain(name);
    const people = screen.getByRole('region', { name: 'The people' });
    expect(within(people).getByText('a senior UX researcher at a health-care organisation')).toBeInTheDocument();
    expect(within(people).getByText('a data engineer at a technology company')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Referral chain: a senior UX researcher at a health-care organisation led to a data engineer at a technology company/u })).toBeInTheDocument();
    // The student is not anonymised: it is their own presentation.
    expect(within(screen.getByRole('region', { name: 'UX research' })).getByText('Sam de Wit')).toBeInTheDocument();
  });

  it('shows the names once the user unticks Anonymise names', async () => {
    render(<PathDeck findings={FINDINGS} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Anonymise names' }));
    const people = screen.getByRole('region', { name: 'The people' });
    expect(within(people).getByText('Maya Okafor — Senior UX Researcher at Lumen Health')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Personal' })).getByText('Maya Okafor')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Referral chain: Maya Okafor led to Tomás Lindqvist/u })).toBeInTheDocument();
  });

  it('shows one slide per area with its questions, with or without the answers', async () => {
    render(<PathDeck findings={FINDINGS} />);
    const personal = screen.getByRole('region', { name: 'Personal' });
    expect(within(personal).getByRole('heading', { name: 'What does a typical week look like?' })).toBeInTheDocument();
    expect(within(personal).getByText(/Two studies and a synthesis day/u)).toBeInTheDocument();
    expect(within(personal).getByText('Both love the puzzle.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Qualifications' })).getByText('No answers in this area yet.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Include answers' }));
    expect(within(personal).getByText(/What does a typical week look like\?/u)).toBeInTheDocument();
    expect(within(personal).getByText('(1 answer)')).toBeInTheDocument();
    expect(page()).not.toContain('Two studies');
  });

  it('draws the funnel with its numbers and the target', () => {
    render(<PathDeck findings={FINDINGS} />);
    const funnel = screen.getByRole('img', { name: 'Funnel: 4 people asked, 3 replied, 2 conversations held of 5 planned.' });
    const texts = [...funnel.querySelectorAll('text')].map((node) => node.textContent);
    expect(texts).toEqual(['Asked', '4', 'Replied', '3', 'Conversations', '2', 'Target 5']);
  });

  it('is used from the keyboard: the options are labelled controls in tab order', async () => {
    render(<PathDeck findings={FINDINGS} />);
    await userEvent.tab();
    expect(screen.getByRole('checkbox', { name: 'Anonymise names' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Anonymise names' })).not.toBeChecked();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Print' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Download Markdown' })).toHaveFocus();
  });

  it('downloads the Markdown as shown: anonymised by default, named once unticked', async () => {
    const files: { name: string; blob: Blob }[] = [];
    let last: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => ((last = blob), 'blob:deck'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: last! });
    });
    render(<PathDeck findings={FINDINGS} ownName="Sam de Wit" />);
    await userEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Anonymise names' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    click.mockRestore();
    expect(files.map((file) => file.name)).toEqual([expect.stringMatching(/^path-ux-research-anonymised-\d{4}-\d{2}-\d{2}\.md$/u), expect.stringMatching(/^path-ux-research-\d{4}-\d{2}-\d{2}\.md$/u)]);
    const [anonymised, named] = await Promise.all(files.map((file) => file.blob.text()));
    expect(anonymised).toMatch(/^# UX research — Sam de Wit/u);
    for (const name of NAMES) expect(anonymised).not.toContain(name);
    expect(named).toContain('Maya Okafor — Senior UX Researcher at Lumen Health');
  });
});
