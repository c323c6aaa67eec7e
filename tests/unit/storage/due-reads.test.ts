/**
 * What the popup lists (storage/due-reads.ts `listOwed`), read from rows as the extension stores them:
 * the week's steps and a few after it, open tasks, and course due dates in the next two weeks.
 */
import { ContactSchema } from '@/lib/model/contact';
import { listOwed } from '@/storage/due-reads';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { course } from '../course/build';

const DAY = 86_400_000;
const TODAY = new Date(2026, 11, 3).getTime();
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`owed-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

/** A row as the extension writes it (the schema fills what is left out). */
const contact = (id: number, nextDueAt?: number) => ({
  ...ContactSchema.parse({
    name: `Person ${id}`,
    experience: [],
    education: [],
    status: 'requested',
    createdAt: TODAY,
    updatedAt: TODAY,
    ...(nextDueAt === undefined ? {} : { nextDueKind: 'follow-up', nextDueAt }),
  }),
  id,
});

it('lists the week’s steps, the next five after it, open tasks, and at most three course dates in the next two weeks', async () => {
  await db.contacts.bulkAdd([contact(1, TODAY + DAY), contact(2, TODAY - DAY), contact(3), ...[20, 21, 22, 23, 24, 25].map((days, i) => contact(10 + i, TODAY + days * DAY))]);
  await db.tasks.bulkAdd([
    { uid: 'task-open-0001', contactId: 3, text: 'Send the portfolio', createdAt: TODAY, updatedAt: TODAY },
    { uid: 'task-done-0001', contactId: 3, text: 'Done already', createdAt: TODAY, updatedAt: TODAY, doneAt: TODAY },
  ]);
  const dues = [1, 2, 3, 4, 20].map((days, i) => ({ uid: `due-${i}-000001`, label: `Due ${days}`, at: TODAY + days * DAY }));
  await db.courses.add({ ...course({ dueDates: dues }), role: 'taking', createdAt: TODAY, updatedAt: TODAY });

  const owed = await listOwed(TODAY, db);
  expect(owed.contacts.map((c) => c.id)).toEqual([2, 1, 10, 11, 12, 13, 14]);
  expect(owed.tasks.map(({ task, contact: c }) => [task.text, c.name])).toEqual([['Send the portfolio', 'Person 3']]);
  expect(owed.courseDues.map((due) => due.label)).toEqual(['Due 1', 'Due 2', 'Due 3']);
});
