/**
 * The same meeting open in two places (the sidebar keeps its panels mounted; the contact book keeps
 * its form): a save from one never erases what the other saved in between (issue 12, item 1).
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingForm, type MeetingFormValue } from '@/components/MeetingForm';
import type { StoredMeeting } from '@/lib/model/history';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { saveContact } from '@/storage/contacts';
import { listAllMeetings, logMeeting } from '@/storage/history';
import { updateMeeting } from '@/storage/meetings';

const T = Date.UTC(2026, 10, 20, 13, 30);
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`mf-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const asForm = (m: StoredMeeting): MeetingFormValue => ({ ...m, heldAt: m.heldAt! });

it('a save from a form opened before another window saved does not erase that save', async () => {
  const maya = await saveContact('maya', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
  const { meetingId } = await logMeeting(maya.id, T, db);
  const onSave = async (patch: object) => void (await updateMeeting(meetingId as number, patch, Date.now(), db));

  // Sidebar: "Log meeting" opens the Meeting tab with the empty form (it stays mounted).
  const [logged] = await listAllMeetings(db);
  const { rerender } = render(<MeetingForm key={meetingId} meeting={asForm(logged!)} prepared={[]} onSave={onSave} />);

  // Contact book: the student writes up the conversation there and saves.
  await updateMeeting(
    meetingId as number,
    { durationMin: 30, answers: [{ text: 'How did you start?', answer: 'Two paragraphs of answer…' }], takeaways: ['Build a portfolio', 'Join the research meetup'], leads: [{ name: 'Jonas Weber' }] },
    T + 1000,
    db,
  );
  // The live state reaches the sidebar (same key, new props), as the background's port delivers it.
  const [written] = await listAllMeetings(db);
  rerender(<MeetingForm key={meetingId} meeting={asForm(written!)} prepared={[]} onSave={onSave} />);
  expect(screen.getByRole('textbox', { name: 'What I learned (one per line)' })).toHaveValue('Build a portfolio\nJoin the research meetup');

  // Back in the sidebar the student only picks "How: Video call" and saves.
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'How' }), 'video');
  await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
  await screen.findByText('Meeting saved.');

  const [after] = await listAllMeetings(db);
  expect(after).toMatchObject({ mode: 'video', durationMin: 30, takeaways: ['Build a portfolio', 'Join the research meetup'], questions: [{ text: 'How did you start?' }] });
  expect(after!.leads).toHaveLength(1);
});

it('even a form that never saw the other save (no live update) writes only what it changed', async () => {
  const maya = await saveContact('maya', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
  const { meetingId } = await logMeeting(maya.id, T, db);
  const [logged] = await listAllMeetings(db);
  render(<MeetingForm meeting={asForm(logged!)} prepared={[]} onSave={async (patch) => void (await updateMeeting(meetingId as number, patch, T + 2000, db))} />);
  await updateMeeting(meetingId as number, { takeaways: ['Written in the other window'] }, T + 1000, db);
  await userEvent.type(screen.getByRole('spinbutton', { name: 'Minutes' }), '20');
  await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
  await screen.findByText('Meeting saved.');
  const [after] = await listAllMeetings(db);
  expect(after).toMatchObject({ durationMin: 20, takeaways: ['Written in the other window'] });
});
