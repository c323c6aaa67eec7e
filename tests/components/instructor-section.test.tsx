/**
 * The Instructor section end to end on one browser's database: a teacher writes and exports a
 * course pack, a student imports a pack and exports a submission, the teacher reads it in the class view.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { download } from '@/components/download';
import type { CoursePack, Submission } from '@/lib/model/course';
import type { Findings } from '@/lib/model/findings';
import { getDb } from '@/storage/db';
import { useState } from 'react';
import { InstructorSection } from '@/entrypoints/options/InstructorSection';
import { UndoToast } from '@/entrypoints/options/UndoToast';
import type { Undoable } from '@/entrypoints/options/undoable';
import { course, T } from '../unit/course/build';

vi.mock('@/components/download', () => ({ download: vi.fn() }));
const downloaded = () => vi.mocked(download).mock.calls.map(([name, text]) => ({ name, text }));

beforeEach(async () => {
  vi.mocked(download).mockClear();
  await Promise.all(getDb().tables.map((table) => table.clear()));
});

const packFile = (value: unknown, name = 'pack.json') => new File([JSON.stringify(value)], name, { type: 'application/json' });
const pack: CoursePack = { format: 'coffee-chats-course-pack', version: 1, exportedAt: T, course: course() };

it('lets a teacher write a course and export it as a course pack, keeping the edits', async () => {
  const user = userEvent.setup();
  render(<InstructorSection />);
  const teach = screen.getByRole('region', { name: 'Teach a course' });
  await user.type(within(teach).getByRole('textbox', { name: 'Course name' }), 'Health careers 101');
  await user.click(within(teach).getByRole('button', { name: 'Start a course' }));
  const form = await within(teach).findByRole('form', { name: 'Course Health careers 101' });

  await user.click(within(form).getByRole('button', { name: 'Add a career path' }));
  await user.type(within(form).getByRole('textbox', { name: 'Path name' }), 'Regulatory affairs');
  await user.type(within(form).getByRole('textbox', { name: 'A line on this path' }), 'Rules that keep patients safe');
  await user.click(within(form).getByRole('button', { name: 'Add a question' }));
  await user.type(within(form).getByRole('textbox', { name: 'Question' }), 'How did you get your first role?');
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Area' }), 'Qualifications');
  await user.click(within(form).getByRole('checkbox', { name: 'Required' }));
  await user.click(within(form).getByRole('button', { name: 'Add a due date' }));
  await user.type(within(form).getByRole('textbox', { name: 'What is due' }), 'Presentation');
  // An empty date is named, and nothing is saved.
  await user.click(within(form).getByRole('button', { name: 'Save course' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('Not saved: Due date 1: pick a date.');
  await user.type(within(form).getByLabelText('Date'), '2026-12-10');
  await user.type(within(form).getByRole('textbox', { name: 'What the presentation must contain' }), 'Five slides.');
  await user.click(within(form).getByRole('button', { name: 'Export course pack' }));

  await waitFor(() => expect(downloaded()).toHaveLength(1));
  const [file] = downloaded();
  expect(file!.name).toBe('coffee-chats-course-pack-health-careers-101.json');
  const exported = JSON.parse(file!.text) as CoursePack;
  expect(exported).toMatchObject({
    format: 'coffee-chats-course-pack',
    course: {
      name: 'Health careers 101',
      paths: [{ name: 'Regulatory affairs', why: 'Rules that keep patients safe', target: 5 }],
      questions: [{ text: 'How did you get your first role?', area: 'qualifications', required: true }],
      dueDates: [{ label: 'Presentation', at: new Date('2026-12-10T00:00:00').getTime() }],
      presentation: 'Five slides.',
    },
  });
  // The teacher's course is kept: a new page shows it again.
  const [stored] = await getDb().courses.toArray();
  expect(stored).toMatchObject({ role: 'teaching', name: 'Health careers 101', presentation: 'Five slides.' });
});

it('imports a pack for a student, refuses a bad file with a clear message, and exports a submission per path', async () => {
  const user = userEvent.setup();
  const anonymise = vi.fn((findings: Findings): Findings => ({ ...findings, anonymised: true }));
  render(<InstructorSection anonymise={anonymise} />);
  const take = screen.getByRole('region', { name: 'Take a course' });
  const input = within(take).getByLabelText('Course pack file (.json)');

  await user.upload(input, packFile({ ...pack, version: 2 }));
  expect(await within(take).findByRole('alert')).toHaveTextContent('This course pack was made by a newer version of Coffee Chats (format 2) — update the extension, then import it again. Nothing was changed.');
  expect(await getDb().paths.count()).toBe(0);

  await user.upload(input, packFile(pack));
  expect(await within(take).findByRole('status')).toHaveTextContent('Imported Health careers 101 — career paths added: “Regulatory affairs”, “Medical science liaison”.');
  const course = await within(take).findByRole('article', { name: 'Health careers 101' });
  expect(within(course).getByText('Presentation: Saturday 7 November 2026')).toBeInTheDocument();
  expect(within(course).getByRole('heading', { name: 'Required questions' })).toBeInTheDocument();
  expect(within(course).getByText('What does a typical week look like?')).toBeInTheDocument();
  expect(within(course).getByRole('link', { name: 'Regulatory affairs' })).toHaveAttribute('href', '#path/path-regaffairs');

  await user.upload(input, packFile(pack));
  expect(await within(take).findByText('Health careers 101 is already here; nothing changed.')).toBeInTheDocument();
  expect(await getDb().paths.count()).toBe(2);

  const path = within(course).getByRole('group', { name: 'Regulatory affairs' });
  expect(within(path).getByRole('checkbox', { name: 'Anonymise names' })).toBeChecked();
  await user.clear(within(take).getByRole('textbox', { name: 'Your name on submissions' }));
  await user.click(within(path).getByRole('button', { name: 'Export submission' }));
  expect(await within(path).findByRole('alert')).toHaveTextContent('Type your name first');
  await user.type(within(take).getByRole('textbox', { name: 'Your name on submissions' }), 'Ada Lovelace');
  await user.click(within(path).getByRole('button', { name: 'Export submission' }));
  await waitFor(() => expect(downloaded()).toHaveLength(1));
  const [file] = downloaded();
  expect(file!.name).toBe('coffee-chats-submission-regulatory-affairs-ada-lovelace.json');
  const submission = JSON.parse(file!.text) as Submission;
  expect(submission).toMatchObject({ format: 'coffee-chats-submission', course: { name: 'Health careers 101' }, path: { uid: 'path-regaffairs' }, student: { name: 'Ada Lovelace' }, findings: { anonymised: true } });
  expect(anonymise).toHaveBeenCalledWith(expect.objectContaining({ anonymised: false }));

  // The teacher's class view reads it (here, in the same browser).
  const classSection = screen.getByRole('region', { name: 'Class view' });
  await user.upload(within(classSection).getByLabelText('Submissions (.json files, or the .zip of all submissions)'), [
    new File([file!.text], file!.name, { type: 'application/json' }),
    new File(['nope'], 'notes.json', { type: 'application/json' }),
  ]);
  expect(await within(classSection).findByText('Read 1 submission: 1 new, 0 updated, 0 unchanged.')).toBeInTheDocument();
  expect(within(classSection).getByText(/notes\.json/)).toBeInTheDocument();
  const classPath = await within(classSection).findByRole('region', { name: 'Regulatory affairs' });
  expect(within(classPath).getByText('1 student · 0 conversations')).toBeInTheDocument();
  expect(within(classPath).getByText('Ada Lovelace')).toBeInTheDocument();
});

describe('deleting a course', () => {
  it('a teacher deletes a course with its class submissions, focus goes to starting another, and undo brings both back', async () => {
    const user = userEvent.setup();
    const { createTeachingCourse, importSubmissions } = await import('@/storage/courses');
    const taught = await createTeachingCourse('Health careers 101', T);
    await importSubmissions([{ fileName: 'ana.json', submission: { ...submissionOf('Ana Silva'), course: { uid: taught.uid, name: taught.name } } }], T);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<WithUndoToast />);
    const teach = screen.getByRole('region', { name: 'Teach a course' });
    await within(teach).findByRole('form', { name: 'Course Health careers 101' });
    await user.click(within(teach).getByRole('button', { name: 'Delete course' }));
    expect(confirm).toHaveBeenCalledWith('Delete the course “Health careers 101” and the 1 submission handed in for it? You can undo this for a few seconds.');
    await waitFor(() => expect(within(teach).queryByRole('form', { name: 'Course Health careers 101' })).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('Deleted the course “Health careers 101” and its 1 class submission.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    expect(await getDb().submissions.count()).toBe(0);
    await user.keyboard('{Enter}');
    await within(teach).findByRole('form', { name: 'Course Health careers 101' });
    expect(screen.getByRole('main')).toHaveFocus();
    expect(await getDb().submissions.count()).toBe(1);
    confirm.mockRestore();
  });

  it('a student removes a course taken: its career paths stay, and nothing happens when the question is declined', async () => {
    const user = userEvent.setup();
    const { importCoursePack } = await import('@/storage/courses');
    await importCoursePack(pack, T);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<WithUndoToast />);
    const take = screen.getByRole('region', { name: 'Take a course' });
    await user.click(await within(take).findByRole('button', { name: 'Remove course' }));
    expect(await getDb().courses.count()).toBe(1);
    confirm.mockReturnValue(true);
    await user.click(within(take).getByRole('button', { name: 'Remove course' }));
    await waitFor(() => expect(within(take).queryByRole('button', { name: 'Remove course' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    expect(await getDb().courses.count()).toBe(0);
    expect(await getDb().paths.count()).toBe(2);
    confirm.mockRestore();
  });
});

/** The section with the undo toast, as the options page shows them. */
function WithUndoToast() {
  const [undo, setUndo] = useState<Undoable | null>(null);
  return (
    <>
      <main tabIndex={-1}>
        <InstructorSection onUndoable={setUndo} />
      </main>
      {undo && <UndoToast key={undo.key} undo={undo} onDone={() => setUndo(null)} />}
    </>
  );
}

function submissionOf(student: string): Submission {
  return {
    format: 'coffee-chats-submission',
    version: 1,
    uid: `sub-${student.toLowerCase().replace(/\W+/gu, '-')}-0001`,
    submittedAt: T,
    course: { uid: 'course-health-101', name: 'Health careers 101' },
    path: { uid: 'path-regaffairs', name: 'Regulatory affairs' },
    student: { name: student },
    findings: { path: { name: 'Regulatory affairs' }, anonymised: true, people: [], areas: [], unsorted: [], takeaways: [], resources: [], referrals: [], funnel: { requests: 0, replies: 0, conversations: 0, target: 3 }, synthesis: {} } as Findings,
  };
}
