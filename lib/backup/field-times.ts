/**
 * Field by field, last write wins: every write notes when it changed each field (`fieldsAt`),
 * and a merge of two copies of one record takes each field from the copy that wrote it last.
 * So a note typed in one browser and a takeaway typed in another both survive a backup moved
 * between them, whichever is imported into which. Pure: the storage layer calls it.
 */
import type { FieldTimes } from '@/lib/model/primitives';

export interface WithFieldTimes {
  updatedAt?: number;
  fieldsAt?: FieldTimes;
}

/** One value's identity for comparing: arrays and objects by content, key order ignored. */
function canonical(value: unknown): string {
  if (value === undefined) return 'u';
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonical(a) === canonical(b);
}

/** When `record` last wrote `field`: its stamp, or for a record that never kept stamps, its `updatedAt`. */
export function writtenAt(record: WithFieldTimes, field: string): number {
  if (record.fieldsAt === undefined) return record.updatedAt ?? 0;
  return record.fieldsAt[field] ?? 0;
}

/**
 * The field times of `after`, written at `now` over `before` (undefined for a new record): each
 * field in `fields` whose value changed gets `now`. A record that kept no stamps yet starts from
 * its `updatedAt` for every field it had, so nothing it held looks newer or older than it was.
 */
export function stampFields<T extends WithFieldTimes>(
  before: T | undefined,
  after: T,
  fields: readonly (keyof T & string)[],
  now: number,
): FieldTimes {
  const times: FieldTimes = { ...(before ? startingTimes(before, fields) : {}) };
  for (const field of fields) {
    if (before === undefined ? after[field] !== undefined : !sameValue(before[field], after[field])) times[field] = now;
  }
  return times;
}

function startingTimes<T extends WithFieldTimes>(record: T, fields: readonly (keyof T & string)[]): FieldTimes {
  if (record.fieldsAt !== undefined) return record.fieldsAt;
  const times: FieldTimes = {};
  for (const field of fields) if (record[field] !== undefined) times[field] = record.updatedAt ?? 0;
  return times;
}

export interface MergeOptions<T> {
  /** Fields a merge may fill but never empty (a profile link made on one side). */
  neverCleared?: readonly (keyof T & string)[];
  /** Fields whose two values are joined rather than chosen (a list of dismissed steps). */
  union?: readonly (keyof T & string)[];
  /** Compares two values of a field (default: by content). */
  same?: (field: keyof T & string, a: unknown, b: unknown) => boolean;
}

export interface Merged<T> {
  record: T;
  /** The fields taken from `incoming`. */
  taken: (keyof T & string)[];
}

/**
 * `local` with every field `incoming` wrote later. On a tie the larger value (by content) wins,
 * so merging A into B and B into A ends with the same record on both sides.
 */
export function mergeFields<T extends WithFieldTimes>(
  local: T,
  incoming: T,
  fields: readonly (keyof T & string)[],
  options: MergeOptions<T> = {},
): Merged<T> {
  const same = options.same ?? ((_field, a, b) => sameValue(a, b));
  const record = { ...local } as T;
  const times: FieldTimes = {};
  const taken: (keyof T & string)[] = [];
  for (const field of fields) {
    const localAt = writtenAt(local, field);
    const incomingAt = writtenAt(incoming, field);
    const at = Math.max(localAt, incomingAt);
    if (at > 0) times[field] = at;
    const mine = local[field];
    const theirs = incoming[field];
    if (same(field, mine, theirs)) continue;
    if (options.union?.includes(field) && Array.isArray(mine) && Array.isArray(theirs)) {
      record[field] = [...new Set([...(mine as unknown[]), ...(theirs as unknown[])])] as T[typeof field];
      taken.push(field);
      continue;
    }
    if (theirs === undefined && options.neverCleared?.includes(field)) continue;
    if (mine === undefined && theirs !== undefined && options.neverCleared?.includes(field)) {
      record[field] = theirs;
      taken.push(field);
      continue;
    }
    const theirsWins = incomingAt > localAt || (incomingAt === localAt && canonical(theirs) > canonical(mine));
    if (theirsWins) {
      record[field] = theirs;
      taken.push(field);
    }
  }
  record.fieldsAt = times;
  record.updatedAt = Math.max(local.updatedAt ?? 0, incoming.updatedAt ?? 0) || local.updatedAt;
  return { record, taken };
}
