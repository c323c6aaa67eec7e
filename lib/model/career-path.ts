/**
 * A career path the user is exploring ("Regulatory affairs", "UX research"): many conversations
 * with people who work in it, gathered by area, synthesised, and presented. Contacts and meetings
 * belong to paths by the path's `uid` (`pathUids` on each), so membership travels in backups and
 * in course packs. A path from a course pack keeps its course's uid and the uid the teacher gave it,
 * so a student's submission names the same path in the teacher's class view.
 */
import { z } from 'zod';
import { AREAS, type Area } from './prep';
import { EpochMsSchema, FieldTimesSchema, RowIdSchema, UidSchema } from './primitives';

export const PATH_LIMITS = {
  name: 120,
  why: 500,
  term: 80,
  synthesis: 10_000,
  /** Paths one contact or meeting can belong to. */
  perRecord: 20,
  target: { min: 1, max: 100, default: 5 },
} as const;

/** The user's own synthesis of a path: a free text per area. */
export const SynthesisSchema = z
  .object(Object.fromEntries(AREAS.map((area) => [area, z.string().max(PATH_LIMITS.synthesis).optional()])) as Record<Area, z.ZodOptional<z.ZodString>>)
  .strict();

export const CareerPathSchema = z.object({
  id: RowIdSchema.optional(),
  uid: UidSchema,
  name: z.string().trim().min(1, 'A career path needs a name').max(PATH_LIMITS.name),
  /** A line on why it interests the user. */
  why: z.string().trim().max(PATH_LIMITS.why).optional(),
  /** How many conversations the user aims to hold on this path. */
  target: z.number().int().min(PATH_LIMITS.target.min).max(PATH_LIMITS.target.max).default(PATH_LIMITS.target.default),
  /** A term as people name it ("Autumn 2026"), and/or a day it is due by (local midnight). */
  term: z.string().trim().max(PATH_LIMITS.term).optional(),
  dueAt: EpochMsSchema.optional(),
  synthesis: SynthesisSchema.default({}),
  /** Set when the path came from a course pack: that course's uid. */
  courseUid: UidSchema.optional(),
  /** The user put the path away (kept, with its people, out of the lists). */
  archivedAt: EpochMsSchema.optional(),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  fieldsAt: FieldTimesSchema.optional(),
});
export type CareerPath = z.infer<typeof CareerPathSchema>;
export type StoredCareerPath = CareerPath & { id: number };

/** The fields of a path a user writes; a backup merge takes each from the side that wrote it last. */
export const PATH_WRITTEN_FIELDS = ['name', 'why', 'target', 'term', 'dueAt', 'synthesis', 'archivedAt'] as const satisfies readonly (keyof CareerPath)[];

/** A new path from the form: name, why, target, term, due day. */
export const NewCareerPathSchema = CareerPathSchema.pick({ name: true, why: true, target: true, term: true, dueAt: true });

/** An edit of a path: only the fields it names change (a synthesis edit names its areas). */
export const CareerPathPatchSchema = z.object({
  name: CareerPathSchema.shape.name.optional(),
  why: CareerPathSchema.shape.why,
  target: z.number().int().min(PATH_LIMITS.target.min).max(PATH_LIMITS.target.max).optional(),
  term: CareerPathSchema.shape.term,
  dueAt: EpochMsSchema.nullable().optional(),
  synthesis: SynthesisSchema.optional(),
  archivedAt: EpochMsSchema.nullable().optional(),
});

/** Which paths a contact or meeting belongs to. */
export const PathUidsSchema = z.array(UidSchema).max(PATH_LIMITS.perRecord);
