import type { Course, Submission } from '@/lib/model/course';
import type { Findings } from '@/lib/model/findings';

export const T = Date.UTC(2026, 10, 2, 12);
export const DAY = 86_400_000;

export function course(extra: Partial<Course> = {}): Course {
  return {
    uid: 'course-health-101',
    name: 'Health careers 101',
    term: 'Autumn 2026',
    paths: [
      { uid: 'path-regaffairs', name: 'Regulatory affairs', why: 'Rules that keep patients safe', target: 3 },
      { uid: 'path-msl-0001', name: 'Medical science liaison', target: 4, dueAt: T + 30 * DAY },
    ],
    questions: [
      { text: 'What does a typical week look like?', area: 'personal', required: true },
      { text: 'Which courses mattered most?', area: 'qualifications', required: false },
    ],
    dueDates: [{ uid: 'due-presentation', label: 'Presentation', at: T + 5 * DAY }],
    presentation: 'Five slides: the path, the people, what surprised you.',
    ...extra,
  };
}

export function findings(answers: [question: string, person: string, text: string][], conversations = answers.length): Findings {
  const people = [...new Set(answers.map(([, person]) => person))];
  return {
    path: { name: 'Regulatory affairs' },
    anonymised: true,
    people: people.map((label, i) => ({ key: `p${i + 1}`, label, onPath: true })),
    areas: [{ area: 'personal', questions: [...new Set(answers.map(([q]) => q))].map((text) => ({ text, answers: answers.filter(([q]) => q === text).map(([, person, answer]) => ({ person: `p${people.indexOf(person) + 1}`, text: answer })) })) }],
    unsorted: [],
    takeaways: [{ person: 'p1', text: 'Start in quality assurance' }],
    resources: [],
    referrals: [],
    funnel: { requests: 4, replies: 3, conversations, target: 3 },
    synthesis: {},
  };
}

export function submission(student: string, extra: Partial<Submission> = {}): Submission {
  return {
    format: 'coffee-chats-submission',
    version: 1,
    uid: `sub-${student.toLowerCase().replace(/\W+/gu, '-')}-regaffairs`,
    submittedAt: T,
    course: { uid: 'course-health-101', name: 'Health careers 101' },
    path: { uid: 'path-regaffairs', name: 'Regulatory affairs' },
    student: { name: student },
    findings: findings([['What does a typical week look like?', 'a regulatory specialist at a medical-device maker', `${student}: submissions and meetings`]]),
    ...extra,
  };
}
