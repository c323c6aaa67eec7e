import { describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/model/contact';
import { FindingsSchema } from '@/lib/model/findings';
import type { Interaction, Meeting } from '@/lib/model/history';
import { buildFindings, pathFunnel, questionKey } from '@/lib/paths/findings';

const T = Date.UTC(2026, 9, 1, 12);
const DAY = 86_400_000;
const PATH = { uid: 'path-regaffairs', name: 'Regulatory affairs', why: 'I like rules that save lives', target: 5, synthesis: { personal: 'They all came from the lab.' } };

const contact = (id: number, name: string, extra: Partial<Contact> = {}): Contact & { id: number } => ({
  id, name, status: 'saved', tags: [], notes: '', experience: [], education: [], dismissedDue: [], createdAt: T, updatedAt: T, ...extra,
});
const meeting = (id: number, contactId: number, extra: Partial<Meeting> = {}): Meeting & { id: number } => ({
  id, uid: `meeting-${id}000000`, contactId, questions: [], takeaways: [], leads: [], ...extra,
});
const interaction = (contactId: number, kind: Interaction['kind'], at = T): Interaction => ({ uid: `i-${contactId}-${kind}-x`, contactId, kind, at });

function book() {
  const contacts = [
    contact(1, 'Ada Mensah', { pathUids: [PATH.uid], currentTitle: 'Regulatory Affairs Specialist', currentCompany: 'Novo', profileUrl: 'https://www.linkedin.com/in/ada/', prepQuestions: [{ text: 'What does a typical week look like?', area: 'personal' }] }),
    contact(2, 'Ben Ortiz', { pathUids: [PATH.uid], referredBy: 3 }),
    contact(3, 'Carla Teacher', { relationship: 'teacher' }),
    contact(4, 'Dee Elsewhere', { pathUids: ['path-other-one'] }),
    contact(5, 'Eve Asked', { pathUids: [PATH.uid] }),
  ];
  const meetings = [
    meeting(1, 1, { heldAt: T + 2 * DAY, questions: [
      { text: 'What does a typical week look like?', answer: 'Submissions and meetings' },
      { text: 'Which courses mattered?', answer: 'Pharmacology', area: 'qualifications' },
      { text: 'Anything else?', answer: '' },
    ], takeaways: ['Read the EU MDR summary'], resources: [{ title: 'RAPS', url: 'https://www.raps.org/' }] }),
    meeting(2, 2, { heldAt: T + DAY, questions: [{ text: 'what does a typical week look like', answer: 'Mostly writing', area: 'personal' }, { text: 'Odd one', answer: 'no area' }] }),
    meeting(3, 2, { scheduledAt: T + 9 * DAY }),
    meeting(4, 4, { heldAt: T, questions: [{ text: 'Which courses mattered?', answer: 'Not this path', area: 'qualifications' }] }),
    meeting(5, 1, { heldAt: T + 3 * DAY, pathUids: ['path-other-one'], questions: [{ text: 'Which courses mattered?', answer: 'Explored another path', area: 'qualifications' }] }),
  ];
  const interactions = [interaction(1, 'request-sent'), interaction(2, 'request-sent'), interaction(5, 'request-sent'), interaction(2, 'reply-received'), interaction(4, 'request-sent')];
  return { path: PATH, contacts, meetings, interactions };
}

describe('a career path’s findings', () => {
  it('puts the same question asked of two people side by side, under its area, in the order the conversations were held', () => {
    const findings = buildFindings(book());
    const personal = findings.areas.find((a) => a.area === 'personal')!;
    expect(personal.questions).toHaveLength(1);
    const ben = findings.people.find((p) => p.name === 'Ben Ortiz')!.key;
    const ada = findings.people.find((p) => p.name === 'Ada Mensah')!.key;
    expect(personal.questions[0]!.answers.map((a) => [a.person, a.text])).toEqual([[ben, 'Mostly writing'], [ada, 'Submissions and meetings']]);
    expect(findings.areas.find((a) => a.area === 'qualifications')!.questions[0]!.answers.map((a) => a.text)).toEqual(['Pharmacology']);
    expect(findings.unsorted.map((q) => q.text)).toEqual(['Odd one']);
    expect(findings.areas.map((a) => a.area)).toEqual(['personal', 'qualifications', 'landscape', 'leads']);
  });

  it('leaves out conversations on other paths, scheduled ones, and empty answers', () => {
    const text = JSON.stringify(buildFindings(book()));
    expect(text).not.toContain('Not this path');
    expect(text).not.toContain('Explored another path');
    expect(text).not.toContain('Anything else');
    expect(text).not.toContain('Dee Elsewhere');
  });

  it('counts the funnel in people asked, people who answered and conversations held, against the target', () => {
    expect(pathFunnel(book())).toEqual({ requests: 3, replies: 2, conversations: 2, target: 5 });
  });

  it('draws the referral chain up to the person who suggested a path contact, even off the path', () => {
    const findings = buildFindings(book());
    const key = (name: string) => findings.people.find((p) => p.name === name)!.key;
    expect(findings.referrals).toEqual([{ from: key('Carla Teacher'), to: key('Ben Ortiz') }]);
    expect(findings.people.find((p) => p.name === 'Carla Teacher')!.onPath).toBe(false);
  });

  it('keeps takeaways, resources and the synthesis, and is a valid findings document', () => {
    const findings = buildFindings(book());
    expect(findings.takeaways.map((t) => t.text)).toEqual(['Read the EU MDR summary']);
    expect(findings.resources).toEqual([{ person: expect.any(String), title: 'RAPS', url: 'https://www.raps.org/' }]);
    expect(findings.synthesis).toEqual({ personal: 'They all came from the lab.' });
    expect(FindingsSchema.safeParse(findings).success).toBe(true);
  });

  it('treats case, spacing and a final question mark as the same question', () => {
    expect(questionKey('  What  does a typical week look like? ')).toBe(questionKey('what does a typical week look like'));
  });
});
