/**
 * A course built on informational interviews. The teacher writes a **course pack** (the course,
 * the career paths assigned, required and suggested questions with their areas, due dates, what the
 * presentation must contain) in the options page's Instructor section and exports it as a file; a
 * student imports it and gets those paths, questions and due dates. The student exports a
 * **submission** per path (that path's findings, anonymised as chosen); the teacher imports many at
 * once (files, or the zip a learning-management system makes) and sees the class. Files travel on the
 * course's own platform: Coffee Chats sends nothing.
 */
import { z } from 'zod';
import { TEXT_LIMITS } from '@/lib/linkedin/profile';
import { CareerPathSchema } from './career-path';
import { FindingsSchema } from './findings';
import { AREAS } from './prep';
import { EpochMsSchema, FieldTimesSchema, RowIdSchema, UidSchema } from './primitives';

export const COURSE_PACK_FORMAT = 'coffee-chats-course-pack';
export const SUBMISSION_FORMAT = 'coffee-chats-submission';
export const COURSE_FILE_VERSION = 1;
/** Checked against a file's size before it is read. */
export const MAX_COURSE_FILE_BYTES = 5 * 1024 * 1024;
/** A zip of submissions from a learning-management system. */
export const MAX_SUBMISSIONS_ZIP_BYTES = 100 * 1024 * 1024;

export const CourseQuestionSchema = z.object({
  text: z.string().trim().min(1, 'A question cannot be empty').max(500),
  area: z.enum(AREAS),
  /** Required by the course (every student asks it), or suggested. */
  required: z.boolean().default(false),
});
export type CourseQuestion = z.infer<typeof CourseQuestionSchema>;

export const CoursePathSchema = CareerPathSchema.pick({ uid: true, name: true, why: true, target: true, dueAt: true });
export type CoursePath = z.infer<typeof CoursePathSchema>;

export const CourseDueDateSchema = z.object({
  uid: UidSchema,
  /** "Two conversations held", "Presentation". */
  label: z.string().trim().min(1, 'A due date needs a label').max(200),
  at: EpochMsSchema,
});
export type CourseDueDate = z.infer<typeof CourseDueDateSchema>;

/** The course as the teacher writes it (and as it travels in the pack). */
export const CourseSchema = z.object({
  uid: UidSchema,
  name: z.string().trim().min(1, 'A course needs a name').max(200),
  instructor: z.string().trim().max(TEXT_LIMITS.short).optional(),
  term: z.string().trim().max(80).optional(),
  paths: z.array(CoursePathSchema).max(100),
  questions: z.array(CourseQuestionSchema).max(100),
  dueDates: z.array(CourseDueDateSchema).max(50),
  /** What the presentation must contain. */
  presentation: z.string().trim().max(5_000).optional(),
});
export type Course = z.infer<typeof CourseSchema>;

/** What the teacher's form writes: only the fields the teacher touched. */
export const CoursePatchSchema = CourseSchema.omit({ uid: true }).partial();

/** A course kept in this browser: one the user teaches (writes) or takes (imported from a pack). */
export const StoredCourseSchema = CourseSchema.extend({
  id: RowIdSchema.optional(),
  role: z.enum(['teaching', 'taking']),
  /** A course taken: the uid of this student's submission for each path (by path uid), so a re-submitted file replaces the earlier one. */
  submissionUids: z.record(UidSchema, UidSchema).optional(),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  fieldsAt: FieldTimesSchema.optional(),
});
export type StoredCourse = z.infer<typeof StoredCourseSchema>;
/** The fields a backup merges one by one, the later write winning (`role` stays as this browser has it). */
export const COURSE_WRITTEN_FIELDS = ['name', 'instructor', 'term', 'paths', 'questions', 'dueDates', 'presentation'] as const satisfies readonly (keyof Course)[];

export const CoursePackSchema = z.object({
  format: z.literal(COURSE_PACK_FORMAT),
  version: z.literal(COURSE_FILE_VERSION),
  exportedAt: EpochMsSchema,
  course: CourseSchema,
});
export type CoursePack = z.infer<typeof CoursePackSchema>;

export const SubmissionSchema = z.object({
  format: z.literal(SUBMISSION_FORMAT),
  version: z.literal(COURSE_FILE_VERSION),
  /** Each submission is one record: a re-submitted file replaces the earlier one with the same uid. */
  uid: UidSchema,
  submittedAt: EpochMsSchema,
  course: z.object({ uid: UidSchema, name: z.string().max(200) }),
  path: z.object({ uid: UidSchema, name: z.string().max(120) }),
  student: z.object({ name: z.string().trim().min(1, 'A submission needs the student’s name').max(TEXT_LIMITS.short) }),
  findings: FindingsSchema,
});
export type Submission = z.infer<typeof SubmissionSchema>;

/** A submission the teacher imported, kept for the class view. */
export const StoredSubmissionSchema = SubmissionSchema.extend({
  id: RowIdSchema.optional(),
  importedAt: EpochMsSchema,
  /** The file it came from (or "file.zip › inner/name.json"). */
  fileName: z.string().max(500).optional(),
});
export type StoredSubmission = z.infer<typeof StoredSubmissionSchema>;
