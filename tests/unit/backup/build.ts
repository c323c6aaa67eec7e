/** Small builders for backup tests: valid records with the fields a test does not care about filled in. */
import {
  BackupContactSchema,
  BackupInteractionSchema,
  BackupMeetingSchema,
  makeBackup,
  type Backup,
  type BackupContact,
  type BackupInteraction,
  type BackupMeeting,
} from '@/lib/backup/format';
import { TemplateSchema, type Template } from '@/lib/model/template';

export const T0 = Date.UTC(2024, 4, 1, 12); // midday, so the local date is the same in every time zone

export function contact(id: number, fields: Partial<BackupContact> = {}): BackupContact {
  return BackupContactSchema.parse({
    id,
    name: `Person ${id}`,
    slug: `person-${id}`,
    profileUrl: `https://www.linkedin.com/in/person-${id}/`,
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  });
}

export function meeting(id: number, contactId: number, fields: Partial<BackupMeeting> = {}): BackupMeeting {
  return BackupMeetingSchema.parse({ id, uid: `meeting-${String(id).padStart(4, '0')}`, contactId, heldAt: T0 + id, ...fields });
}

export function interaction(id: number, contactId: number, fields: Partial<BackupInteraction> = {}): BackupInteraction {
  return BackupInteractionSchema.parse({ id, uid: `interaction-${String(id).padStart(4, '0')}`, contactId, kind: 'note', at: T0 + id, ...fields });
}

export function template(name: string, fields: Partial<Template> = {}): Template {
  return TemplateSchema.parse({ kind: 'thank-you', name, body: 'Thank you, {name}.', updatedAt: T0, ...fields });
}

export function backup(parts: Partial<Pick<Backup, 'contacts' | 'meetings' | 'interactions' | 'settings' | 'templates'>> = {}): Backup {
  return makeBackup(
    { contacts: [], meetings: [], interactions: [], settings: null, templates: [], ...parts },
    T0 + 86_400_000,
  );
}
