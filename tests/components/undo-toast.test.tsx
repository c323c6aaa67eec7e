/**
 * Issue 12, item 9: an undo that cannot work says so (and why), and stays until closed — it never
 * fails silently. Played with a real deletion on a real (fake-indexeddb) book.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UndoToast } from '@/entrypoints/options/UndoToast';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { deleteInteraction, logInteraction, restoreHistory } from '@/storage/history';
import { saveContact } from '@/storage/contacts';

vi.mock('@/lib/messaging', () => ({ sendMessage: () => Promise.resolve() }));

const T = Date.UTC(2026, 10, 20, 9);
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`undo-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

async function deletedRequest() {
  const maya = await saveContact('maya', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
  await logInteraction({ contactId: maya.id, kind: 'request-sent', at: T }, T, db);
  const [logged] = await db.interactions.toArray();
  return deleteInteraction(logged!.id!, T + 1000, db);
}

it('an undo that cannot work says why and stays until closed', async () => {
  const deleted = await deletedRequest();
  // Undone already (from another tab): this toast's undo can no longer work.
  await restoreHistory(deleted, T + 2000, db);
  const onDone = vi.fn();
  render(<UndoToast undo={{ key: 'k', message: 'Deleted “Request sent”.', run: () => restoreHistory(deleted, T + 3000, db) }} onDone={onDone} />);
  await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Could not undo: It was already put back, or another record took its place.');
  expect(onDone).not.toHaveBeenCalled();
  await userEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(onDone).toHaveBeenCalledOnce();
  expect(await db.interactions.count()).toBe(1);
});

it('an undo that works puts the row back and closes', async () => {
  const deleted = await deletedRequest();
  const onDone = vi.fn();
  render(<UndoToast undo={{ key: 'k', message: 'Deleted “Request sent”.', run: () => restoreHistory(deleted, T + 2000, db) }} onDone={onDone} />);
  expect(screen.getByRole('status')).toHaveTextContent('Deleted “Request sent”.');
  await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(await db.interactions.count()).toBe(1);
});

describe('focus', () => {
  const undoable = { key: 'k', message: 'Deleted Maya Okafor.', run: () => Promise.resolve() };

  it('lands on Undo when the deletion left it nowhere, holds the toast while there, and goes to the page’s main region after', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const onDone = vi.fn();
    const { rerender } = render(
      <>
        <main tabIndex={-1}>The contact book</main>
        <UndoToast undo={undoable} onDone={onDone} />
      </>,
    );
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    // Ten seconds pass while the user reads it: the toast waits for them.
    await vi.advanceTimersByTimeAsync(15_000);
    expect(onDone).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    rerender(<main tabIndex={-1}>The contact book</main>);
    expect(screen.getByRole('main')).toHaveFocus();
    vi.useRealTimers();
  });

  it('lands on Undo when the focused button goes only after the toast appeared (its list read the database again)', async () => {
    const button = document.createElement('button');
    button.textContent = 'Delete course';
    document.body.append(button);
    button.focus();
    render(<UndoToast undo={undoable} onDone={() => undefined} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(button).toHaveFocus();
    button.remove();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
  });

  it('stays where it is when the user is elsewhere, and the toast closes after ten seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const onDone = vi.fn();
    render(
      <>
        <input aria-label="Search" autoFocus />
        <UndoToast undo={undoable} onDone={onDone} />
      </>,
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onDone).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });
});
