/**
 * The JSON backup file: everything the user keeps, in one versioned document.
 * Pure: the caller reads the tables and the clock; this only shapes and validates.
 */
import { z } from 'zod';
import { EpochMsSchema, UidSchema } from '@/lib/model/primitives';
import { profileUrlFor } from '@/lib/linkedin/url';
import { CareerPathSchema, type CareerPath } from '@/lib/model/career-path';
import { StoredCourseSchema, StoredSubmissionSchema, type StoredCourse, type StoredSubmission } from '@/lib/model/course';
import { ContactSchema, type Contact } from '@/lib/model/contact';
import { InteractionSchema, MeetingSchema } from '@/lib/model/history';
import { SettingsSchema, type Settings } from '@/lib/model/settings';
import { TaskSchema, type Task } from '@/lib/model/task';
import { TemplateSchema, type Template } from '@/lib/model/template';

export const BACKUP_FORMAT = 'coffee-chats-backup';
export const BACKUP_VERSION = 1;
/** Checked against the file's size before it is read as text, let alone parsed. */
export const MAX_BACKUP_BYTES = 30 * 1024 * 1024;

const storedId = z.number().int().positive();

/**
 * In a backup every record carries the id it had, so references between records can be followed.
 * Meetings and interactions also carry their `uid` (files written before it existed have none:
 * such a record gets a new one when it is imported).
 */
export const BackupContactSchema = ContactSchema.extend({ id: storedId }).transform(({ profileUrl: fromFile, ...contact }) => {
  // The slug was normalised by its schema; the profile link is derived from it, never taken from the file.
  void fromFile;
  return contact.slug === undefined ? contact : { ...contact, profileUrl: profileUrlFor(contact.slug) };
});
export const BackupMeetingSchema = MeetingSchema.extend({ id: storedId, uid: UidSchema.optional() });
export const BackupInteractionSchema = InteractionSchema.extend({ id: storedId, uid: UidSchema.optional() });
/** Tasks (next actions from a debrief) travel by uid; files written before tasks existed have none. */
export const BackupTaskSchema = TaskSchema.extend({ id: storedId.optional() });
/** Career paths travel by uid (contacts and meetings name them so); files written before paths existed have none. */
export const BackupPathSchema = CareerPathSchema;
/** Courses (taught or taken) and the submissions a teacher imported travel by uid; older files have none. */
export const BackupCourseSchema = StoredCourseSchema.omit({ id: true });
export const BackupSubmissionSchema = StoredSubmissionSchema.omit({ id: true });

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: EpochMsSchema,
  contacts: z.array(BackupContactSchema),
  meetings: z.array(BackupMeetingSchema),
  interactions: z.array(BackupInteractionSchema),
  settings: SettingsSchema.nullable(),
  templates: z.array(TemplateSchema),
  tasks: z.array(BackupTaskSchema).default([]),
  paths: z.array(BackupPathSchema).default([]),
  courses: z.array(BackupCourseSchema).default([]),
  submissions: z.array(BackupSubmissionSchema).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;
export type BackupContact = z.infer<typeof BackupContactSchema>;
export type BackupMeeting = z.infer<typeof BackupMeetingSchema>;
export type BackupInteraction = z.infer<typeof BackupInteractionSchema>;

/** What the storage layer reads out of its tables for an export. */
export interface BackupData {
  contacts: readonly (Contact & { id: number })[];
  meetings: readonly BackupMeeting[];
  interactions: readonly BackupInteraction[];
  settings: Settings | null | undefined;
  templates: readonly Template[];
  tasks?: readonly Task[];
  /** Every career path, archived ones too. */
  paths?: readonly CareerPath[];
  courses?: readonly StoredCourse[];
  submissions?: readonly StoredSubmission[];
}

/**
 * Deleting a contact removes their meetings and interactions but leaves other contacts'
 * `referredBy` pointing at them; the parser refuses such a link, so the export drops it
 * (the referrer is gone either way) and the user's own backup always imports.
 */
export function makeBackup(data: BackupData, now: number): Backup {
  const ids = new Set(data.contacts.map((contact) => contact.id));
  const paths = data.paths === undefined ? undefined : new Set(data.paths.map((path) => path.uid));
  // Deleting a path removes it from its contacts and meetings; a uid left over anyway stays out of the file.
  const knownPaths = <T extends { pathUids?: string[] }>(record: T): T =>
    paths === undefined || record.pathUids === undefined || record.pathUids.every((uid) => paths.has(uid))
      ? record
      : { ...record, pathUids: record.pathUids.filter((uid) => paths.has(uid)) };
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    contacts: data.contacts.map((contact) =>
      knownPaths(contact.referredBy === undefined || ids.has(contact.referredBy) ? contact : withoutReferrer(contact)),
    ),
    meetings: data.meetings.map(knownPaths),
    interactions: [...data.interactions],
    settings: data.settings ?? null,
    templates: [...data.templates],
    // A task on a contact not in the file (deleted meanwhile) is left out, like its contact.
    tasks: (data.tasks ?? []).filter((task) => ids.has(task.contactId)),
    paths: [...(data.paths ?? [])],
    courses: (data.courses ?? []).map(omitId),
    submissions: (data.submissions ?? []).map(omitId),
  };
}

/**
 * A row without its id: a record matched by uid gets its own id where it lands. Rest destructuring, not
 * `delete`: deleting a key drops V8 objects into a slow dictionary mode, which made planning 50,000
 * interactions several times slower.
 */
export function omitId<T extends { id?: number }>(record: T): Omit<T, 'id'> {
  const { id: gone, ...rest } = record;
  void gone;
  return rest;
}

function withoutReferrer<T extends { referredBy?: number }>(contact: T): Omit<T, 'referredBy'> {
  const { referredBy: gone, ...rest } = contact;
  void gone;
  return rest;
}

/** Pretty JSON, so a curious user can read their own file; ends with a newline like any text file. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
