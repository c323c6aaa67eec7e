/**
 * The class as a teacher discusses it: per course and path, how many students handed in and how
 * many conversations they held, and every question's answers by area, student beside student.
 */
import type { Submission } from '@/lib/model/course';
import type { Findings } from '@/lib/model/findings';
import { AREAS, type Area } from '@/lib/model/prep';
import { questionKey } from '@/lib/paths/findings';

export interface StudentAnswers {
  student: string;
  /** Each answer with who gave it, as the student's file names them. */
  answers: { person: string; text: string }[];
}

export interface ClassQuestion {
  text: string;
  students: StudentAnswers[];
}

export interface ClassPath {
  uid: string;
  name: string;
  students: string[];
  conversations: number;
  areas: { area: Area | 'unsorted'; questions: ClassQuestion[] }[];
  takeaways: { student: string; text: string }[];
}

export interface ClassCourse {
  uid: string;
  name: string;
  paths: ClassPath[];
}

type Sub = Pick<Submission, 'course' | 'path' | 'student' | 'findings'>;

function byName<T extends { name: string }>(a: T, b: T) {
  return a.name.localeCompare(b.name, 'en');
}

/** Submissions grouped by course, then path (both by name), each question's answers side by side. */
export function classView(submissions: readonly Sub[]): ClassCourse[] {
  const courses = new Map<string, { uid: string; name: string; paths: Map<string, Sub[]> }>();
  for (const submission of submissions) {
    const course = courses.get(submission.course.uid) ?? { uid: submission.course.uid, name: submission.course.name, paths: new Map<string, Sub[]>() };
    courses.set(course.uid, course);
    const list = course.paths.get(submission.path.uid) ?? [];
    course.paths.set(submission.path.uid, [...list, submission]);
  }
  return [...courses.values()]
    .map((course) => ({ uid: course.uid, name: course.name, paths: [...course.paths.entries()].map(([uid, subs]) => classPath(uid, subs)).sort(byName) }))
    .sort(byName);
}

function classPath(uid: string, subs: Sub[]): ClassPath {
  const sorted = [...subs].sort((a, b) => a.student.name.localeCompare(b.student.name, 'en'));
  const areas = new Map<Area | 'unsorted', Map<string, ClassQuestion>>();
  for (const sub of sorted) {
    const label = personLabels(sub.findings);
    const add = (area: Area | 'unsorted', questions: Findings['unsorted']) => {
      const byKey = areas.get(area) ?? new Map<string, ClassQuestion>();
      areas.set(area, byKey);
      for (const question of questions) {
        const key = questionKey(question.text);
        const gathered = byKey.get(key) ?? { text: question.text, students: [] };
        byKey.set(key, gathered);
        gathered.students.push({ student: sub.student.name, answers: question.answers.map((answer) => ({ person: label(answer.person), text: answer.text })) });
      }
    };
    for (const area of sub.findings.areas) add(area.area, area.questions);
    add('unsorted', sub.findings.unsorted);
  }
  const order = [...AREAS, 'unsorted'] as const;
  return {
    uid,
    name: sorted[0]!.path.name,
    students: [...new Set(sorted.map((sub) => sub.student.name))],
    conversations: sorted.reduce((sum, sub) => sum + sub.findings.funnel.conversations, 0),
    areas: order.flatMap((area) => {
      const questions = areas.get(area);
      return questions && questions.size > 0 ? [{ area, questions: [...questions.values()] }] : [];
    }),
    takeaways: sorted.flatMap((sub) => sub.findings.takeaways.map((takeaway) => ({ student: sub.student.name, text: takeaway.text }))),
  };
}

function personLabels(findings: Findings): (key: string) => string {
  const labels = new Map(findings.people.map((person) => [person.key, person.label]));
  return (key) => labels.get(key) ?? key;
}
