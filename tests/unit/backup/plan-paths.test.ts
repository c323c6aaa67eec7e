/**
 * Career paths merged from a backup (lib/backup/plan-paths.ts): two browsers edit their paths on
 * their own, then each imports the other's. Whatever the edits (fast-check picks them), both end
 * with the same paths, each field holding the value written last, and no path is lost.
 */
import fc from 'fast-check';
import { planPaths } from '@/lib/backup/plan-paths';
import { CareerPathSchema, PATH_WRITTEN_FIELDS, type StoredCareerPath } from '@/lib/model/career-path';

const T = Date.UTC(2026, 10, 16, 9);
const UIDS = ['path-0001', 'path-0002', 'path-0003', 'path-0004'];

type Edit = { name?: string; why?: string; target?: number; term?: string; archived?: boolean; at: number };

/** One side's copy of a path: its starting state with the side's edits, each stamped when written. */
function copy(uid: string, index: number, edits: readonly Edit[]): StoredCareerPath {
  const path: Record<string, unknown> = { id: index + 1, uid, name: `Path ${uid}`, target: 5, synthesis: {}, createdAt: T, updatedAt: T, fieldsAt: { name: T, target: T, synthesis: T } };
  const times = path.fieldsAt as Record<string, number>;
  for (const edit of [...edits].sort((a, b) => a.at - b.at)) {
    // Names stay unique to their path, so only uids match (matching by name is tested by example elsewhere).
    if (edit.name !== undefined) path.name = `${edit.name} (${uid})`;
    for (const key of ['why', 'target', 'term'] as const) if (edit[key] !== undefined) path[key] = edit[key];
    if (edit.archived !== undefined) path.archivedAt = edit.archived ? edit.at : undefined;
    for (const key of ['name', 'why', 'target', 'term'] as const) if (edit[key] !== undefined) times[key] = edit.at;
    if (edit.archived !== undefined) times.archivedAt = edit.at;
    path.updatedAt = Math.max(path.updatedAt as number, edit.at);
  }
  return { ...CareerPathSchema.parse(path), id: index + 1 } as StoredCareerPath;
}

/** What a browser holds after importing `file` into `local`. */
function imported(local: readonly StoredCareerPath[], file: readonly StoredCareerPath[]): Map<string, StoredCareerPath> {
  const plan = planPaths(file, local);
  const result = new Map(local.map((path) => [path.uid, path]));
  for (const { record } of plan.updated) result.set(record.uid, record);
  for (const path of plan.added) result.set(path.uid, { ...path, id: 0 } as StoredCareerPath);
  return result;
}

const written = (path: StoredCareerPath) => Object.fromEntries(PATH_WRITTEN_FIELDS.map((field) => [field, path[field]]));

const edit: fc.Arbitrary<Edit> = fc.record(
  {
    name: fc.constantFrom('Regulatory affairs', 'UX research', 'Bioprocess'),
    why: fc.constantFrom('Patients first', 'I like rules', ''),
    target: fc.integer({ min: 1, max: 100 }),
    term: fc.constantFrom('Autumn 2026', 'Spring 2027'),
    archived: fc.boolean(),
    at: fc.integer({ min: T + 1, max: T + 1_000 }),
  },
  { requiredKeys: ['at'] },
);
/** Per path: does each side have it, and what did each side write. */
const side = fc.record({ has: fc.boolean(), edits: fc.array(edit, { maxLength: 3 }) });
const world = fc.array(fc.record({ a: side, b: side }), { minLength: UIDS.length, maxLength: UIDS.length });

describe('career paths merged both ways', () => {
  it('end the same on both sides, nothing lost, each field the later write', () => {
    fc.assert(
      fc.property(world, (paths) => {
        const a = paths.flatMap(({ a }, i) => (a.has ? [copy(UIDS[i]!, i, a.edits)] : []));
        const b = paths.flatMap(({ b }, i) => (b.has ? [copy(UIDS[i]!, i, b.edits)] : []));
        const onA = imported(a, b);
        const onB = imported(b, a);
        const everyUid = new Set([...a, ...b].map((path) => path.uid));
        expect(new Set(onA.keys())).toEqual(everyUid);
        expect(new Set(onB.keys())).toEqual(everyUid);
        for (const uid of everyUid) {
          expect(written(onA.get(uid)!)).toEqual(written(onB.get(uid)!));
          // A field one side wrote later than the other holds that side's value.
          const mine = a.find((path) => path.uid === uid);
          const theirs = b.find((path) => path.uid === uid);
          if (!mine || !theirs) continue;
          for (const field of PATH_WRITTEN_FIELDS) {
            const atA = mine.fieldsAt?.[field] ?? 0;
            const atB = theirs.fieldsAt?.[field] ?? 0;
            if (atA !== atB) expect(onA.get(uid)![field]).toEqual((atA > atB ? mine : theirs)[field]);
          }
        }
      }),
    );
  });
});
