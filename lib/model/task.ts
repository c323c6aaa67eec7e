/**
 * A promise made in a conversation ("send Maya my portfolio"): a next action from a meeting's
 * debrief, kept as a task on that contact until it is marked done. The popup lists open tasks
 * with the follow-ups; the interview report lists them with the meeting.
 */
import { z } from 'zod';
import { EpochMsSchema, RowIdSchema, UidSchema } from './primitives';

export const TaskSchema = z.object({
  id: RowIdSchema.optional(),
  uid: UidSchema,
  contactId: RowIdSchema,
  /** The meeting whose debrief listed it. */
  meetingUid: UidSchema.optional(),
  text: z.string().trim().min(1).max(300),
  /** The day it is due (local midnight), if the user gave one. */
  dueAt: EpochMsSchema.optional(),
  /** "Remind me later". */
  snoozedUntil: EpochMsSchema.optional(),
  doneAt: EpochMsSchema.optional(),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
});
export type Task = z.infer<typeof TaskSchema>;
export type StoredTask = Task & { id: number };
