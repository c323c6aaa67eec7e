import Dexie, { type EntityTable } from 'dexie';
import type { Contact } from '@/lib/model/contact';
import type { Interaction, Meeting } from '@/lib/model/history';
import type { Settings } from '@/lib/model/settings';
import type { Task } from '@/lib/model/task';
import type { CareerPath } from '@/lib/model/career-path';
import type { StoredCourse, StoredSubmission } from '@/lib/model/course';
import type { Template } from '@/lib/model/template';
import { SCHEMA_V2, upgradeV1ToV2 } from './migrations/v1-to-v2';
import { SCHEMA_V3, upgradeV2ToV3 } from './migrations/v2-to-v3';
import { SCHEMA_V4, upgradeV3ToV4 } from './migrations/v3-to-v4';
import { SCHEMA_V6 } from './migrations/v5-to-v6';
import { SCHEMA_V7 } from './migrations/v6-to-v7';

export const DB_NAME = 'coffee-chats';

/**
 * One frozen schema per version. Earlier versions stay here unchanged so Dexie can
 * upgrade any database it meets; a new version adds a frozen file under migrations/
 * (its schema and its upgrade, with every piece of logic it needs copied in) and a line below.
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
  settings: EntityTable<Settings, 'id'>;
  templates: EntityTable<Template, 'id'>;
  tasks: EntityTable<Task, 'id'>;
  paths: EntityTable<CareerPath, 'id'>;
  courses: EntityTable<StoredCourse, 'id'>;
  submissions: EntityTable<StoredSubmission, 'id'>;
};

export function openDb(name = DB_NAME): CoffeeChatsDb {
  const db = new Dexie(name) as CoffeeChatsDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeV1ToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeV2ToV3);
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeV3ToV4);
  db.version(6).stores(SCHEMA_V6);
  db.version(7).stores(SCHEMA_V7);
  return db;
}

let shared: CoffeeChatsDb | undefined;

/** The database of this extension context (background, popup or options page). */
export function getDb(): CoffeeChatsDb {
  shared ??= openDb();
  return shared;
}
