/**
 * The smallest pieces of the vocabulary, shared by every schema: ids, times and bounded text.
 * Every time is bounded to what `Date` and the user's calendar can show, so a value from a
 * backup or a message can never break formatting or the schedule later.
 */
import { z } from 'zod';

// Extension pages forbid eval (CSP): tell zod not to probe for it with new Function().
z.config({ jitless: true });

/** 1 January 2200, UTC: later than any real meeting, far inside what `Date` can hold (±8.64e15). */
export const MAX_TIME = Date.UTC(2200, 0, 1);

/** A moment, in epoch milliseconds, between 1970 and 2200. */
export const EpochMsSchema = z
  .number()
  .int()
  .nonnegative()
  .max(MAX_TIME, 'That date is out of range (after the year 2200).');

/** A primary key Dexie gave a row. */
export const RowIdSchema = z.number().int().positive();

/** An id that travels with a record between browsers (in backups): a random UUID. */
export const UidSchema = z.string().regex(/^[0-9A-Za-z-]{8,64}$/u, 'not a record id');

/** A new random id for a record that travels in backups. */
export function newUid(): string {
  return crypto.randomUUID();
}


/**
 * When each field of a record was last written by the user (epoch ms, by field name). A backup
 * merge keeps, field by field, the value written last on either side. A field with no entry was
 * never written since the record was made; a record without the map at all (older rows and
 * backups) counts every field as written at its `updatedAt`.
 */
export const FieldTimesSchema = z.record(z.string().max(40), EpochMsSchema);
export type FieldTimes = z.infer<typeof FieldTimesSchema>;
