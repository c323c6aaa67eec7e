/**
 * Career paths in a backup against the ones this browser has: a path is matched by its uid (a
 * path made here, or from the same course pack, keeps it everywhere) or, failing that, by its
 * name (the same path made by hand in two browsers). A matched path is merged field by field,
 * the later write winning; a path this browser never had is added. Pure: the storage layer
 * reads the rows and writes what this decides.
 */
import { PATH_WRITTEN_FIELDS, type CareerPath, type StoredCareerPath } from '@/lib/model/career-path';
import { mergeFields } from './field-times';

export interface PathsPlan {
  /** Paths new to this browser, as they will be added (no id). */
  added: CareerPath[];
  /** Paths both have, with what the backup wrote later merged in. */
  updated: { id: number; record: StoredCareerPath; fromBackup: string[] }[];
  /** A backup path's uid → the uid it has here (the same, unless matched by name). */
  uidOf: ReadonlyMap<string, string>;
}

const nameKey = (name: string) => name.toLocaleLowerCase('en');

export function planPaths(incoming: readonly CareerPath[], local: readonly StoredCareerPath[]): PathsPlan {
  const byUid = new Map(local.map((path) => [path.uid, path]));
  const byName = new Map<string, StoredCareerPath>();
  for (const path of local) if (!byName.has(nameKey(path.name))) byName.set(nameKey(path.name), path);
  const incomingUids = new Set(incoming.map((path) => path.uid));
  const claimed = new Set<number>();
  const uidOf = new Map<string, string>();
  const added: CareerPath[] = [];
  const updated: PathsPlan['updated'] = [];
  for (const { id: _fileId, ...path } of incoming) {
    void _fileId;
    const byItsName = byName.get(nameKey(path.name));
    // A name match only pairs two paths that do not each have their own copy in the other's list.
    const mine = byUid.get(path.uid) ?? (byItsName && !incomingUids.has(byItsName.uid) ? byItsName : undefined);
    if (mine === undefined || claimed.has(mine.id)) {
      uidOf.set(path.uid, path.uid);
      if (!byUid.has(path.uid)) added.push(path);
      continue;
    }
    claimed.add(mine.id);
    uidOf.set(path.uid, mine.uid);
    const { record, taken } = mergeFields<StoredCareerPath>(mine, { ...path, id: mine.id, uid: mine.uid }, PATH_WRITTEN_FIELDS);
    if (taken.length > 0) updated.push({ id: mine.id, record, fromBackup: taken });
  }
  return { added, updated, uidOf };
}

/** The uids a record may name after the import: this browser's paths and the backup's. */
export function knownPathUids(plan: PathsPlan, local: readonly Pick<CareerPath, 'uid'>[]): Set<string> {
  return new Set([...local.map((path) => path.uid), ...plan.uidOf.values()]);
}

/**
 * A contact's or meeting's paths as they will be here: renamed to the local uid, and without a
 * path neither side has (a file edited by hand). Unset stays unset ("the contact's paths").
 */
export function localPathUids<T extends { pathUids?: string[] }>(record: T, plan: PathsPlan, known: ReadonlySet<string>): T {
  if (record.pathUids === undefined) return record;
  const pathUids = [...new Set(record.pathUids.map((uid) => plan.uidOf.get(uid) ?? uid).filter((uid) => known.has(uid)))];
  return { ...record, pathUids };
}
