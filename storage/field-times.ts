import { stampFields } from '@/lib/backup/field-times';
import { CONTACT_WRITTEN_FIELDS, type Contact } from '@/lib/model/contact';
import { INTERACTION_WRITTEN_FIELDS, MEETING_WRITTEN_FIELDS, type Interaction, type Meeting } from '@/lib/model/history';

/**
 * Every user write goes through one of these before it is put: it notes, field by field, what
 * it changed and when, so a backup merge can keep the later write on either side.
 */
export function stampContact<T extends Contact>(before: Contact | undefined, after: T, now: number): T {
  return { ...after, fieldsAt: stampFields<Contact>(before, after, CONTACT_WRITTEN_FIELDS, now) };
}

export function stampMeeting<T extends Meeting>(before: Meeting | undefined, after: T, now: number): T {
  return { ...after, updatedAt: now, fieldsAt: stampFields<Meeting>(before, after, MEETING_WRITTEN_FIELDS, now) };
}

export function stampInteraction<T extends Interaction>(before: Interaction | undefined, after: T, now: number): T {
  return { ...after, updatedAt: now, fieldsAt: stampFields<Interaction>(before, after, INTERACTION_WRITTEN_FIELDS, now) };
}
