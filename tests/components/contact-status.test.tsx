import { render, screen } from '@testing-library/react';
import { ContactStatus } from '@/components/ContactStatus';

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

  it('shows a thank-you that is due, and one that is overdue', () => {
    const { rerender } = render(<ContactStatus now={T} savedAt={T} thankYouDueAt={T} overdueAt={T + 24 * HOUR} />);
    expect(screen.getByText(/Thank-you note due — send it by/u)).toBeInTheDocument();
    rerender(<ContactStatus now={T + 25 * HOUR} savedAt={T} thankYouDueAt={T} overdueAt={T + 24 * HOUR} />);
    expect(screen.getByText(/Thank-you note due — overdue since 1 hour ago/u)).toBeInTheDocument();
  });
});
