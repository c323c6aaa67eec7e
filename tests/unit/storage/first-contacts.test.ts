/**
 * The contact book's first screen is read by index (issue 17: first rows within 200 ms at 10,000
 * contacts): whatever the book holds, it is exactly the top of the full list, in the same order.
 */
import fc from 'fast-check';
import { makeRows } from '../../../scripts/bench/scale';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { listContacts, listFirstContacts } from '@/storage/contacts';

let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`first-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const T = Date.UTC(2026, 11, 2, 9);

describe('listFirstContacts', () => {
  it('is the top of listContacts for any mix of due times (ties included) and rows with nothing due', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Few distinct due times, so ties are common; null is "nothing due".
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { minLength: 0, maxLength: 40 }),
        fc.integer({ min: 0, max: 45 }),
        async (dues, limit) => {
          await db.contacts.clear();
          const { contacts } = makeRows(dues.length);
          // Distinct update times in shuffled order, so the full list's order is one order.
          const rows = contacts.map((row, i) => {
            const { nextDueAt: _due, ...rest } = row;
            const due = dues[i];
            return { ...rest, updatedAt: T - ((i * 7919) % 1000) * 1000 - i, ...(due === null ? {} : { nextDueAt: T + due! * 60_000 }) };
          });
          await db.contacts.bulkPut(rows);
          const full = (await listContacts({}, db)).map((contact) => contact.id);
          const first = (await listFirstContacts(limit, db)).map((contact) => contact.id);
          expect(first).toEqual(full.slice(0, limit));
        },
      ),
      { numRuns: 60 },
    );
  });
});
