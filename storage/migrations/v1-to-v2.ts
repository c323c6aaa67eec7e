/**
 * v1 → v2, frozen: the contact book (status, tags, notes), meeting details, settings and
 * templates. Everything this upgrade needs is copied in below as it was when v2 shipped, so
 * later changes to the domain code can never change what an old upgrade does.
 */
import type { Transaction } from 'dexie';

/** v2: the contact book — status, tags, referrals, notes; meeting details; settings; templates. */
export const SCHEMA_V2 = Object.freeze({
  contacts: '++id, &slug, status, *tags, referredBy, nextDueAt, thankYouOverdueAt, updatedAt, name',
  meetings: '++id, contactId, heldAt, scheduledAt',
  interactions: '++id, contactId, [contactId+at], at',
  settings: 'id',
  templates: '++id, kind',
});

/** v1 knew only the default cadence: a thank-you was late 24 hours after the meeting. */
const THANK_YOU_WITHIN_MS = 24 * 60 * 60 * 1000;

const STEP: Record<string, string | undefined> = {
  'request-sent': 'requested',
  'follow-up-sent': 'requested',
  'reply-received': 'replied',
  meeting: 'met',
  'thank-you-sent': 'thanked',
  'check-in-sent': 'keeping-in-touch',
};

/** The status as v2 derived it from a contact's history (a copy, frozen with this upgrade). */
function statusFrom(events: readonly { kind: string; at: number }[]): string {
  let status = 'saved';
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    const next = STEP[event.kind];
    if (!next) continue;
    if (next === 'replied' && ['met', 'thanked', 'keeping-in-touch'].includes(status)) continue;
    status = next;
  }
  return status;
}

/**
 * v1 rows gain what v2 expects: contacts a status derived from their history,
 * no tags and empty notes; meetings empty questions, takeaways and leads.
 */
export async function upgradeV1ToV2(tx: Transaction) {
  const interactions = (await tx.table('interactions').toArray()) as { contactId: number; kind: string; at: number }[];
  const byContact = new Map<number, { kind: string; at: number }[]>();
  for (const row of interactions) {
    const list = byContact.get(row.contactId) ?? [];
    list.push(row);
    byContact.set(row.contactId, list);
  }
  await tx
    .table('contacts')
    .toCollection()
    .modify((contact: Record<string, unknown>) => {
      contact.status = statusFrom(byContact.get(contact.id as number) ?? []);
      if (typeof contact.thankYouDueAt === 'number') contact.thankYouOverdueAt = contact.thankYouDueAt + THANK_YOU_WITHIN_MS;
      contact.tags ??= [];
      contact.notes ??= '';
    });
  await tx
    .table('meetings')
    .toCollection()
    .modify((meeting: Record<string, unknown>) => {
      meeting.questions ??= [];
      meeting.takeaways ??= [];
      meeting.leads ??= [];
    });
}
