/**
 * v2 → v3, frozen: meetings and interactions get a `uid` that travels in backups (so the same
 * record is recognised in another browser), and what is due is no longer stored as English
 * prose — only its kind and the values its words need (`nextDueValues`), rendered at display
 * time. Rows upgraded from v1 also get the step key v1 never stored, so they can be snoozed.
 */
import type { Transaction } from 'dexie';

export const SCHEMA_V3 = Object.freeze({
  contacts: '++id, &slug, status, *tags, referredBy, nextDueAt, thankYouOverdueAt, updatedAt, name',
  meetings: '++id, &uid, contactId, heldAt, scheduledAt',
  interactions: '++id, &uid, contactId, [contactId+at], at',
  settings: 'id',
  templates: '++id, kind',
});

/** "No reply to 2 check-ins: consider closing Maya" → 2 (the one number v2 kept only in prose). */
const UNANSWERED = /^No reply to (\d+) check-ins/u;

export async function upgradeV2ToV3(tx: Transaction) {
  const names = new Map<number, string>();
  await tx
    .table('contacts')
    .toCollection()
    .each((contact: { id: number; name: string }) => {
      names.set(contact.id, contact.name);
    });
  await tx
    .table('contacts')
    .toCollection()
    .modify((contact: Record<string, unknown>) => {
      const text = typeof contact.nextDueText === 'string' ? contact.nextDueText : '';
      delete contact.nextDueText;
      if (contact.nextDueKind === 'reach-out' && typeof contact.referredBy === 'number' && names.has(contact.referredBy)) {
        contact.nextDueValues = { referrer: names.get(contact.referredBy) };
      } else if (contact.nextDueKind === 'close' && UNANSWERED.test(text)) {
        contact.nextDueValues = { unanswered: Number(UNANSWERED.exec(text)![1]) };
      }
      // v1 stored no key: its steps were never snoozed, so the key is the step's own time.
      if (typeof contact.nextDueKind === 'string' && typeof contact.nextDueAt === 'number' && contact.nextDueKey === undefined) {
        contact.nextDueKey = `${contact.nextDueKind}@${contact.nextDueAt}`;
      }
      contact.dismissedDue ??= [];
    });
  for (const table of ['meetings', 'interactions']) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        row.uid ??= crypto.randomUUID();
      });
  }
}
