import { render, screen } from '@testing-library/react';
import { ContactStatus } from '@/components/ContactStatus';
import { dueWords } from '@/lib/followups/due-words';

const T = Date.UTC(2026, 10, 21, 9, 30);
const HOUR = 3_600_000;

describe('ContactStatus', () => {
  it('says when the person is not a contact yet', () => {
    render(<ContactStatus now={T} />);
    expect(screen.getByText('Not in your contacts yet.')).toBeInTheDocument();
  });

  it('says the person is already a contact and when they were saved', () => {
    render(<ContactStatus now={T} savedAt={T - HOUR} updatedAt={T - HOUR} />);
    expect(screen.getByText('Already a contact')).toBeInTheDocument();
    expect(screen.getByText(/saved/u).textContent).toContain(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(T - HOUR));
  });

  it('shows a thank-you that is due, and one that is overdue, in the words of the popup and the contact book', () => {
    const owed = { name: 'Maya Okafor', nextDueKind: 'thank-you' as const, nextDueAt: T, thankYouOverdueAt: T + 24 * HOUR };
    const { rerender } = render(<ContactStatus now={T + HOUR} savedAt={T} due={dueWords(owed, T + HOUR)} />);
    expect(screen.getByText('Thank-you note due in 23 hours')).toHaveClass('ok');
    rerender(<ContactStatus now={T + 25 * HOUR} savedAt={T} due={dueWords(owed, T + 25 * HOUR)} />);
    expect(screen.getByText('Thank-you note overdue since 1 hour ago')).toHaveClass('error');
  });

  it('says nothing of a step that is not a thank-you (the sidebar lists it under Next)', () => {
    const due = dueWords({ name: 'Maya Okafor', nextDueKind: 'follow-up', nextDueAt: T + HOUR }, T);
    render(<ContactStatus now={T} savedAt={T} due={due} />);
    expect(screen.queryByText(/Thank-you/u)).not.toBeInTheDocument();
  });
});
