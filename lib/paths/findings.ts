/**
 * What a career path taught the user, gathered from the rows: which contacts and conversations
 * belong to the path, its funnel, and every answer by area with the same question's answers side by
 * side. Pure — the caller reads the rows (storage) and this only shapes them — so the path page, the
 * deck, the Markdown export and a course submission all show the same findings.
 */
import type { CareerPath } from '@/lib/model/career-path';
import type { Contact } from '@/lib/model/contact';
import type { Findings, FindingsPerson } from '@/lib/model/findings';
import type { Interaction, Meeting } from '@/lib/model/history';
import { AREAS, type Area } from '@/lib/model/prep';

type Row<T> = T & { id: number };

export interface FindingsInput {
  path: Pick<CareerPath, 'uid' | 'name' | 'why' | 'term' | 'target' | 'synthesis'>;
  /** The path's contacts and anyone in their referral chain (others are ignored). */
  contacts: readonly Row<Contact>[];
  /** Meetings of those contacts (others are ignored). */
  meetings: readonly Row<Meeting>[];
  /** Interactions of those contacts: requests and replies make the funnel. */
  interactions: readonly Interaction[];
}

/** The paths a conversation explored: its own choice, else its contact's. */
export function meetingPaths(meeting: Pick<Meeting, 'pathUids'>, contact: Pick<Contact, 'pathUids'> | undefined): readonly string[] {
  return meeting.pathUids ?? contact?.pathUids ?? [];
}

/** A conversation held on the path (a scheduled one that hasn't happened yet is not). */
export function isHeldOnPath(meeting: Pick<Meeting, 'pathUids' | 'heldAt'>, contact: Pick<Contact, 'pathUids'> | undefined, pathUid: string): boolean {
  return meeting.heldAt !== undefined && meetingPaths(meeting, contact).includes(pathUid);
}

/** Questions are the same question when they read the same, ignoring case, spacing and a final "?". */
export function questionKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/gu, ' ').replace(/[\s?？]+$/u, '').trim();
}

/** The contacts on a path: chosen for it, or met in a conversation that explored it. */
export function pathContacts<C extends Row<Contact>>(pathUid: string, contacts: readonly C[], meetings: readonly Row<Meeting>[]): C[] {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const ids = new Set(contacts.filter((contact) => contact.pathUids?.includes(pathUid)).map((contact) => contact.id));
  for (const meeting of meetings) if (meeting.pathUids?.includes(pathUid) && byId.has(meeting.contactId)) ids.add(meeting.contactId);
  return contacts.filter((contact) => ids.has(contact.id));
}

/**
 * The funnel of a path, counted in people and conversations: people asked (a request logged, or a
 * reply or a conversation without one — a friend asked in person), people who answered (a reply, or
 * a conversation), conversations held on the path, and the target.
 */
export function pathFunnel(input: FindingsInput): Findings['funnel'] {
  const onPath = pathContacts(input.path.uid, input.contacts, input.meetings);
  const ids = new Set(onPath.map((contact) => contact.id));
  const byId = new Map(input.contacts.map((contact) => [contact.id, contact]));
  const asked = new Set<number>();
  const replied = new Set<number>();
  for (const interaction of input.interactions) {
    if (!ids.has(interaction.contactId)) continue;
    if (interaction.kind === 'request-sent') asked.add(interaction.contactId);
    if (interaction.kind === 'reply-received') replied.add(interaction.contactId);
  }
  let conversations = 0;
  for (const meeting of input.meetings) {
    if (!ids.has(meeting.contactId)) continue;
    if (meeting.heldAt !== undefined || meeting.scheduledAt !== undefined) replied.add(meeting.contactId);
    if (isHeldOnPath(meeting, byId.get(meeting.contactId), input.path.uid)) conversations += 1;
  }
  for (const id of replied) asked.add(id);
  return { requests: asked.size, replies: replied.size, conversations, target: input.path.target };
}

/**
 * Who is in a path's findings and under which key ("p1", "p2"…): its people in the order the user
 * met them, then the rest of the referral chain by name, with the conversations held on the path.
 */
function gatherPeople(input: FindingsInput) {
  const { path } = input;
  const byId = new Map(input.contacts.map((contact) => [contact.id, contact]));
  const onPath = pathContacts(path.uid, input.contacts, input.meetings);
  const onPathIds = new Set(onPath.map((contact) => contact.id));
  const held = input.meetings
    .filter((meeting) => onPathIds.has(meeting.contactId) && isHeldOnPath(meeting, byId.get(meeting.contactId), path.uid))
    .sort((a, b) => (a.heldAt ?? 0) - (b.heldAt ?? 0) || a.id - b.id);

  // Everyone in the chain that led to the path's people, following "referred by" up (cycles stop).
  const inChain = new Set(onPathIds);
  const referrals: { from: number; to: number }[] = [];
  const edges = new Set<string>();
  const addEdge = (from: number, to: number) => {
    const key = `${from}>${to}`;
    if (from === to || edges.has(key) || !byId.has(from) || !byId.has(to)) return;
    edges.add(key);
    referrals.push({ from, to });
  };
  const queue = [...onPathIds];
  while (queue.length > 0) {
    const contact = byId.get(queue.shift()!);
    const referrer = contact?.referredBy;
    if (contact === undefined || referrer === undefined || !byId.has(referrer)) continue;
    addEdge(referrer, contact.id);
    if (!inChain.has(referrer)) {
      inChain.add(referrer);
      queue.push(referrer);
    }
  }
  // A lead named in a conversation on the path, once it is a contact, is part of the chain too.
  for (const meeting of held) for (const lead of meeting.leads) if (lead.contactId !== undefined && inChain.has(lead.contactId)) addEdge(meeting.contactId, lead.contactId);

  // People in the order the user met them, then the rest by name.
  const firstMet = new Map<number, number>();
  for (const meeting of held) if (!firstMet.has(meeting.contactId)) firstMet.set(meeting.contactId, meeting.heldAt!);
  const ordered = input.contacts
    .filter((contact) => inChain.has(contact.id))
    .sort((a, b) => (firstMet.get(a.id) ?? Infinity) - (firstMet.get(b.id) ?? Infinity) || a.name.localeCompare(b.name, 'en') || a.id - b.id);
  const keyOf = new Map(ordered.map((contact, index) => [contact.id, `p${index + 1}`]));
  return { byId, onPathIds, held, referrals, ordered, firstMet, keyOf };
}

/** Which contact each person key of the (named) findings stands for, so the path page can link to them. */
export function personContactIds(input: FindingsInput): Record<string, number> {
  return Object.fromEntries([...gatherPeople(input).keyOf].map(([id, key]) => [key, id]));
}

export function buildFindings(input: FindingsInput): Findings {
  const { path } = input;
  const { byId, onPathIds, held, referrals, ordered, firstMet, keyOf } = gatherPeople(input);
  const people: FindingsPerson[] = ordered.map((contact) => ({
    key: keyOf.get(contact.id)!,
    label: contact.name,
    name: contact.name,
    ...(contact.currentTitle ? { title: contact.currentTitle } : {}),
    ...(contact.currentCompany ? { company: contact.currentCompany } : {}),
    ...(firstMet.has(contact.id) ? { metAt: firstMet.get(contact.id) } : {}),
    ...(contact.profileUrl ? { profileUrl: contact.profileUrl } : {}),
    onPath: onPathIds.has(contact.id),
  }));

  // Answers by area; a question without an area takes the one the contact's prepared question had.
  type Gathered = { text: string; answers: { person: string; text: string; at?: number }[] };
  const byArea = new Map<Area | 'unsorted', Map<string, Gathered>>();
  const takeaways: Findings['takeaways'] = [];
  const resources: Findings['resources'] = [];
  for (const meeting of held) {
    const person = keyOf.get(meeting.contactId)!;
    const prepared = new Map((byId.get(meeting.contactId)?.prepQuestions ?? []).map((q) => [questionKey(q.text), q.area]));
    for (const question of meeting.questions) {
      const answer = question.answer.trim();
      if (answer === '') continue;
      const key = questionKey(question.text);
      const area = question.area ?? prepared.get(key) ?? 'unsorted';
      const questions = byArea.get(area) ?? new Map<string, Gathered>();
      byArea.set(area, questions);
      const gathered = questions.get(key) ?? { text: question.text.trim(), answers: [] };
      questions.set(key, gathered);
      gathered.answers.push({ person, text: answer, at: meeting.heldAt });
    }
    for (const text of meeting.takeaways) takeaways.push({ person, text });
    for (const resource of meeting.resources ?? []) resources.push({ person, title: resource.title, ...(resource.url ? { url: resource.url } : {}) });
  }

  return {
    path: { name: path.name, ...(path.why ? { why: path.why } : {}), ...(path.term ? { term: path.term } : {}) },
    anonymised: false,
    people,
    areas: AREAS.map((area) => ({ area, questions: [...(byArea.get(area)?.values() ?? [])] })),
    unsorted: [...(byArea.get('unsorted')?.values() ?? [])],
    takeaways,
    resources,
    referrals: referrals.map(({ from, to }) => ({ from: keyOf.get(from)!, to: keyOf.get(to)! })),
    funnel: pathFunnel(input),
    synthesis: path.synthesis ?? {},
  };
}
