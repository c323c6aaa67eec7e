/**
 * A career path's page (issue 15, item 2): what the path taught, by area, with the answers of
 * several people side by side, and the user's synthesis saved area by area.
 */
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PathPage } from '@/entrypoints/options/PathPage';
import { getDb } from '@/storage/db';
import { saveContact, updateContact } from '@/storage/contacts';
import { logMeeting } from '@/storage/history';
import { savePrepQuestions, updateMeeting } from '@/storage/meetings';
import { createPath, getPath, updatePath } from '@/storage/paths';

const T = new Date('2026-11-16T10:00:00').getTime();
const DAY = 86_400_000;
const QUESTION = 'How did you get into regulatory affairs?';

/** Typing with user-event on a busy machine: a budget, not a timing assertion. */
const TYPING = { timeout: 30_000 };
// The page follows the database live: on a busy machine a live query can take more than a second.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(async () => {
  await Promise.all(getDb().tables.map((table) => table.clear()));
});

async function talkedWith(slug: string, name: string, pathUid: string, heldAt: number, answer: string, extra: Record<string, unknown> = {}) {
  const contact = await saveContact(slug, { name, experience: [], education: [], currentTitle: 'Regulatory Affairs Specialist' }, T);
  await updateContact(contact.id, { pathUids: [pathUid] }, T);
  await savePrepQuestions(contact.id, [{ text: QUESTION, area: 'personal' }], T);
  const { meetingId } = await logMeeting(contact.id, heldAt);
  await updateMeeting(meetingId as number, { answers: [{ text: QUESTION, answer }], ...extra }, heldAt);
  return contact;
}

async function pathWithTwoConversations() {
  const path = await createPath({ name: 'Regulatory affairs', why: 'Rules that keep patients safe', term: 'Autumn 2026', target: 4 }, T);
  const ada = await talkedWith('ada', 'Ada Mensah', path.uid, T + DAY, 'From the lab, after a PhD', {
    takeaways: ['Read the EU MDR summary'],
    resources: [{ title: 'RAPS', url: 'https://www.raps.org/' }],
  });
  const ben = await talkedWith('ben', 'Ben Ortiz', path.uid, T + 2 * DAY, 'Through quality assurance');
  return { path, ada, ben };
}

it('shows the answers of everyone asked the same question side by side, each linked to the contact', TYPING, async () => {
  const { path, ada, ben } = await pathWithTwoConversations();
  render(<PathPage uid={path.uid} />);
  expect(await screen.findByRole('heading', { name: 'Regulatory affairs', level: 2 })).toBeInTheDocument();
  expect(screen.getByText(/Autumn 2026 · target 4 conversations/u)).toBeInTheDocument();

  const personal = screen.getByRole('region', { name: 'Personal' });
  const answers = within(personal).getAllByRole('listitem');
  expect(within(personal).getByRole('list', { name: QUESTION })).toBeInTheDocument();
  expect(answers.map((item) => item.textContent)).toEqual(['Ada MensahFrom the lab, after a PhD', 'Ben OrtizThrough quality assurance']);
  expect(within(answers[0]!).getByRole('link', { name: 'Ada Mensah' })).toHaveAttribute('href', `#contact/${ada.id}`);
  expect(within(answers[1]!).getByRole('link', { name: 'Ben Ortiz' })).toHaveAttribute('href', `#contact/${ben.id}`);
  expect(within(screen.getByRole('region', { name: 'Qualifications' })).getByText('No answers in this area yet.')).toBeInTheDocument();

  // Progress, people, takeaways with who said them, resources that open without a referrer.
  expect(screen.getByRole('progressbar', { name: 'Conversations held on Regulatory affairs' })).toHaveAttribute('value', '2');
  expect(screen.getByText('2 of 4 conversations')).toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: 'People' })).getAllByRole('link').map((link) => link.textContent)).toEqual(['Ada Mensah', 'Ben Ortiz']);
  expect(within(screen.getByRole('region', { name: 'Takeaways' })).getByRole('listitem')).toHaveTextContent('Read the EU MDR summary — Ada Mensah');
  const raps = within(screen.getByRole('region', { name: 'Recommended resources' })).getByRole('link', { name: 'RAPS' });
  expect(raps).toHaveAttribute('href', 'https://www.raps.org/');
  expect(raps).toHaveAttribute('rel', 'noreferrer');
  expect(screen.getByRole('link', { name: 'Present it' })).toHaveAttribute('href', `#path/${path.uid}/deck`);
});

it('saves the synthesis of the area the user wrote in, keeping another area written meanwhile in another tab', TYPING, async () => {
  const { path } = await pathWithTwoConversations();
  await updatePath(path.uid, { synthesis: { landscape: 'Small teams, big consequences.' } }, T);
  render(<PathPage uid={path.uid} />);
  const personal = await screen.findByRole('textbox', { name: 'Your synthesis: Personal' });
  const landscape = screen.getByRole('textbox', { name: 'Your synthesis: Landscape' });
  expect(landscape).toHaveValue('Small teams, big consequences.');

  await userEvent.type(personal, 'Most came from the lab.');
  // Another tab rewrites the landscape meanwhile: the untouched box follows it.
  await updatePath(path.uid, { synthesis: { landscape: 'Written in the other tab.' } }, T + 1);
  expect(await screen.findByDisplayValue('Written in the other tab.')).toBe(landscape);
  await userEvent.tab(); // leaving the box saves it
  expect(await within(personal.parentElement!).findByText('Saved.')).toBeInTheDocument();

  expect((await getPath(path.uid))!.synthesis).toEqual({ personal: 'Most came from the lab.', landscape: 'Written in the other tab.' });
  expect(personal).toHaveValue('Most came from the lab.');
});

it('edits only the details the user changed, the rest follows the stored path', TYPING, async () => {
  const { path } = await pathWithTwoConversations();
  render(<PathPage uid={path.uid} />);
  await userEvent.click(await screen.findByText('Edit the career path'));
  const form = screen.getByRole('form', { name: 'Edit the career path' });
  await userEvent.clear(within(form).getByRole('textbox', { name: 'Term' }));
  await userEvent.type(within(form).getByRole('textbox', { name: 'Term' }), 'Spring 2027');
  await updatePath(path.uid, { why: 'Changed in the other tab' }, T + 1);
  expect(await within(form).findByDisplayValue('Changed in the other tab')).toBeInTheDocument();
  await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
  expect(await within(form).findByText('Saved.')).toBeInTheDocument();
  expect(await getPath(path.uid)).toMatchObject({ term: 'Spring 2027', why: 'Changed in the other tab', target: 4 });

  await userEvent.clear(within(form).getByRole('textbox', { name: 'Name' }));
  await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
  expect(await within(form).findByText('Name: A career path needs a name.')).toBeInTheDocument();
  expect((await getPath(path.uid))!.name).toBe('Regulatory affairs');
});

it('says so when the path no longer exists, with a way back', async () => {
  render(<PathPage uid="gone-000000001" />);
  expect(await screen.findByText(/That career path no longer exists/u)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to career paths' })).toHaveAttribute('href', '#paths');
});
