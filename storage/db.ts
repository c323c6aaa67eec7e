import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { DEFAULT_THANK_YOU_WITHIN_MS } from '@/lib/followups/next-due';
import { deriveStatus } from '@/lib/followups/status';
import type { Contact, Interaction, Meeting, Settings, Template } from './schemas';

export const DB_NAME = 'coffee-chats';

/**
 * One frozen schema per version. Earlier versions stay here unchanged so Dexie can
 * upgrade any database it meets; a new version adds a constant and an upgrade.
 */
export const SCHEMA_V1 = Object.freeze({
  contacts: '++id, &slug, nextDueAt, thankYouDueAt, updatedAt',
  meetings: '++id, contactId, heldAt',
  interactions: '++id, contactId, [contactId+at]',
});

/** v2: the contact book — status, tags, referrals, notes; meeting details; settings; templates. */
export const SCHEMA_V2 = Object.freeze({
  contacts: '++id, &slug, status, *tags, referredBy, nextDueAt, thankYouOverdueAt, updatedAt, name',
  meetings: '++id, contactId, heldAt, scheduledAt',
  interactions: '++id, contactId, [contactId+at], at',
  settings: 'id',
  templates: '++id, kind',
});

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
      contact.status = deriveStatus(byContact.get(contact.id as number) ?? []);
      // v1 knew only the default cadence: a thank-you was late 24 hours after the meeting.
      if (typeof contact.thankYouDueAt === 'number') contact.thankYouOverdueAt = contact.thankYouDueAt + DEFAULT_THANK_YOU_WITHIN_MS;
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

export type CoffeeChatsDb = Dexie & {
  contacts: EntityTable<Contact, 'id'>;
  meetings: EntityTable<Meeting, 'id'>;
  interactions: EntityTable<Interaction, 'id'>;
  settings: EntityTable<Settings, 'id'>;
  templates: EntityTable<Template, 'id'>;
};

export function openDb(name = DB_NAME): CoffeeChatsDb {
  const db = new Dexie(name) as CoffeeChatsDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeV1ToV2);
  return db;
}

let shared: CoffeeChatsDb | undefined;

/** The database of this extension context (background, popup or options page). */
export function getDb(): CoffeeChatsDb {
  shared ??= openDb();
  return shared;
}
