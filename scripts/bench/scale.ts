import 'fake-indexeddb/auto';
import { makeBackup } from '@/lib/backup/format';
import { applyImport } from '@/storage/backup';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { countDueThankYous, listDueFollowUps } from '@/storage/due-reads';
import type { Contact } from '@/lib/model/contact';
import type { Interaction } from '@/lib/model/history';
import { atMost, type Measurement } from './types';

const NOW = Date.UTC(2026, 10, 21, 12);
const DAY = 86_400_000;
const KINDS = ['request-sent', 'reply-received', 'meeting', 'thank-you-sent', 'note'] as const;

/**
 * n contacts with 5 interactions each. Whatever n, the same few things are due
 * this week (5 thank-you notes, 5 follow-ups); everyone else has a check-in
 * weeks away. So 10 and 10,000 contacts give the same answers, and any cost
 * that grows with n is a scan the indexes should have avoided.
 */
export function makeRows(n: number) {
  const contacts: (Contact & { id: number })[] = [];
  const interactions: (Interaction & { id: number })[] = [];
  for (let i = 1; i <= n; i++) {
    const owesThanks = i <= 5;
    const followUp = i > 5 && i <= 10;
    const dueAt = owesThanks ? NOW - i * 3_600_000 : followUp ? NOW + i * 3_600_000 : NOW + (30 + (i % 60)) * DAY;
    contacts.push({
      id: i,
      slug: `person-${i}`,
      profileUrl: `https://www.linkedin.com/in/person-${i}/`,
      name: `Person ${i}`,
      headline: `Role ${i % 97} at Company ${i % 300}`,
      currentCompany: `Company ${i % 300}`,
      experience: [{ title: 'Analyst', company: `Company ${i % 300}`, dateRange: '2020 - Present' }],
      education: [{ school: `School ${i % 40}` }],
      status: owesThanks ? 'met' : 'requested',
      tags: i % 7 === 0 ? ['alumni'] : [],
      notes: 'Met at the spring career fair; ask about the research team.',
      dismissedDue: [],
      createdAt: NOW - i * 1000,
      updatedAt: NOW - i * 500,
      nextDueKind: owesThanks ? 'thank-you' : followUp ? 'follow-up' : 'keep-in-touch',
      nextDueAt: dueAt,
      ...(owesThanks ? { thankYouDueAt: dueAt, thankYouOverdueAt: dueAt + 24 * 3_600_000 } : {}),
    } as Contact & { id: number });
    for (let k = 0; k < 5; k++) {
      interactions.push({ id: (i - 1) * 5 + k + 1, uid: `bench-${i}-${k}`, contactId: i, kind: KINDS[k]!, at: NOW - (i + k) * 3_600_000 });
    }
  }
  return { contacts, interactions };
}

async function seeded(n: number): Promise<CoffeeChatsDb> {
  const db = openDb(`bench-${n}-${Math.random()}`);
  const { contacts, interactions } = makeRows(n);
  await db.contacts.bulkPut(contacts);
  await db.interactions.bulkPut(interactions);
  return db;
}

/** Median time of one call, from batches of `batch` calls (single calls are too short to time). */
async function median(runs: number, fn: () => Promise<unknown>, batch = 1): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) await fn();
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const round = (x: number) => Number(x.toFixed(2));

/** Due lists and the badge count stay index reads: 10,000 contacts cost about what 10 do. */
export async function measureScale(): Promise<Measurement[]> {
  const small = await seeded(10);
  const large = await seeded(10_000);
  const results: Measurement[] = [];
  const until = NOW + 7 * DAY;
  // Warm up both databases and the JIT first.
  for (let i = 0; i < 200; i++) {
    for (const db of [small, large]) {
      await listDueFollowUps(until, db);
      await countDueThankYous(NOW, db);
    }
  }

  const pairs: [string, (db: CoffeeChatsDb) => Promise<unknown>][] = [
    ['badge: count thank-you notes due', (db) => countDueThankYous(NOW, db)],
    ['popup: list what is due this week', (db) => listDueFollowUps(until, db)],
  ];
  for (const [name, query] of pairs) {
    const a = await median(9, () => query(small), 200);
    const b = await median(9, () => query(large), 200);
    // Show the answer too, so a query that silently finds nothing cannot pass for a fast one.
    const answer = await query(large);
    const rows = ` (answer: ${Array.isArray(answer) ? `${answer.length} rows` : String(answer)})`;
    results.push(atMost(`${name}, 10 contacts`, round(a), 'ms', null));
    results.push(atMost(`${name}, 10,000 contacts + 50,000 interactions${rows}`, round(b), 'ms', null));
    results.push(atMost(`${name}: 10,000 vs 10 contacts`, round(b / a), '×', 1.5));
  }
  await small.delete();
  await large.delete();

  // Import 10,000 contacts through the real path (validated plan, one transaction) vs a raw bulkPut.
  const { contacts, interactions } = makeRows(10_000);
  const backup = makeBackup({ contacts, meetings: [], interactions, settings: null, templates: [] }, NOW);
  const raw = await median(3, async () => {
    const db = openDb(`bench-raw-${Math.random()}`);
    await db.transaction('rw', [db.contacts, db.interactions], async () => {
      await db.contacts.bulkPut(contacts);
      await db.interactions.bulkPut(interactions);
    });
    await db.delete();
  });
  const imported = await median(3, async () => {
    const db = openDb(`bench-import-${Math.random()}`);
    await applyImport(backup, NOW, db);
    await db.delete();
  });
  results.push(atMost('raw Dexie bulkPut of 10,000 contacts + 50,000 interactions', round(raw), 'ms', null));
  results.push(atMost('import of the same backup (plan, ids, one transaction)', round(imported), 'ms', null));
  results.push(atMost('import vs raw bulkPut', round(imported / raw), '×', 2));
  return results;
}
