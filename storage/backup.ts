import { makeBackup, type Backup } from '@/lib/backup/format';
import { interactionKey, meetingKey, planImport, resolvePlan, templateKey, type ImportPlan, type LocalSnapshot } from '@/lib/backup/plan';
import { getDb, type CoffeeChatsDb } from './db';
import { refreshContact } from './followups';
import type { Interaction, Meeting } from '@/lib/model/history';
import type { StoredContact } from '@/lib/model/contact';

/** Export and import: the whole database out as one backup, and a backup merged back in. */

export async function exportBackup(now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<Backup> {
  return db.transaction('r', [db.contacts, db.meetings, db.interactions, db.settings, db.templates], async () =>
    makeBackup(
      {
        // Rows read back from a table always carry their primary key.
        contacts: (await db.contacts.toArray()) as StoredContact[],
        meetings: (await db.meetings.toArray()) as (Meeting & { id: number })[],
        interactions: (await db.interactions.toArray()) as (Interaction & { id: number })[],
        settings: (await db.settings.get('user')) ?? null,
        templates: await db.templates.toArray(),
      },
      now,
    ),
  );
}

async function snapshot(db: CoffeeChatsDb): Promise<LocalSnapshot> {
  const [contacts, meetings, interactions, templates, settings] = await Promise.all([
    db.contacts.toArray(),
    db.meetings.toArray(),
    db.interactions.toArray(),
    db.templates.toArray(),
    db.settings.get('user'),
  ]);
  return {
    contacts: contacts.map(({ id, slug, name, createdAt, updatedAt }) => ({ id: id!, slug, name, createdAt, updatedAt })),
    meetingKeys: new Set(meetings.map(meetingKey)),
    interactionKeys: new Set(interactions.map(interactionKey)),
    uids: new Set([...meetings, ...interactions].map((row) => row.uid)),
    templateKeys: new Set(templates.map(templateKey)),
    hasSettings: settings !== undefined,
  };
}

/** What importing would do ("12 new, 3 updated"), without writing anything. */
export async function previewImport(backup: Backup, db: CoffeeChatsDb = getDb()): Promise<ImportPlan> {
  return db.transaction('r', [db.contacts, db.meetings, db.interactions, db.settings, db.templates], async () =>
    planImport(await snapshot(db), backup),
  );
}

/**
 * Merges a backup in one transaction: all of it lands, or (on any error) none
 * of it. The backup was validated in full by parseBackupFile, with the same
 * zod schemas every other write uses, before this is called.
 */
export async function applyImport(backup: Backup, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<ImportPlan> {
  return db.transaction('rw', [db.contacts, db.meetings, db.interactions, db.settings, db.templates], async () => {
    // Plan again inside the transaction: the database may have changed since the preview.
    const plan = planImport(await snapshot(db), backup);
    const newIds = (await db.contacts.bulkAdd(plan.newContacts, { allKeys: true })) as number[];
    const resolved = resolvePlan(plan, newIds);
    await db.contacts.bulkPut(resolved.contacts);
    await db.meetings.bulkAdd(resolved.meetings);
    await db.interactions.bulkAdd(resolved.interactions);
    if (plan.settings) await db.settings.put(plan.settings);
    if (plan.templates.length > 0) await db.templates.bulkAdd(plan.templates);
    // Contacts that were here before and gained history: what is due may have changed.
    const touched = new Set<number>();
    for (const row of [...resolved.meetings, ...resolved.interactions]) touched.add(row.contactId);
    for (const { id } of plan.updates) touched.add(id);
    const existing = new Set(plan.unchangedIds.concat(plan.updates.map((u) => u.id)));
    for (const id of touched) if (existing.has(id)) await refreshContact(id, now, db, { touch: false, rederiveStatus: true });
    return plan;
  });
}
