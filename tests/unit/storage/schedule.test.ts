import { dueWords } from '@/lib/followups/due-words';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { saveContact } from '@/storage/contacts';
import { refreshAll } from '@/storage/followups';
import { completeDue, logInteraction, logMeeting } from '@/storage/history';
import { updateMeeting } from '@/storage/meetings';
import { getContactOverview } from '@/storage/overview';
import { cancelSchedule, scheduleMeeting, scheduledMeetingOf } from '@/storage/schedule';
import { listOpenTasks } from '@/storage/due-reads';
import { completeTask, snoozeTask } from '@/storage/tasks';

const at = (iso: string) => new Date(iso).getTime();
const T = at('2026-11-16T10:00:00');
const MEETING = at('2026-11-18T10:00:00');
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`schedule-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

async function replied() {
  const maya = await saveContact('maya', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
  await logInteraction({ contactId: maya.id, kind: 'request-sent', at: T }, T, db);
  return logInteraction({ contactId: maya.id, kind: 'reply-received', at: T + 3_600_000 }, T + 3_600_000, db);
}

describe('scheduling, rescheduling and cancelling', () => {
  it('a reply makes "schedule" next; scheduling makes the contact scheduled with "prepare" next', async () => {
    const maya = await replied();
    expect(maya).toMatchObject({ status: 'replied', nextDueKind: 'schedule' });
    const { contact, meeting } = await scheduleMeeting({ contactId: maya.id, at: MEETING, mode: 'coffee', durationMin: 20, place: 'Café Nord' }, T + 7_200_000, db);
    expect(contact).toMatchObject({ status: 'scheduled', nextDueKind: 'prepare', nextDueValues: { meetingAt: MEETING } });
    expect(dueWords(contact, at('2026-11-17T09:00:00'), 'en-GB')!.text).toBe('Prepare for Maya Okafor — tomorrow 10:00');
    expect(meeting).toMatchObject({ scheduledAt: MEETING, mode: 'coffee', durationMin: 20, place: 'Café Nord' });
  });

  it('rescheduling moves the same conversation and what follows; cancelling returns to "replied"', async () => {
    const maya = await replied();
    await scheduleMeeting({ contactId: maya.id, at: MEETING, mode: 'video', durationMin: 20 }, T, db);
    const later = at('2026-11-25T15:00:00');
    const { contact } = await scheduleMeeting({ contactId: maya.id, at: later }, T, db);
    expect(await db.meetings.count()).toBe(1);
    expect(await scheduledMeetingOf(maya.id, db)).toMatchObject({ scheduledAt: later, mode: 'video', durationMin: 20 });
    expect(contact.nextDueAt).toBe(at('2026-11-24T00:00:00'));
    const cancelled = await cancelSchedule(maya.id, T, db);
    expect(cancelled).toMatchObject({ status: 'replied', nextDueKind: 'schedule' });
    expect(await db.meetings.count()).toBe(0);
  });

  it('once over, "log your conversation" is due, and done logs the scheduled meeting with its time, mode and length', async () => {
    const maya = await replied();
    await scheduleMeeting({ contactId: maya.id, at: MEETING, mode: 'phone', durationMin: 25 }, T, db);
    const after = at('2026-11-18T11:00:00');
    await refreshAll(after, db);
    expect(await db.contacts.get(maya.id)).toMatchObject({ nextDueKind: 'log-meeting' });
    const done = await completeDue(maya.id, after, db);
    expect(done).toMatchObject({ status: 'met', nextDueKind: 'thank-you', thankYouDueAt: MEETING });
    const meetings = await db.meetings.toArray();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ heldAt: MEETING, scheduledAt: MEETING, mode: 'phone', durationMin: 25 });
  });

  it('logging a scheduled conversation early takes the time it is logged', async () => {
    const maya = await replied();
    await scheduleMeeting({ contactId: maya.id, at: MEETING }, T, db);
    const early = at('2026-11-17T16:00:00');
    await logMeeting(maya.id, early, db);
    expect(await db.meetings.toArray()).toMatchObject([{ heldAt: early, scheduledAt: MEETING }]);
  });
});

describe('the debrief', () => {
  it('keeps fit, open questions and resources; next actions become tasks that can be snoozed and done', async () => {
    const maya = await replied();
    const { meetingId } = await logMeeting(maya.id, MEETING, db);
    const friday = at('2026-11-20T00:00:00');
    await updateMeeting(meetingId, {
      fit: 4,
      fitNote: 'Research suits me; the travel less so',
      openQuestions: ['What does a junior researcher earn?'],
      resources: [{ title: 'Just Enough Research', url: 'https://example.com/book' }],
      nextActions: [{ text: 'Send Maya my portfolio', dueAt: friday }, { text: 'Read the UX report' }],
    }, MEETING, db);
    const overview = (await getContactOverview('maya', db))!;
    expect(overview.meetings[0]).toMatchObject({ fit: 4, fitNote: 'Research suits me; the travel less so', openQuestions: ['What does a junior researcher earn?'],
      resources: [{ title: 'Just Enough Research', url: 'https://example.com/book' }] });
    const tasks = await listOpenTasks(db);
    expect(tasks.map((t) => [t.text, t.dueAt])).toEqual([['Send Maya my portfolio', friday], ['Read the UX report', undefined]]);

    // Renaming one and dropping the other from the form changes that task and removes the other.
    await updateMeeting(meetingId, { nextActions: [{ uid: tasks[0]!.uid, text: 'Send Maya my portfolio and CV', dueAt: friday }] }, MEETING, db);
    expect((await listOpenTasks(db)).map((t) => t.text)).toEqual(['Send Maya my portfolio and CV']);

    const snoozed = await snoozeTask(tasks[0]!.id, friday + 86_400_000, MEETING, db);
    expect(snoozed.snoozedUntil).toBe(friday + 86_400_000);
    await completeTask(tasks[0]!.id, MEETING, db);
    expect(await listOpenTasks(db)).toEqual([]);
  });

  it('a resource link that is not a web address is refused with a message, and nothing is saved', async () => {
    const maya = await replied();
    const { meetingId } = await logMeeting(maya.id, MEETING, db);
    await expect(updateMeeting(meetingId, { fit: 3, resources: [{ title: 'Notes', url: 'javascript:alert(1)' }] }, MEETING, db)).rejects.toThrow('is not a web link');
    expect((await db.meetings.get(meetingId))!.fit).toBeUndefined();
  });
});
