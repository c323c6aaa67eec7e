import { makeBackup, type Backup } from '@/lib/backup/format';
import { planImport, resolvedContactId, resolvePlan, templateKey, type ImportPlan, type LocalSnapshot } from '@/lib/backup/plan';
import { getDb, type CoffeeChatsDb } from './db';
import { refreshContact } from './followups';
import type { Interaction, Meeting } from '@/lib/model/history';
import type { StoredContact } from '@/lib/model/contact';
import type { StoredCareerPath } from '@/lib/model/career-path';
import type { StoredCourse, StoredSubmission } from '@/lib/model/course';

/** Export and import: the whole database out as one backup, and a backup merged back in. */

export async function exportBackup(now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<Backup> {
  return db.transaction('r', [db.contacts, db.meetings, db.interactions, db.settings, db.templates, db.tasks, db.paths, db.courses, db.submissions], async () =>
    makeBackup(
      {
        // Rows read back from a table always carry their primary key.
        contacts: (await db.contacts.toArray()) as StoredContact[],
        meetings: (await db.meetings.toArray()) as (Meeting & { id: number })[],
        interactions: (await db.interactions.toArray()) as (Interaction & { id: number })[],
        settings: (await db.settings.get('user')) ?? null,
        templates: await db.templates.toArray(),
        tasks: await db.tasks.toArray(),
        paths: await db.paths.toArray(),
        courses: await db.courses.toArray(),
        submissions: await db.submissions.toArray(),
      },
      now,
    ),
  );
}

async function snapshot(db: CoffeeChatsDb): Promise<LocalSnapshot> {
  const [contacts, meetings, interactions, templates, settings, paths, courses, submissions] = await Promise.all([
    db.contacts.toArray(),
    db.meetings.toArray(),
    db.interactions.toArray(),
    db.templates.toArray(),
    db.settings.get('user'),
    db.paths.toArray(),
    db.courses.toArray(),
    db.submissions.toArray(),
  ]);
  // Rows read back from a table always carry their primary key.
  return {
    contacts: contacts as StoredContact[],
    meetings: meetings as (Meeting & { id: number })[],
    interactions: interactions as (Interaction & { id: number })[],
    templateKeys: new Set(templates.map(templateKey)),
    hasSettings: settings !== undefined,
    paths: paths as StoredCareerPath[],
    courses: courses as (StoredCourse & { id: number })[],
    submissions: submissions as (StoredSubmission & { id: number })[],
  };
}

/** What importing would do ("12 new, 3 updated"), without writing anything. */
export async function previewImport(backup: Backup, db: CoffeeChatsDb = getDb()): Promise<ImportPlan> {
  return db.transaction('r', [db.contacts, db.meetings, db.interactions, db.settings, db.templates, db.paths, db.courses, db.submissions], async () =>
    planImport(await snapshot(db), backup),
  );
}

/**
 * Merges a backup in one transaction: all of it lands, or (on any error) none
 * of it. The backup was validated in full by parseBackupFile, with the same
 * zod schemas every other write uses, before this is called.
 */
export async function applyImport(backup: Backup, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<ImportPlan> {
  return db.transaction('rw', [db.contacts, db.meetings, db.interactions, db.settings, db.templates, db.tasks, db.paths, db.courses, db.submissions], async () => {
    // Plan again inside the transaction: the database may have changed since the preview.
    const plan = planImport(await snapshot(db), backup);
    // Career paths: new ones added, shared ones merged field by field (contacts and meetings name them by uid).
    await db.paths.bulkAdd(plan.paths);
    await db.paths.bulkPut(plan.pathUpdates.map(({ record }) => record));
    const newIds = (await db.contacts.bulkAdd(plan.newContacts, { allKeys: true })) as number[];
    const resolved = resolvePlan(plan, newIds);
    await db.contacts.bulkPut(resolved.contacts);
    await db.meetings.bulkAdd(resolved.meetings);
    await db.interactions.bulkAdd(resolved.interactions);
    // What the other browser wrote later, merged field by field into the records both have.
    await db.meetings.bulkPut(resolved.meetingUpdates);
    await db.interactions.bulkPut(resolved.interactionUpdates);
    if (plan.settings) await db.settings.put(plan.settings);
    if (plan.templates.length > 0) await db.templates.bulkAdd(plan.templates);
    // Courses and a teacher's class submissions: new ones added, shared ones merged (see plan-courses.ts).
    await db.courses.bulkAdd(plan.courses.added);
    await db.courses.bulkPut(plan.courses.updated.map(({ record }) => record));
    await db.submissions.bulkAdd(plan.courses.submissionsAdded);
    await db.submissions.bulkPut(plan.courses.submissionsReplaced.map(({ record }) => record));
    // Tasks: each one not here yet (by uid) is added to its contact; one already here keeps its state.
    const knownTasks = new Set((await db.tasks.toArray()).map((t) => t.uid));
    for (const { id: _old, ...task } of backup.tasks) {
      void _old;
      const contactId = resolvedContactId(plan, newIds, task.contactId);
      if (contactId !== undefined && !knownTasks.has(task.uid)) await db.tasks.add({ ...task, contactId });
    }
    // Contacts that were here before and gained history: what is due may have changed.
    const touched = new Set<number>();
    for (const row of [...resolved.meetings, ...resolved.interactions, ...resolved.meetingUpdates, ...resolved.interactionUpdates]) {
      touched.add(row.contactId);
    }
    for (const { id } of plan.updates) touched.add(id);
    const existing = new Set(plan.unchangedIds.concat(plan.updates.map((u) => u.id)));
    for (const id of touched) if (existing.has(id)) await refreshContact(id, now, db, { touch: false, rederiveStatus: true });
    return plan;
  });
}
