import { nextDue } from '@/lib/followups/next-due';
import { deriveStatus } from '@/lib/followups/status';
import { getDb, type CoffeeChatsDb } from './db';
import { ContactSchema, type StoredContact } from '@/lib/model/contact';
import { SettingsSchema, type Settings } from '@/lib/model/settings';
import { getSettings } from './settings';
import { stampContact } from './field-times';

/**
 * Recomputes one contact's status and what is due next, and stores them on the
 * contact so lists and the badge are index reads. Call inside the write's
 * transaction (it needs contacts, interactions and settings).
 */
export async function refreshContact(
  contactId: number,
  now: number,
  db: CoffeeChatsDb,
  options: { rederiveStatus?: boolean; touch?: boolean } = {},
): Promise<StoredContact> {
  const contact = await db.contacts.get(contactId);
  if (!contact) throw new Error('That contact no longer exists.');
  const history = (await db.interactions.where('contactId').equals(contactId).toArray()).map(({ kind, at }) => ({ kind, at }));
  const scheduled = await db.meetings.where('contactId').equals(contactId).filter((m) => m.heldAt === undefined && m.scheduledAt !== undefined).toArray();
  const events = [...history, ...scheduled.map((m) => ({ kind: 'scheduled', at: m.scheduledAt! }))];
  const status = options.rederiveStatus ? deriveStatus(events) : contact.status;
  const referrer = contact.referredBy !== undefined ? await db.contacts.get(contact.referredBy) : undefined;
  const settings = await getSettings(db);
  const due = nextDue(
    {
      createdAt: contact.createdAt,
      history,
      referredByName: referrer?.name,
      dismissed: contact.dismissedDue,
      snoozed: contact.snoozed,
      status,
      scheduled: scheduledStep(scheduled),
    },
    settings.cadences,
    now,
  );
  const updated = ContactSchema.parse({
    ...contact,
    status,
    updatedAt: options.touch === false ? contact.updatedAt : now,
    nextDueKind: due?.kind,
    nextDueAt: due?.dueAt,
    nextDueValues: due?.values,
    nextDueKey: due?.key,
    thankYouDueAt: due?.kind === 'thank-you' ? due.dueAt : undefined,
    thankYouOverdueAt: due?.kind === 'thank-you' ? due.overdueAt : undefined,
  });
  // put() replaces the row, so fields that became undefined leave their indexes.
  await db.contacts.put(updated);
  return updated as StoredContact;
}

/** The conversation scheduled next (the latest, if several were), as the schedule reads it. */
function scheduledStep(meetings: readonly { scheduledAt?: number; durationMin?: number }[]) {
  const next = meetings.reduce<(typeof meetings)[number] | undefined>((a, b) => (!a || (b.scheduledAt ?? 0) > (a.scheduledAt ?? 0) ? b : a), undefined);
  return next?.scheduledAt === undefined ? undefined : { at: next.scheduledAt, durationMin: next.durationMin };
}

/** Remind me later: the same step moves to `until`. */
export async function snoozeDue(contactId: number, until: number, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  return db.transaction('rw', [db.contacts, db.interactions, db.meetings, db.settings], async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new Error('That contact no longer exists.');
    if (contact.nextDueKey === undefined) throw new Error('Nothing is due for this contact.');
    await db.contacts.put(stampContact(contact, { ...contact, snoozed: { key: contact.nextDueKey, until } }, now));
    return refreshContact(contactId, now, db, { touch: false });
  });
}

/** A suggestion done without a message to log (e.g. "reach out to another person"). */
export async function dismissDue(contactId: number, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  return db.transaction('rw', [db.contacts, db.interactions, db.meetings, db.settings], async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new Error('That contact no longer exists.');
    if (contact.nextDueKey !== undefined) {
      await db.contacts.put(
        stampContact(contact, { ...contact, dismissedDue: [...contact.dismissedDue, contact.nextDueKey].slice(-50), snoozed: undefined }, now),
      );
    }
    return refreshContact(contactId, now, db, { touch: false });
  });
}

/**
 * Saves what the user changed in their settings (`patch`: any settings, cadences one by one),
 * over what is stored now — so a save from one window keeps what another saved. The cadences
 * decide what is due and when, so every contact's schedule is recomputed in the same transaction.
 */
export async function saveSettings(patch: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<Settings> {
  return db.transaction('rw', [db.contacts, db.interactions, db.meetings, db.settings], async () => {
    const stored = await getSettings(db);
    const change = (patch ?? {}) as Partial<Settings>;
    const settings = SettingsSchema.parse({ ...stored, ...change, cadences: { ...stored.cadences, ...change.cadences } });
    await db.settings.put(settings);
    await refreshAll(now, db);
    return settings;
  });
}

/** A contact whose schedule could not be recomputed, and why: the others went on. */
export interface RefreshFailure {
  id: number;
  name: string;
  message: string;
}

/**
 * Time-driven steps (3 → 7 business days, keep-in-touch) move on as days pass. Each contact is
 * refreshed on its own: a row that cannot be (say, damaged by hand or by an old version) is
 * reported, left as it is, and never stops the others or the settings save that asked.
 */
export async function refreshAll(now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<RefreshFailure[]> {
  const ids = (await db.contacts.toCollection().primaryKeys()) as number[];
  const failures: RefreshFailure[] = [];
  await db.transaction('rw', [db.contacts, db.interactions, db.meetings, db.settings], async () => {
    for (const id of ids) {
      try {
        // Validation throws before the row is written, so the transaction goes on for the rest.
        await refreshContact(id, now, db, { touch: false });
      } catch (error) {
        const row = await db.contacts.get(id);
        failures.push({ id, name: typeof row?.name === 'string' ? row.name : `contact ${id}`, message: error instanceof Error ? error.message : String(error) });
      }
    }
  });
  return failures;
}
