/**
 * Choosing career paths (issue 15): a contact's paths in the contact book, a conversation's in the
 * meeting form. A tick is saved only when the user ticked, and saving paths never writes back an
 * older value of a field another window changed meanwhile.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactEditor } from '@/components/ContactEditor';
import { MeetingForm, type MeetingFormValue } from '@/components/MeetingForm';
import { PathPicker } from '@/components/PathPicker';
import type { StoredMeeting } from '@/lib/model/history';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { getContact, saveContact, updateContact } from '@/storage/contacts';
import { listAllMeetings, logMeeting } from '@/storage/history';
import { updateMeeting } from '@/storage/meetings';
import { createPath, deletePath } from '@/storage/paths';

const T = Date.UTC(2026, 10, 20, 13, 30);
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`paths-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const asForm = (m: StoredMeeting): MeetingFormValue => ({ ...m, heldAt: m.heldAt! });
const choices = async () => (await db.paths.orderBy('name').toArray()).map(({ uid, name }) => ({ uid, name }));

describe('PathPicker', () => {
  it('with no paths shows only a hint that leads to where paths are made', async () => {
    const opened: string[] = [];
    render(<PathPicker paths={[]} selected={[]} onChange={() => undefined} onOpenPaths={() => opened.push('paths')} />);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Add a career path' });
    expect(link).toHaveAttribute('href', '#paths');
    await userEvent.click(link);
    expect(opened).toEqual(['paths']);
  });

  it('is one labelled group of checkboxes, ticked from the keyboard', async () => {
    const changes: string[][] = [];
    render(
      <PathPicker
        paths={[
          { uid: 'path-ra', name: 'Regulatory affairs' },
          { uid: 'path-ux', name: 'UX research' },
        ]}
        selected={['path-archived', 'path-ux']}
        onChange={(next) => changes.push(next)}
      />,
    );
    const group = screen.getByRole('group', { name: 'Career paths' });
    expect(within(group).getByRole('checkbox', { name: 'UX research' })).toBeChecked();
    await userEvent.tab();
    expect(within(group).getByRole('checkbox', { name: 'Regulatory affairs' })).toHaveFocus();
    await userEvent.keyboard(' ');
    // A path not listed (archived) stays chosen.
    expect(changes).toEqual([['path-archived', 'path-ux', 'path-ra']]);
  });
});

describe('a contact’s paths in the contact book', () => {
  it('saves the ticked paths alone, so notes written in another window meanwhile stay', async () => {
    const ra = await createPath({ name: 'Regulatory affairs' }, T, db);
    await createPath({ name: 'UX research' }, T, db);
    const maya = await saveContact('maya', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
    const saved: Record<string, unknown>[] = [];
    const onSave = async (patch: Record<string, unknown>) => {
      saved.push(patch);
      await updateContact(maya.id, patch, Date.now(), db);
    };
    const paths = await choices();
    const editor = (contact: typeof maya) => <ContactEditor contact={contact} paths={paths} onSave={onSave} onDelete={() => undefined} onClose={() => undefined} />;
    const view = render(editor(maya));

    await userEvent.click(screen.getByRole('checkbox', { name: 'Regulatory affairs' }));
    // Meanwhile the sidebar saves notes; the live row reaches the form.
    await updateContact(maya.id, { notes: 'Knows the FDA process.' }, T + 1000, db);
    view.rerender(editor((await getContact(maya.id, db))!));
    expect(screen.getByLabelText('Notes')).toHaveValue('Knows the FDA process.');
    expect(screen.getByRole('checkbox', { name: 'Regulatory affairs' })).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved.');
    expect(saved).toEqual([{ pathUids: [ra.uid] }]);
    expect(await getContact(maya.id, db)).toMatchObject({ notes: 'Knows the FDA process.', pathUids: [ra.uid] });
  });

  it('says so when a ticked path was deleted in another window, and saves nothing', async () => {
    const ra = await createPath({ name: 'Regulatory affairs' }, T, db);
    const maya = await saveContact('maya', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
    render(
      <ContactEditor
        contact={maya}
        paths={await choices()}
        onSave={async (patch) => void (await updateContact(maya.id, patch, Date.now(), db))}
        onDelete={() => undefined}
        onClose={() => undefined}
      />,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Regulatory affairs' }));
    await deletePath(ra.uid, T + 1000, db);
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('One of those career paths no longer exists.')).toBeInTheDocument();
    expect((await getContact(maya.id, db))?.pathUids).toBeUndefined();
  });
});

describe('a conversation’s paths in the meeting form', () => {
  async function setup() {
    const ra = await createPath({ name: 'Regulatory affairs' }, T, db);
    const ux = await createPath({ name: 'UX research' }, T, db);
    const maya = await saveContact('maya', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
    await updateContact(maya.id, { pathUids: [ra.uid] }, T, db);
    const { meetingId } = await logMeeting(maya.id, T, db);
    const saved: object[] = [];
    const onSave = async (patch: object) => {
      saved.push(patch);
      await updateMeeting(meetingId as number, patch, Date.now(), db);
    };
    const paths = await choices();
    const form = (meeting: StoredMeeting) => <MeetingForm key={meetingId} meeting={asForm(meeting)} prepared={[]} paths={paths} contactPathUids={[ra.uid]} onSave={onSave} />;
    const [logged] = await listAllMeetings(db);
    const view = render(form(logged!));
    return { ra, ux, meetingId: meetingId as number, saved, rerender: async () => view.rerender(form((await listAllMeetings(db))[0]!)) };
  }

  it('shows the contact’s paths as the default, and leaves them unset when untouched', async () => {
    const { saved } = await setup();
    const group = screen.getByRole('group', { name: 'Career paths this conversation explored' });
    expect(within(group).getByText('Same as the contact’s: Regulatory affairs.')).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Regulatory affairs' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'UX research' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(await screen.findByText('Nothing changed.')).toBeInTheDocument();
    expect(saved).toEqual([]);
    expect((await listAllMeetings(db))[0]?.pathUids).toBeUndefined();
  });

  it('saves the paths alone, so takeaways written in another window meanwhile stay', async () => {
    const { ra, ux, saved, meetingId, rerender } = await setup();
    await userEvent.click(screen.getByRole('checkbox', { name: 'UX research' }));
    expect(screen.queryByText(/Same as the contact’s/u)).not.toBeInTheDocument();
    // The contact book saves takeaways for the same conversation; the live row reaches this form.
    await updateMeeting(meetingId, { takeaways: ['Regulatory writing is a way in'] }, T + 1000, db);
    await rerender();
    expect(screen.getByRole('textbox', { name: 'What I learned (one per line)' })).toHaveValue('Regulatory writing is a way in');

    await userEvent.click(screen.getByRole('button', { name: 'Save meeting' }));
    await screen.findByText('Meeting saved.');
    expect(saved).toEqual([{ pathUids: [ra.uid, ux.uid] }]);
    expect((await listAllMeetings(db))[0]).toMatchObject({ takeaways: ['Regulatory writing is a way in'], pathUids: [ra.uid, ux.uid] });
  });
});
