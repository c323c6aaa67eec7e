import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FollowUpList, type FollowUpItem } from '@/components/FollowUpList';

const T = Date.UTC(2026, 10, 21, 9, 30);
const HOUR = 3_600_000;
const items: FollowUpItem[] = [
  { contactId: 1, name: 'Ada Example', company: 'Acme', kind: 'thank-you', dueAt: T - 30 * HOUR, overdueAt: T - 6 * HOUR },
  { contactId: 2, name: 'Ben Sample', kind: 'thank-you', dueAt: T - HOUR, overdueAt: T + 23 * HOUR },
];

describe('FollowUpList', () => {
  it('has a helpful empty state', () => {
    render(<FollowUpList items={[]} now={T} onThankYouSent={() => undefined} />);
    expect(screen.getByText('Nothing due.')).toBeInTheDocument();
  });

  it('lists each person, what is due and when', () => {
    render(<FollowUpList items={items} now={T} onThankYouSent={() => undefined} />);
    const ada = screen.getByRole('listitem', { name: 'Ada Example' });
    expect(within(ada).getByText('Send a thank-you note — overdue since 6 hours ago')).toBeInTheDocument();
    const ben = screen.getByRole('listitem', { name: 'Ben Sample' });
    expect(within(ben).getByText('Send a thank-you note — due in 23 hours')).toBeInTheDocument();
  });

  it('marks one thank-you sent from the keyboard', async () => {
    const onSent = vi.fn();
    render(<FollowUpList items={items} now={T} onThankYouSent={onSent} />);
    const ben = screen.getByRole('listitem', { name: 'Ben Sample' });
    within(ben).getByRole('button', { name: 'Mark thank-you sent' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSent).toHaveBeenCalledWith(2);
  });
});
