import type { Backup } from '@/lib/backup/format';
import {
  describePlan,
  planImport,
  resolvePlan,
  templateKey,
  type LocalContactKey,
  type LocalSnapshot,
} from '@/lib/backup/plan';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import { type Interaction, type Meeting } from '@/lib/model/history';
import { T0, backup, contact, interaction, meeting, template } from './build';

const DAY = 86_400_000;

function snapshot(
  parts: Partial<Omit<LocalSnapshot, 'meetings' | 'interactions'>> & { meetings?: Meeting[]; interactions?: Interaction[] } = {},
): LocalSnapshot {
  let next = 1000;
  return {
    contacts: parts.contacts ?? [],
    meetings: (parts.meetings ?? []).map((m) => ({ ...m, id: m.id ?? next++ })),
    interactions: (parts.interactions ?? []).map((i) => ({ ...i, id: i.id ?? next++ })),
    templateKeys: parts.templateKeys ?? new Set(),
    hasSettings: parts.hasSettings ?? false,
  };
}
const local = (id: number, fields: Partial<LocalContactKey> = {}): LocalContactKey => ({
  id,
  name: `Local ${id}`,
  experience: [],
  education: [],
  status: 'saved',
  tags: [],
  notes: '',
  dismissedDue: [],
  createdAt: T0,
  updatedAt: T0,
  ...fields,
});

describe('planImport matches contacts', () => {
  it.each<[string, LocalContactKey[], Partial<Parameters<typeof contact>[1]>, string]>([
    ['no local contact: new', [], {}, 'new'],
    ['same slug, backup newer: update', [local(70, { slug: 'person-1' })], { updatedAt: T0 + DAY }, 'match 70'],
    ['same slug, same updatedAt: unchanged', [local(70, { slug: 'person-1' })], {}, 'match 70'],
    ['same slug, local newer: unchanged', [local(70, { slug: 'person-1', updatedAt: T0 + DAY })], {}, 'match 70'],
    ['lead by name and createdAt', [local(70, { name: 'Sam' })], { slug: undefined, name: 'Sam', updatedAt: T0 + 1 }, 'match 70'],
    ['lead with the same name, saved another time: new', [local(70, { name: 'Sam', createdAt: T0 - 1 })], { slug: undefined, name: 'Sam' }, 'new'],
    ['lead linked to a profile since, locally', [local(70, { name: 'Sam', slug: 'sam-l' })], { slug: undefined, name: 'Sam' }, 'match 70'],
    ['lead linked to a profile since, in the backup', [local(70, { name: 'Sam' })], { slug: 'sam-l', name: 'Sam' }, 'match 70'],
    ['same name and date, different profiles: new', [local(70, { name: 'Sam', slug: 'sam-a' })], { slug: 'sam-b', name: 'Sam' }, 'new'],
  ])('%s', (_case, contacts, fields, expected) => {
    const plan = planImport(snapshot({ contacts }), backup({ contacts: [contact(1, fields)] }));
    const [first] = plan.newContacts;
    const ref = plan.contactRefs.get(1);
    const outcome = first ? 'new' : `match ${ref?.kind === 'local' ? ref.id : '?'}`;
    expect(outcome).toBe(expected);
  });

  it('lets a slug match win over a name match for the same local contact, whatever the order', () => {
    const lead = contact(1, { slug: undefined, name: 'Sam' });
    const profile = contact(2, { slug: 'sam-l', name: 'Samuel' });
    const plan = planImport(snapshot({ contacts: [local(70, { name: 'Sam', slug: 'sam-l' })] }), backup({ contacts: [lead, profile] }));
    expect(plan.contactRefs.get(2)).toEqual({ kind: 'local', id: 70 });
    expect(plan.contactRefs.get(1)).toEqual({ kind: 'new', index: 0 });
  });

  it('writes new contacts without the backup’s ids', () => {
    const plan = planImport(snapshot(), backup({ contacts: [contact(5, { referredBy: 6 }), contact(6)] }));
    expect(plan.newContacts.map((c) => c.name)).toEqual(['Person 5', 'Person 6']);
    expect(plan.newContacts[0]).not.toHaveProperty('id');
    expect(plan.newContacts[0]).not.toHaveProperty('referredBy');
  });
});

describe('planImport adds meetings and interactions', () => {
  const file = backup({
    contacts: [contact(1), contact(2)],
    meetings: [meeting(10, 1, { heldAt: T0 }), meeting(11, 1, { heldAt: T0 + DAY }), meeting(12, 2)],
    interactions: [interaction(20, 1, { kind: 'request-sent', at: T0 }), interaction(21, 1, { kind: 'note', at: T0 }), interaction(22, 2)],
  });
  // Local contact 70 is backup contact 1, and already has one of its meetings and one of its interactions (same uids).
  const plan = planImport(
    snapshot({
      contacts: [local(70, { slug: 'person-1' })],
      meetings: [{ uid: 'meeting-0010', contactId: 70, heldAt: T0, questions: [], takeaways: [], leads: [] }],
      interactions: [{ uid: 'interaction-0020', contactId: 70, kind: 'request-sent', at: T0 }],
    }),
    file,
  );

  it('recognises a record of a file without uids by its contact and time', () => {
    const { uid: gone, ...old } = meeting(10, 1, { heldAt: T0 });
    void gone;
    const legacy = planImport(
      snapshot({ contacts: [local(70, { slug: 'person-1' })], meetings: [{ uid: 'mine-1', contactId: 70, heldAt: T0, questions: [], takeaways: [], leads: [] }] }),
      backup({ contacts: [contact(1)], meetings: [old] }),
    );
    expect(legacy.counts.meetings).toBe(0);
  });

  it('keeps every record of a new contact and only the missing ones of a matched contact', () => {
    expect(plan.meetings.map((m) => m.heldAt)).toEqual([T0 + DAY, T0 + 12]);
    expect(plan.interactions.map((i) => `${i.contactId} ${i.kind}`)).toEqual(['1 note', '2 note']);
    expect(plan.meetings[0]).not.toHaveProperty('id');
  });

  it('maps each record to its contact’s real id once the new contacts have ids', () => {
    const resolved = resolvePlan(plan, [501]);
    expect(resolved.meetings.map((m) => m.contactId)).toEqual([70, 501]);
    expect(resolved.interactions.map((i) => i.contactId)).toEqual([70, 501]);
  });
});

describe('resolvePlan', () => {
  it('remaps referredBy between new, updated and unchanged contacts', () => {
    const file = backup({
      contacts: [
        contact(1, { updatedAt: T0 + DAY, referredBy: 3 }), // matched local 70, newer: update, referred by a new contact
        contact(2, { referredBy: 1 }), // new, referred by a matched contact
        contact(3, { referredBy: 2 }), // new, referred by a new contact
        contact(4), // new, referred by nobody
      ],
    });
    const plan = planImport(snapshot({ contacts: [local(70, { slug: 'person-1' })] }), file);
    const resolved = resolvePlan(plan, [502, 503, 504]);
    expect(resolved.contacts.map((c) => [c.id, c.name, c.referredBy])).toEqual([
      [70, 'Person 1', 503],
      [502, 'Person 2', 70],
      [503, 'Person 3', 502],
    ]);
  });

  it('remaps a lead’s contact and forgets one that is not in the file, keeping the lead', () => {
    const leads = [
      { name: 'Kim', contactId: 2 },
      { name: 'Lee', contactId: 99 },
      { name: 'Noor' },
    ];
    const plan = planImport(snapshot(), backup({ contacts: [contact(1), contact(2)], meetings: [meeting(1, 1, { leads })] }));
    expect(resolvePlan(plan, [601, 602]).meetings[0]?.leads).toEqual([{ name: 'Kim', contactId: 602 }, { name: 'Lee' }, { name: 'Noor' }]);
  });

  it('refuses ids that do not match the new contacts', () => {
    const plan = planImport(snapshot(), backup({ contacts: [contact(1)] }));
    expect(() => resolvePlan(plan, [])).toThrow('got 0 ids for 1 new contacts');
  });
});

describe('planImport settings and templates', () => {
  it.each([
    ['imports settings when the user has none', false, DEFAULT_SETTINGS, DEFAULT_SETTINGS],
    ['never overwrites the user’s settings', true, DEFAULT_SETTINGS, null],
    ['has nothing to import when the file has none', false, null, null],
  ])('%s', (_case, hasSettings, settings, expected) => {
    const plan = planImport(snapshot({ hasSettings }), backup({ settings }));
    expect(plan.settings).toEqual(expected);
    expect(plan.counts.settings).toBe(expected !== null);
  });

  it('adds templates whose kind and name are new, once each', () => {
    const file = backup({
      templates: [template('Short', { id: 4 }), template('Short', { kind: 'follow-up' }), template('Long'), template('Long')],
    });
    const plan = planImport(snapshot({ templateKeys: new Set([templateKey({ kind: 'thank-you', name: 'Short' })]) }), file);
    expect(plan.templates.map((t) => `${t.kind} ${t.name}`)).toEqual(['follow-up Short', 'thank-you Long']);
    expect(plan.templates.every((t) => t.id === undefined)).toBe(true);
  });
});

describe('describePlan', () => {
  const counts = { added: 12, updated: 3, unchanged: 1, meetings: 20, interactions: 45, meetingsUpdated: 2, interactionsUpdated: 0, templates: 0, settings: false, paths: 0, pathsUpdated: 0, courses: 0, coursesUpdated: 0, submissions: 0, submissionsUpdated: 0 };
  const base = '12 new, 3 updated, 1 unchanged · meetings: 20 added, 2 updated · interactions: 45 added, 0 updated';
  it.each([
    [counts, base],
    [{ ...counts, settings: true, templates: 2 }, `${base} · settings, 2 templates`],
    [{ ...counts, templates: 1 }, `${base} · 1 template`],
    [{ ...counts, paths: 2, pathsUpdated: 1 }, `${base} · career paths: 2 added, 1 updated`],
    [{ ...counts, courses: 1, coursesUpdated: 0, submissions: 3, submissionsUpdated: 1, settings: true }, `${base} · courses: 1 added, 0 updated · class submissions: 3 added, 1 updated · settings`],
  ])('%o → %s', (planCounts, text) => {
    expect(describePlan({ counts: planCounts })).toBe(text);
  });
});

describe('importing the same file twice', () => {
  it('changes nothing the second time', () => {
    const file = backup({
      contacts: [contact(1), contact(2, { slug: undefined, name: 'Lead', referredBy: 1 })],
      meetings: [meeting(1, 1), meeting(2, 2, { heldAt: undefined, scheduledAt: T0 })],
      interactions: [interaction(1, 1), interaction(2, 2)],
      templates: [template('Short')],
      settings: DEFAULT_SETTINGS,
    });
    const first = planImport(snapshot(), file);
    const applied = resolvePlan(first, [100, 101]);
    const after = snapshot({
      contacts: first.newContacts.map((c, index) => ({ ...c, id: 100 + index, ...(index === 1 ? { referredBy: 100 } : {}) })),
      meetings: applied.meetings,
      interactions: applied.interactions,
      templateKeys: new Set(first.templates.map(templateKey)),
      hasSettings: true,
    });
    expect(describePlan(first)).toBe('2 new, 0 updated, 0 unchanged · meetings: 2 added, 0 updated · interactions: 2 added, 0 updated · settings, 1 template');
    expect(describePlan(planImport(after, file))).toBe('0 new, 0 updated, 2 unchanged · meetings: 0 added, 0 updated · interactions: 0 added, 0 updated');
  });
});

describe('planImport at scale', () => {
  it('plans 10,000 contacts and 50,000 interactions without losing or doubling anything', () => {
    const contacts = Array.from({ length: 10_000 }, (_, i) => ({
      ...contact(1),
      id: i + 1,
      slug: `person-${i + 1}`,
      name: `Person ${i + 1}`,
      updatedAt: T0 + (i % 3) * DAY,
      referredBy: i > 0 ? i : undefined,
    }));
    const interactions = Array.from({ length: 50_000 }, (_, i) => ({ id: i + 1, contactId: (i % 10_000) + 1, kind: 'note' as const, at: T0 + i }));
    const meetings = Array.from({ length: 10_000 }, (_, i) => ({ ...meeting(1, 1), id: i + 1, contactId: i + 1, heldAt: T0 + i }));
    const file: Backup = { ...backup(), contacts, interactions, meetings };
    // Half the people are already here, with half of their interactions.
    const here = snapshot({
      contacts: Array.from({ length: 5_000 }, (_, i) =>
        local(i + 1, { slug: `person-${i + 1}`, profileUrl: `https://www.linkedin.com/in/person-${i + 1}/`, updatedAt: T0 + DAY }),
      ),
      // Written before records had uids: recognised by contact, kind and time.
      interactions: interactions.filter((x) => x.contactId <= 5_000 && x.at % 2 === 0).map((x) => ({ ...x, uid: `here-${x.id}` })),
    });

    // Names written at the same time on both sides: the tie goes to one value on both sides (by content).
    // Speed is measured by `npm run bench` (import vs raw bulkPut), not asserted here.
    const plan = planImport(here, file);
    const resolved = resolvePlan(plan, plan.newContacts.map((_, i) => 20_000 + i));
    expect(describePlan(plan)).toBe('5000 new, 3333 updated, 1667 unchanged · meetings: 10000 added, 0 updated · interactions: 37500 added, 0 updated');
    expect(resolved.contacts).toHaveLength(3333 + 5000);
  }, 30_000);
});
