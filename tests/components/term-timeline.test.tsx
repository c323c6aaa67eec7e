/** A term at a glance in the contact book (issue 15, item 4). */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TermTimeline } from '@/components/TermTimeline';

const month = (m: number) => new Date(2026, m - 1, 1).getTime();
const TIMELINE = {
  months: [month(10), month(11), month(12)],
  rows: [
    { uid: 'ra-000001', name: 'Regulatory affairs', target: 5, byMonth: [1, 2, 0], held: 3 },
    { uid: 'ux-000001', name: 'UX research', target: 2, byMonth: [0, 1, 1], held: 2 },
  ],
};

it('is a table of conversations by month and path, each against its target, folded under a summary', async () => {
  render(<TermTimeline timeline={TIMELINE} />);
  const summary = screen.getByText('Term at a glance: 5 of 7 conversations held on 2 career paths');
  await userEvent.click(summary);
  const table = screen.getByRole('table', { name: 'Conversations held by month and career path' });
  const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
  expect(headers[0]).toBe('Career path');
  expect(headers).toHaveLength(5);
  expect(headers[4]).toBe('Held of target');
  const ra = within(table).getByRole('row', { name: /Regulatory affairs/u });
  expect(within(ra).getAllByRole('cell').map((td) => td.textContent)).toEqual(['1', '2', '0', '3 / 5']);
  expect(within(ra).getByRole('rowheader')).toHaveTextContent('Regulatory affairs');
  expect(within(table).getByRole('link', { name: 'UX research' })).toHaveAttribute('href', '#path/ux-000001');
});

it('shows nothing without career paths', () => {
  const { container } = render(<TermTimeline timeline={{ months: [], rows: [] }} />);
  expect(container).toBeEmptyDOMElement();
});
