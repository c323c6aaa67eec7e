import { profileSlugFromUrl, profileUrlFor } from '@/lib/linkedin/url';
import { getDb, type CoffeeChatsDb } from './db';
import { refreshContact } from './followups';
import { stampContact, stampInteraction, stampMeeting } from './field-times';
import { syncNextActions } from './tasks';
import { assertPathsExist } from './paths';
import { ContactSchema, PAGE_FIELDS, type StoredContact } from '@/lib/model/contact';
import { MeetingPatchSchema, MeetingSchema, ResourceSchema, type Lead, type Meeting } from '@/lib/model/history';

/** Repository verbs for completing a meeting: its details, and the leads it produced. */

const TABLES = (db: CoffeeChatsDb) => [db.contacts, db.meetings, db.interactions, db.settings, db.tasks];

/** The meeting's notes per question, with `answers` set: an empty answer removes the note, a new question is added. */
function withAnswers(questions: Meeting['questions'], answers: readonly Meeting['questions'][number][]): Meeting['questions'] {
  const next = [...questions];
  for (const { text, answer, area } of answers) {
    const index = next.findIndex((q) => q.text === text);
    // The question keeps its area (a path's findings gather answers by it), from the form or as stored.
    const kept = area ?? (index >= 0 ? next[index]!.area : undefined);
    if (answer.trim() === '') {
      if (index >= 0) next.splice(index, 1);
    } else if (index >= 0) {
      next[index] = { text, answer, ...(kept ? { area: kept } : {}) };
    } else {
      next.push({ text, answer, ...(kept ? { area: kept } : {}) });
    }
  }
  return next;
}

/**
 * Fills in (or reopens and changes) one meeting, changing only the fields the
 * patch names — another window's save to the other fields stays. Each lead
 * becomes a contact to reach out to, "referred by" the person met; a lead with a
 * LinkedIn URL is matched to an existing contact by its profile. Moving the
 * meeting's time moves the thank-you that is due after it.
 */
export async function updateMeeting(meetingId: number, input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  const details = MeetingPatchSchema.parse(input);
  for (const lead of details.leads ?? []) {
    if (lead.profileUrl && profileSlugFromUrl(lead.profileUrl) === null) {
      throw new Error(`“${lead.profileUrl}” is not a LinkedIn profile link (https://www.linkedin.com/in/…).`);
    }
  }
  for (const resource of details.resources ?? []) {
    if (resource.url && !ResourceSchema.shape.url.safeParse(resource.url).success) {
      throw new Error(`“${resource.url}” is not a web link (https://…).`);
    }
  }
  const pathUids = details.pathUids === undefined ? undefined : await assertPathsExist(details.pathUids, db);
  return db.transaction('rw', TABLES(db), async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error('That meeting no longer exists.');
    let leads: Lead[] = meeting.leads;
    if (details.leads) {
      leads = [];
      for (const lead of details.leads) leads.push(await leadContact(lead, meeting, now, db));
    }
    const updated = MeetingSchema.parse({
      ...meeting,
      heldAt: details.heldAt ?? meeting.heldAt,
      mode: details.mode === null ? undefined : (details.mode ?? meeting.mode),
      durationMin: details.durationMin === null ? undefined : (details.durationMin ?? meeting.durationMin),
      questions: details.answers ? withAnswers(meeting.questions, details.answers) : meeting.questions,
      takeaways: details.takeaways ?? meeting.takeaways,
      leads,
      fit: details.fit === null ? undefined : (details.fit ?? meeting.fit),
      fitNote: details.fitNote === undefined ? meeting.fitNote : details.fitNote || undefined,
      openQuestions: details.openQuestions ?? meeting.openQuestions,
      resources: details.resources?.map((r) => ({ title: r.title, url: r.url || undefined })) ?? meeting.resources,
      pathUids: pathUids ?? meeting.pathUids,
      updatedAt: now,
    });
    await db.meetings.put(stampMeeting(meeting, updated, now));
    if (details.nextActions) await syncNextActions(updated, details.nextActions, now, db);
    if (meeting.heldAt !== undefined && details.heldAt !== undefined && meeting.heldAt !== details.heldAt) {
      const moved = await db.interactions
        .where('[contactId+at]')
        .equals([meeting.contactId, meeting.heldAt])
        .filter((i) => i.kind === 'meeting')
        .toArray();
      await db.interactions.bulkPut(moved.map((row) => stampInteraction(row, { ...row, at: details.heldAt! }, now)));
    }
    const contact = await refreshContact(meeting.contactId, now, db, { rederiveStatus: true });
    if (details.leads) for (const lead of leads) if (lead.contactId !== undefined) await refreshContact(lead.contactId, now, db, { touch: false });
    return { contact, meeting: updated as Meeting & { id: number } };
  });
}

async function leadContact(lead: { name: string; profileUrl?: string }, meeting: Meeting, now: number, db: CoffeeChatsDb): Promise<Lead> {
  const slug = lead.profileUrl ? profileSlugFromUrl(lead.profileUrl) : null;
  const profileUrl = slug ? profileUrlFor(slug) : undefined;
  // Already a contact (by profile), or already this meeting's lead (by name)?
  // A URL added to a lead saved by name attaches to that lead's row: one person, one row.
  const byName = await findLeadByName(meeting, lead.name, db);
  const known =
    (slug ? await db.contacts.where('slug').equals(slug).first() : undefined) ??
    (byName && (!slug || byName.slug === undefined || byName.slug === slug) ? byName : undefined);
  if (known?.id !== undefined) {
    const changed = { ...known };
    if (known.referredBy === undefined && known.id !== meeting.contactId) changed.referredBy = meeting.contactId;
    if (slug && known.slug === undefined) Object.assign(changed, { slug, profileUrl, updatedAt: now });
    if (changed.referredBy !== known.referredBy || changed.slug !== known.slug) await db.contacts.put(stampContact(known, changed, now));
    return { name: lead.name, profileUrl, contactId: known.id };
  }
  const contact = ContactSchema.parse({
    name: lead.name,
    slug: slug ?? undefined,
    profileUrl,
    referredBy: meeting.contactId,
    createdAt: now,
    updatedAt: now,
  });
  const contactId = (await db.contacts.add(stampContact(undefined, contact, now))) as number;
  return { name: lead.name, profileUrl, contactId };
}

async function findLeadByName(meeting: Meeting, name: string, db: CoffeeChatsDb) {
  const previous = meeting.leads.find((lead) => lead.name.trim().toLowerCase() === name.trim().toLowerCase());
  return previous?.contactId !== undefined ? db.contacts.get(previous.contactId) : undefined;
}

/** The user's prepared questions for a contact, as they arranged them. */
export async function savePrepQuestions(contactId: number, questions: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  return db.transaction('rw', [db.contacts], async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new Error('That contact no longer exists.');
    const updated = stampContact(contact, ContactSchema.parse({ ...contact, prepQuestions: questions, updatedAt: now }), now);
    await db.contacts.put(updated);
    return updated as StoredContact;
  });
}

/**
 * When the user first opens the LinkedIn profile of a lead (typed in by name),
 * the page fills in what is still empty — once: after that the fields are the
 * user's, and a box they cleared stays clear.
 */
export async function fillEmptyFields(slug: string, profile: Partial<Record<string, unknown>>, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  return db.transaction('rw', [db.contacts], async () => {
    const contact = await db.contacts.where('slug').equals(slug).first();
    if (!contact) return undefined;
    if (contact.profileReadAt !== undefined) return contact as StoredContact;
    const patch: Record<string, unknown> = { profileReadAt: now };
    for (const field of [...PAGE_FIELDS.filter((f) => f !== 'name'), 'photoUrl'] as const) {
      if (!contact[field] && typeof profile[field] === 'string' && profile[field]) patch[field] = profile[field];
    }
    for (const field of ['experience', 'education'] as const) {
      if (contact[field].length === 0 && Array.isArray(profile[field]) && profile[field].length > 0) patch[field] = profile[field];
    }
    const updated = stampContact(contact, ContactSchema.parse({ ...contact, ...patch, updatedAt: now }), now);
    await db.contacts.put(updated);
    return updated as StoredContact;
  });
}

/** Leads saved by name only whose name is the one on this profile: "is this them?". */
export async function findLeadsNamed(name: string, db: CoffeeChatsDb = getDb()) {
  if (!name.trim()) return [];
  const rows = await db.contacts.where('name').equalsIgnoreCase(name.trim()).toArray();
  return rows.filter((row) => row.slug === undefined && row.referredBy !== undefined) as StoredContact[];
}

/**
 * The user says a lead saved by name is the person on this profile: the lead
 * gets the profile's slug and whatever of the page is still empty on it.
 */
export async function linkLeadToProfile(contactId: number, slug: string, profile: Partial<Record<string, unknown>>, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  return db.transaction('rw', [db.contacts], async () => {
    const lead = await db.contacts.get(contactId);
    if (!lead) throw new Error('That lead no longer exists.');
    if (lead.slug !== undefined) throw new Error('That lead is already linked to a LinkedIn profile.');
    if (await db.contacts.where('slug').equals(slug).count()) throw new Error('This profile is already one of your contacts.');
    await db.contacts.put(stampContact(lead, ContactSchema.parse({ ...lead, slug, profileUrl: profileUrlFor(slug), updatedAt: now }), now));
    return fillEmptyFields(slug, profile, now, db);
  });
}
