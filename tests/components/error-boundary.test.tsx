import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '@/components/ErrorBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('Invalid time value');
  return <p>All fine</p>;
}

describe('ErrorBoundary', () => {
  it('shows what failed, that nothing was changed, and ways out instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary what="The contact book" exit={{ href: '#contacts', label: 'Back to contacts' }}>
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The contact book could not be shown');
    expect(alert).toHaveTextContent('nothing was changed');
    expect(alert).toHaveTextContent('Invalid time value');
    expect(screen.getByRole('link', { name: 'Back to contacts' })).toHaveAttribute('href', '#contacts');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('All fine')).toBeInTheDocument();
  });
});
