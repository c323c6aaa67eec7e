/**
 * v3 → v4, frozen: every meeting and interaction says when it was last written (`updatedAt`),
 * so a backup merge between browsers can tell the later copy of a record. Rows that never had
 * one get the time they describe (a meeting's time, an interaction's time): the earliest moment
 * they can have been written, so any later edit in another browser wins over them. Indexes are
 * unchanged.
 */
import type { Transaction } from 'dexie';

export const SCHEMA_V4 = Object.freeze({
  contacts: '++id, &slug, status, *tags, referredBy, nextDueAt, thankYouOverdueAt, updatedAt, name',
  meetings: '++id, &uid, contactId, heldAt, scheduledAt',
  interactions: '++id, &uid, contactId, [contactId+at], at',
  settings: 'id',
  templates: '++id, kind',
});

export async function upgradeV3ToV4(tx: Transaction) {
  await tx
    .table('meetings')
    .toCollection()
    .modify((row: { updatedAt?: number; heldAt?: number; scheduledAt?: number }) => {
      row.updatedAt ??= row.heldAt ?? row.scheduledAt ?? 0;
    });
  await tx
    .table('interactions')
    .toCollection()
    .modify((row: { updatedAt?: number; at: number }) => {
      row.updatedAt ??= row.at;
    });
}
