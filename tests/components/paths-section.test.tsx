/** The career paths list (issue 15, item 1): each path's progress and people, a new path, archive and delete. */
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PathsSection } from '@/entrypoints/options/PathsSection';
import { getDb } from '@/storage/db';
import { saveContact, updateContact } from '@/storage/contacts';
import { logInteraction, logMeeting } from '@/storage/history';
import { createPath, listPaths } from '@/storage/paths';

const T = new Date('2026-11-16T10:00:00').getTime();

/** Typing with user-event on a busy machine: a budget, not a timing assertion. */
const TYPING = { timeout: 30_000 };
// The page follows the database live: on a busy machine a live query can take more than a second.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(async () => {
  await Promise.all(getDb().tables.map((table) => table.clear()));
});
afterEach(() => vi.restoreAllMocks());

it('explains what a career path is for, and creates one with a target of five conversations', TYPING, async () => {
  render(<PathsSection onUndoable={vi.fn()} />);
  expect(await screen.findByText(/a field you are exploring/u)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'New career path' }));
  const form = screen.getByRole('form', { name: 'New career path' });
  expect(within(form).getByRole('spinbutton', { name: 'Target (conversations)' })).toHaveValue(5);
  await userEvent.type(within(form).getByRole('textbox', { name: 'Name' }), 'UX research');
  await userEvent.type(within(form).getByRole('textbox', { name: 'Why it interests you' }), 'I like watching people use things');
  await userEvent.type(within(form).getByRole('textbox', { name: 'Term' }), 'Autumn 2026');
  await userEvent.click(within(form).getByRole('button', { name: 'Create career path' }));

  expect(await screen.findByText('Created the career path “UX research”.')).toBeInTheDocument();
  const [path] = await listPaths();
  const card = await screen.findByRole('listitem', { name: /UX research/u });
  expect(within(card).getByRole('link', { name: 'UX research' })).toHaveAttribute('href', `#path/${path!.uid}`);
  expect(card).toHaveTextContent('0 of 5 conversations');
  expect(card).toHaveTextContent('0 people · Autumn 2026');
  expect(within(card).getByRole('progressbar', { name: 'Conversations held on UX research' })).toBeInTheDocument();
});

it('says clearly why a path was refused, and keeps what was typed', TYPING, async () => {
  await createPath({ name: 'UX research' }, T);
  render(<PathsSection onUndoable={vi.fn()} />);
  await userEvent.click(await screen.findByRole('button', { name: 'New career path' }));
  const form = screen.getByRole('form', { name: 'New career path' });
  await userEvent.click(within(form).getByRole('button', { name: 'Create career path' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('Name: A career path needs a name.');

  await userEvent.type(within(form).getByRole('textbox', { name: 'Name' }), 'ux Research');
  await userEvent.clear(within(form).getByRole('spinbutton', { name: 'Target (conversations)' }));
  await userEvent.type(within(form).getByRole('spinbutton', { name: 'Target (conversations)' }), '500');
  await userEvent.click(within(form).getByRole('button', { name: 'Create career path' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('Target: a whole number from 1 to 100.');

  await userEvent.clear(within(form).getByRole('spinbutton', { name: 'Target (conversations)' }));
  await userEvent.type(within(form).getByRole('spinbutton', { name: 'Target (conversations)' }), '3');
  await userEvent.click(within(form).getByRole('button', { name: 'Create career path' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('You already have a career path named “UX research”.');
  expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('ux Research');
  expect(await listPaths()).toHaveLength(1);
});

it('shows each path’s requests, replies, conversations and people', TYPING, async () => {
  const path = await createPath({ name: 'Regulatory affairs', target: 3 }, T);
  for (const [slug, name] of [['ada', 'Ada Mensah'], ['ben', 'Ben Ortiz']] as const) {
    const contact = await saveContact(slug, { name, experience: [], education: [] }, T);
    await updateContact(contact.id, { pathUids: [path.uid] }, T);
    await logInteraction({ contactId: contact.id, kind: 'request-sent', at: T }, T);
    if (slug === 'ada') await logMeeting(contact.id, T + 1000);
  }
  render(<PathsSection onUndoable={vi.fn()} />);
  const card = await screen.findByRole('listitem', { name: /Regulatory affairs/u });
  expect(card).toHaveTextContent('1 of 3 conversations');
  expect(within(card).getByRole('list', { name: 'Progress on Regulatory affairs' })).toHaveTextContent('2 requests sent1 reply1 conversation held');
  expect(card).toHaveTextContent('2 people');
});

it('archives a path out of the list and shows it again on demand; deletes only after a confirmation', TYPING, async () => {
  await createPath({ name: 'Regulatory affairs' }, T);
  await createPath({ name: 'UX research' }, T);
  const onUndoable = vi.fn();
  render(<PathsSection onUndoable={onUndoable} />);
  await userEvent.click(await screen.findByRole('button', { name: 'Archive UX research' }));
  await waitFor(() => expect(screen.queryByRole('listitem', { name: /UX research/u })).not.toBeInTheDocument());
  await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived career paths' }));
  const archived = await screen.findByRole('listitem', { name: /UX research/u });
  expect(archived).toHaveTextContent('Archived');
  expect(within(archived).getByRole('button', { name: 'Unarchive UX research' })).toBeInTheDocument();

  const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
  await userEvent.click(screen.getByRole('button', { name: 'Delete Regulatory affairs' }));
  expect(confirm).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('listitem', { name: /Regulatory affairs/u })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Delete Regulatory affairs' }));
  await waitFor(() => expect(screen.queryByRole('listitem', { name: /Regulatory affairs/u })).not.toBeInTheDocument());
  expect(onUndoable).toHaveBeenCalledWith(expect.objectContaining({ message: 'Deleted the career path “Regulatory affairs”.' }));
  expect((await listPaths({ archived: true })).map((path) => path.name)).toEqual(['UX research']);
});
