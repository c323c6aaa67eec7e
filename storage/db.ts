import Dexie, { type EntityTable } from 'dexie';
import type { Contact, Interaction, Meeting } from './schemas';

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

export type CoffeeChatsDb = Dexie & {
  contacts: EntityTable<Contact, 'id'>;
  meetings: EntityTable<Meeting, 'id'>;
  interactions: EntityTable<Interaction, 'id'>;
};

export function openDb(name = DB_NAME): CoffeeChatsDb {
  const db = new Dexie(name) as CoffeeChatsDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

let shared: CoffeeChatsDb | undefined;

/** The database of this extension context (background, popup or options page). */
export function getDb(): CoffeeChatsDb {
  shared ??= openDb();
  return shared;
}
