import { preparedQuestions, type CourseQuestionOffer } from '@/lib/prep/prepared';
import { NOW, USER, profile } from './profiles';

const COURSE: CourseQuestionOffer[] = [
  { text: 'What does a typical week look like in regulatory affairs?', area: 'personal', required: true, course: 'Health careers 101' },
  { text: 'Which certifications matter most?', area: 'qualifications', required: false, course: 'Health careers 101' },
];
const person = profile({ name: 'Sam Doe', currentTitle: 'Regulatory Affairs Specialist', currentCompany: 'Globex' });

describe('prep questions with a course pack', () => {
  it('puts the course’s required, then suggested questions first in fresh suggestions, each saying where it comes from', () => {
    const { questions, suggested } = preparedQuestions(person, USER, NOW, undefined, undefined, COURSE);
    expect(suggested).toBe(true);
    expect(questions.slice(0, 2)).toEqual([
      { text: COURSE[0]!.text, area: 'personal', reason: 'Required by Health careers 101' },
      { text: COURSE[1]!.text, area: 'qualifications', reason: 'Suggested by Health careers 101' },
    ]);
    expect(questions.length).toBeGreaterThan(2);
  });

  it('adds a required question an arrangement lacks, and never repeats one it has (ignoring case and the "?")', () => {
    const saved = [{ text: 'which certifications matter most', area: 'qualifications' as const }];
    expect(preparedQuestions(person, USER, NOW, saved, undefined, COURSE).questions).toEqual([
      ...saved,
      { text: COURSE[0]!.text, area: 'personal', reason: 'Required by Health careers 101' },
    ]);
    const withRequired = [{ text: 'What does a typical week look like in regulatory affairs', area: 'personal' as const }];
    expect(preparedQuestions(person, USER, NOW, withRequired, undefined, COURSE).questions).toEqual(withRequired);
  });

  it('changes nothing without a course', () => {
    expect(preparedQuestions(person, USER, NOW, undefined)).toEqual(preparedQuestions(person, USER, NOW, undefined, undefined, []));
  });
});
