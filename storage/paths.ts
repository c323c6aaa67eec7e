import { stampFields } from '@/lib/backup/field-times';
import {
  CareerPathPatchSchema,
  CareerPathSchema,
  NewCareerPathSchema,
  PATH_WRITTEN_FIELDS,
  PathUidsSchema,
  type CareerPath,
  type StoredCareerPath,
} from '@/lib/model/career-path';
import type { Contact, StoredContact } from '@/lib/model/contact';
import type { Findings } from '@/lib/model/findings';
import type { Interaction, Meeting } from '@/lib/model/history';
import { newUid } from '@/lib/model/primitives';
import { buildFindings, pathFunnel, personContactIds, type FindingsInput } from '@/lib/paths/findings';
import { termTimeline, type TermTimeline } from '@/lib/paths/timeline';
import { getDb, type CoffeeChatsDb } from './db';

/**
 * Career paths: the records, which contacts and meetings belong to them, and what a path
 * gathered (its findings and funnel), read by index so a book of 10,000 contacts and 40 paths
 * reads only each path's own people.
 */

type Row<T> = T & { id: number };

/**
 * The rows whose `index` holds any of `keys`. One getAll per key, pipelined in the caller's
 * transaction: Dexie's `anyOf` walks a cursor step by step, and in Chromium each step is a round
 * trip, so 2,500 contacts' interactions took seconds that the same reads by key take in a fraction.
 * Rows come back once each (a multi-entry index lists a row under each of its keys), in key order.
 */
interface Indexed<T> {
  where(index: string): { equals(key: string | number): { toArray(): Promise<T[]> } };
}

async function rowsWhereAnyOf<T extends { id?: number }>(table: Indexed<T>, index: string, keys: readonly (string | number)[]): Promise<(T & { id: number })[]> {
  const lists = await Promise.all([...new Set(keys)].map((key) => table.where(index).equals(key).toArray()));
  const seen = new Set<number>();
  const rows: (T & { id: number })[] = [];
  for (const list of lists) {
    for (const row of list as (T & { id: number })[]) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      rows.push(row);
    }
  }
  return rows;
}

function stampPath(before: CareerPath | undefined, after: CareerPath, now: number): CareerPath {
  return { ...after, updatedAt: now, fieldsAt: stampFields<CareerPath>(before, after, PATH_WRITTEN_FIELDS, now) };
}

/** The paths, by name; archived ones only when asked. */
export async function listPaths(options: { archived?: boolean } = {}, db: CoffeeChatsDb = getDb()): Promise<StoredCareerPath[]> {
  const paths = (await db.paths.orderBy('name').toArray()) as StoredCareerPath[];
  return options.archived ? paths : paths.filter((path) => path.archivedAt === undefined);
}

export async function getPath(uid: string, db: CoffeeChatsDb = getDb()): Promise<StoredCareerPath | undefined> {
  return (await db.paths.where('uid').equals(uid).first()) as StoredCareerPath | undefined;
}

/** A new path from the form (name, why, target, term, due day). Two paths may not share a name. */
export async function createPath(input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb(), extra: Partial<Pick<CareerPath, 'uid' | 'courseUid'>> = {}): Promise<StoredCareerPath> {
  const fields = NewCareerPathSchema.parse(input);
  return db.transaction('rw', db.paths, async () => {
    const clash = (await db.paths.toArray()).find((path) => path.name.toLocaleLowerCase('en') === fields.name.toLocaleLowerCase('en'));
    if (clash) throw new Error(`You already have a career path named “${clash.name}”.`);
    const path = stampPath(undefined, CareerPathSchema.parse({ ...fields, uid: extra.uid ?? newUid(), ...(extra.courseUid ? { courseUid: extra.courseUid } : {}), createdAt: now, updatedAt: now }), now);
    const id = (await db.paths.add(path)) as number;
    return { ...path, id };
  });
}

/** An edit: only the fields named change; a synthesis edit changes only the areas it names. */
export async function updatePath(uid: string, patch: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<StoredCareerPath> {
  const valid = CareerPathPatchSchema.parse(patch);
  return db.transaction('rw', db.paths, async () => {
    const existing = await getPath(uid, db);
    if (!existing) throw new Error('That career path no longer exists.');
    if (valid.name !== undefined && valid.name.toLocaleLowerCase('en') !== existing.name.toLocaleLowerCase('en')) {
      const clash = (await db.paths.toArray()).find((path) => path.uid !== uid && path.name.toLocaleLowerCase('en') === valid.name!.toLocaleLowerCase('en'));
      if (clash) throw new Error(`You already have a career path named “${clash.name}”.`);
    }
    const next: Record<string, unknown> = { ...existing };
    for (const [key, value] of Object.entries(valid)) {
      if (value === undefined) continue;
      if (key === 'synthesis') next.synthesis = { ...existing.synthesis, ...(value as object) };
      else if (value === null) delete next[key];
      else next[key] = value;
    }
    const updated = stampPath(existing, CareerPathSchema.parse(next), now);
    await db.paths.put({ ...updated, id: existing.id });
    return { ...updated, id: existing.id };
  });
}

/**
 * Deletes a path. Its people and conversations stay; they no longer name it. Returns what the
 * deletion removed so it can be undone.
 */
export async function deletePath(uid: string, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  return db.transaction('rw', [db.paths, db.contacts, db.meetings], async () => {
    const path = await getPath(uid, db);
    if (!path) return undefined;
    const contacts = await db.contacts.where('pathUids').equals(uid).toArray();
    const meetings = await db.meetings.where('pathUids').equals(uid).toArray();
    // The removal is stamped like any write of pathUids, so a backup merge sees it as the newest.
    for (const contact of contacts) await db.contacts.update(contact.id!, { pathUids: contact.pathUids!.filter((each) => each !== uid), updatedAt: now, fieldsAt: { ...contact.fieldsAt, pathUids: now } });
    for (const meeting of meetings) await db.meetings.update(meeting.id!, { pathUids: meeting.pathUids!.filter((each) => each !== uid), updatedAt: now, fieldsAt: { ...meeting.fieldsAt, pathUids: now } });
    await db.paths.delete(path.id);
    return { path, contactIds: contacts.map((contact) => contact.id!), meetingIds: meetings.map((meeting) => meeting.id!) };
  });
}

/** Undoes `deletePath`: the path and its memberships come back, stamped as a write of now (a merge keeps them). */
export async function restorePath(deleted: NonNullable<Awaited<ReturnType<typeof deletePath>>>, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  await db.transaction('rw', [db.paths, db.contacts, db.meetings], async () => {
    await db.paths.put(deleted.path);
    for (const id of deleted.contactIds) {
      const contact = await db.contacts.get(id);
      if (contact && !contact.pathUids?.includes(deleted.path.uid)) {
        await db.contacts.update(id, { pathUids: [...(contact.pathUids ?? []), deleted.path.uid], updatedAt: now, fieldsAt: { ...contact.fieldsAt, pathUids: now } });
      }
    }
    for (const id of deleted.meetingIds) {
      const meeting = await db.meetings.get(id);
      if (meeting && !meeting.pathUids?.includes(deleted.path.uid)) {
        await db.meetings.update(id, { pathUids: [...(meeting.pathUids ?? []), deleted.path.uid], updatedAt: now, fieldsAt: { ...meeting.fieldsAt, pathUids: now } });
      }
    }
  });
}

/** Checks that every uid names a path the user has (a stale choice from another window is refused). */
export async function assertPathsExist(pathUids: unknown, db: CoffeeChatsDb = getDb()): Promise<string[]> {
  const uids = PathUidsSchema.parse(pathUids);
  const found = await db.paths.where('uid').anyOf(uids).toArray();
  if (found.length !== new Set(uids).size) throw new Error('One of those career paths no longer exists.');
  return [...new Set(uids)];
}

/**
 * What the findings of a path are built from: its contacts (chosen for it, or met on it), the
 * chain of people who referred them, their meetings and interactions — read by index only.
 */
export async function readPathInput(path: Pick<CareerPath, 'uid' | 'name' | 'why' | 'term' | 'target' | 'synthesis'>, db: CoffeeChatsDb = getDb()): Promise<FindingsInput> {
  return db.transaction('r', [db.contacts, db.meetings, db.interactions], async () => {
    const chosen = (await db.contacts.where('pathUids').equals(path.uid).toArray()) as StoredContact[];
    const metOn = (await db.meetings.where('pathUids').equals(path.uid).toArray()) as Row<Meeting>[];
    const ids = new Set<number>([...chosen.map((contact) => contact.id), ...metOn.map((meeting) => meeting.contactId)]);
    const byId = new Map<number, StoredContact>(chosen.map((contact) => [contact.id, contact]));
    const missing = [...ids].filter((id) => !byId.has(id));
    for (const contact of (await db.contacts.bulkGet(missing)) as (StoredContact | undefined)[]) if (contact) byId.set(contact.id, contact);
    // Follow "referred by" up the chain.
    let frontier = [...byId.values()].map((contact) => contact.referredBy).filter((id): id is number => id !== undefined && !byId.has(id));
    while (frontier.length > 0) {
      const found = ((await db.contacts.bulkGet(frontier)) as (StoredContact | undefined)[]).filter((contact): contact is StoredContact => contact !== undefined);
      for (const contact of found) byId.set(contact.id, contact);
      frontier = found.map((contact) => contact.referredBy).filter((id): id is number => id !== undefined && !byId.has(id));
    }
    const onPath = [...ids];
    const meetings = await rowsWhereAnyOf<Meeting>(db.meetings, 'contactId', onPath);
    const interactions: Interaction[] = await rowsWhereAnyOf<Interaction>(db.interactions, 'contactId', onPath);
    return { path, contacts: [...byId.values()], meetings, interactions };
  });
}

/** What a path taught the user, named (the path page); anonymise it before it leaves the machine. */
export async function pathFindings(uid: string, db: CoffeeChatsDb = getDb()): Promise<{ path: StoredCareerPath; findings: Findings } | undefined> {
  const path = await getPath(uid, db);
  if (!path) return undefined;
  return { path, findings: buildFindings(await readPathInput(path, db)) };
}

export interface PathProgress {
  path: StoredCareerPath;
  funnel: Findings['funnel'];
  people: number;
}

function byContact<T extends { contactId: number }>(rows: readonly T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) grouped.set(row.contactId, [...(grouped.get(row.contactId) ?? []), row]);
  return grouped;
}

/**
 * Every path with its progress (requests, replies, conversations against the target), read in one
 * transaction with four index reads for all paths together (not four per path): 40 paths in a book
 * of 10,000 contacts stay one quick read.
 */
export async function listPathProgress(options: { archived?: boolean } = {}, db: CoffeeChatsDb = getDb()): Promise<PathProgress[]> {
  return db.transaction('r', [db.paths, db.contacts, db.meetings, db.interactions], async () => {
    const paths = await listPaths(options, db);
    if (paths.length === 0) return [];
    const uids = paths.map((path) => path.uid);
    const chosen: StoredContact[] = await rowsWhereAnyOf<Contact>(db.contacts, 'pathUids', uids);
    const metOn = await rowsWhereAnyOf<Meeting>(db.meetings, 'pathUids', uids);
    const byId = new Map<number, StoredContact>(chosen.map((contact) => [contact.id, contact]));
    const missing = [...new Set(metOn.map((meeting) => meeting.contactId))].filter((id) => !byId.has(id));
    for (const contact of (await db.contacts.bulkGet(missing)) as (StoredContact | undefined)[]) if (contact) byId.set(contact.id, contact);
    const ids = [...byId.keys()];
    const meetings = await rowsWhereAnyOf<Meeting>(db.meetings, 'contactId', ids);
    const interactions: Interaction[] = await rowsWhereAnyOf<Interaction>(db.interactions, 'contactId', ids);
    // Each path sees only its own people's rows.
    const meetingsOf = byContact(meetings);
    const interactionsOf = byContact(interactions);
    return paths.map((path) => {
      const people = new Set<number>();
      for (const contact of chosen) if (contact.pathUids?.includes(path.uid)) people.add(contact.id);
      for (const meeting of metOn) if (meeting.pathUids?.includes(path.uid)) people.add(meeting.contactId);
      const contacts = [...people].map((id) => byId.get(id)).filter((contact): contact is StoredContact => contact !== undefined);
      const funnel = pathFunnel({
        path,
        contacts,
        meetings: [...people].flatMap((id) => meetingsOf.get(id) ?? []),
        interactions: [...people].flatMap((id) => interactionsOf.get(id) ?? []),
      });
      return { path, funnel, people: people.size };
    });
  });
}

/**
 * The path page's findings (named), with the contact each person key stands for, so the page can
 * link each person to their contact.
 */
export async function pathFindingsWithContacts(uid: string, db: CoffeeChatsDb = getDb()): Promise<{ path: StoredCareerPath; findings: Findings; contactIds: Record<string, number> } | undefined> {
  const path = await getPath(uid, db);
  if (!path) return undefined;
  const input = await readPathInput(path, db);
  return { path, findings: buildFindings(input), contactIds: personContactIds(input) };
}

/**
 * A term at a glance (the contact book): conversations held per month on each path the user
 * keeps (archived ones left out), read by index — the paths' contacts, their meetings, and the
 * meetings chosen for a path.
 */
export async function pathTimeline(now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<TermTimeline> {
  return db.transaction('r', [db.paths, db.contacts, db.meetings], async () => {
    const paths = await listPaths({}, db);
    const uids = paths.map((path) => path.uid);
    if (uids.length === 0) return termTimeline({ paths, contacts: [], meetings: [], now });
    const contacts: StoredContact[] = await rowsWhereAnyOf<Contact>(db.contacts, 'pathUids', uids);
    const chosen = await rowsWhereAnyOf<Meeting>(db.meetings, 'pathUids', uids);
    const ofContacts = await rowsWhereAnyOf<Meeting>(db.meetings, 'contactId', contacts.map((contact) => contact.id));
    const meetings = [...new Map([...chosen, ...ofContacts].map((meeting) => [meeting.id, meeting])).values()];
    return termTimeline({ paths, contacts, meetings, now });
  });
}
