import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FollowUpList, type FollowUpItem } from '@/components/FollowUpList';

const at = (iso: string) => new Date(iso).getTime();
const NOW = at('2026-11-18T15:00:00');
const HOUR = 3_600_000;
const items: FollowUpItem[] = [
  { contactId: 1, name: 'Ada Example', company: 'Acme', kind: 'thank-you', text: 'Send Ada a thank-you note', dueAt: NOW - 30 * HOUR, overdueAt: NOW - 6 * HOUR, profileUrl: 'https://www.linkedin.com/in/ada/' },
  { contactId: 2, name: 'Ben Sample', kind: 'thank-you', text: 'Send Ben a thank-you note', dueAt: NOW - HOUR, overdueAt: NOW + 23 * HOUR },
  { contactId: 3, name: 'Cleo Test', kind: 'follow-up', text: 'Follow up once with Cleo', dueAt: at('2026-11-23T10:00:00') },
  { contactId: 4, name: 'Dev Later', kind: 'keep-in-touch', text: 'Check in with Dev', dueAt: at('2027-01-10T10:00:00') },
];
const noop = () => undefined;
const props = { now: NOW, onDone: noop, onSnooze: noop, onOpenContact: noop };

describe('FollowUpList', () => {
  it('has a helpful empty state', () => {
    render(<FollowUpList items={[]} {...props} />);
    expect(screen.getByText('Nothing due.')).toBeInTheDocument();
  });

  it('groups items under Overdue, Today, This week and Later, saying what is due and when', () => {
    render(<FollowUpList items={items} {...props} />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Overdue', 'Today', 'This week', 'Later']);
    const overdue = screen.getByRole('region', { name: 'Overdue' });
    expect(within(overdue).getByText('Send Ada a thank-you note — overdue since 6 hours ago')).toBeInTheDocument();
    expect(within(overdue).getByRole('link', { name: 'LinkedIn profile' })).toHaveAttribute('href', 'https://www.linkedin.com/in/ada/');
    const today = screen.getByRole('region', { name: 'Today' });
    expect(within(today).getByText('Send Ben a thank-you note — due in 23 hours')).toBeInTheDocument();
    const week = screen.getByRole('region', { name: 'This week' });
    expect(within(week).getByRole('button', { name: 'Mark follow-up sent' })).toBeInTheDocument();
    const later = screen.getByRole('region', { name: 'Later' });
    expect(within(later).getByRole('button', { name: 'Mark check-in sent' })).toBeInTheDocument();
  });

  it('works from the keyboard: mark sent, snooze, open the contact', async () => {
    const onDone = vi.fn();
    const onSnooze = vi.fn();
    const onOpenContact = vi.fn();
    render(<FollowUpList items={items} now={NOW} onDone={onDone} onSnooze={onSnooze} onOpenContact={onOpenContact} />);
    const ben = screen.getByRole('listitem', { name: 'Ben Sample' });
    within(ben).getByRole('button', { name: 'Mark thank-you sent' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ contactId: 2 }));

    await userEvent.tab(); // to "Snooze"
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Snooze 3 days');
    await userEvent.keyboard('{Enter}');
    expect(onSnooze).toHaveBeenCalledWith(expect.objectContaining({ contactId: 2 }), 3);

    await userEvent.click(within(ben).getByRole('button', { name: 'Open in contacts' }));
    expect(onOpenContact).toHaveBeenCalledWith(expect.objectContaining({ contactId: 2 }));
  });
});
