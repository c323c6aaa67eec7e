import { getDb, type CoffeeChatsDb } from './db';
import { newUid } from '@/lib/model/primitives';
import { TaskSchema, type StoredTask } from '@/lib/model/task';
import type { Meeting, MeetingPatch } from '@/lib/model/history';

/** Repository verbs for tasks: the next actions a debrief lists, each on its contact. */

export async function listTasksOf(contactId: number, db: CoffeeChatsDb = getDb()): Promise<StoredTask[]> {
  return (await db.tasks.where('contactId').equals(contactId).toArray()) as StoredTask[];
}

export async function listAllTasks(db: CoffeeChatsDb = getDb()): Promise<StoredTask[]> {
  return (await db.tasks.toArray()) as StoredTask[];
}

async function changeTask(taskId: number, change: (task: StoredTask) => Partial<StoredTask>, now: number, db: CoffeeChatsDb) {
  return db.transaction('rw', [db.tasks], async () => {
    const task = (await db.tasks.get(taskId)) as StoredTask | undefined;
    if (!task) throw new Error('That task no longer exists.');
    const updated = TaskSchema.parse({ ...task, ...change(task), updatedAt: now });
    await db.tasks.put(updated);
    return { ...updated, id: taskId } as StoredTask;
  });
}

export const completeTask = (taskId: number, now = Date.now(), db: CoffeeChatsDb = getDb()) =>
  changeTask(taskId, () => ({ doneAt: now, snoozedUntil: undefined }), now, db);

export const snoozeTask = (taskId: number, until: number, now = Date.now(), db: CoffeeChatsDb = getDb()) =>
  changeTask(taskId, () => ({ snoozedUntil: until }), now, db);

/**
 * The debrief's next actions as the form lists them now: a row with a uid changes that task
 * (its words and day; done stays done), a row without one becomes a new task, and a task of this
 * meeting the form no longer lists is removed. Call inside the meeting's write transaction.
 */
export async function syncNextActions(meeting: Meeting, actions: NonNullable<MeetingPatch['nextActions']>, now: number, db: CoffeeChatsDb) {
  const existing = await db.tasks.where('meetingUid').equals(meeting.uid).toArray();
  const kept = new Set<string>();
  for (const action of actions) {
    const task = action.uid ? existing.find((t) => t.uid === action.uid) : undefined;
    const row = TaskSchema.parse({
      ...(task ?? { uid: newUid(), contactId: meeting.contactId, meetingUid: meeting.uid, createdAt: now }),
      text: action.text,
      dueAt: action.dueAt,
      // A new day for a snoozed task replaces the snooze.
      snoozedUntil: task && task.dueAt === action.dueAt ? task.snoozedUntil : undefined,
      updatedAt: now,
    });
    await db.tasks.put(row);
    kept.add(row.uid);
  }
  const gone = existing.filter((t) => !kept.has(t.uid)).map((t) => t.id!);
  if (gone.length > 0) await db.tasks.bulkDelete(gone);
}

