import type { ClassCourse } from '@/lib/course/class-view';
import { AREA_LABELS } from '@/lib/model/prep';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The class, per course and path: who handed in, how many conversations, every answer side by side. */
export function ClassView({ courses }: { courses: ClassCourse[] }) {
  if (courses.length === 0) return <p className="hint">No submissions imported yet.</p>;
  return (
    <div className="stack">
      {courses.map((course) => (
        <section key={course.uid} className="stack" aria-labelledby={`class-${course.uid}`}>
          <h4 id={`class-${course.uid}`}>{course.name}</h4>
          {course.paths.map((path) => (
            <section key={path.uid} className="card stack" aria-labelledby={`class-${course.uid}-${path.uid}`}>
              <h5 id={`class-${course.uid}-${path.uid}`}>{path.name}</h5>
              <p>
                {plural(path.students.length, 'student', 'students')} · {plural(path.conversations, 'conversation', 'conversations')}
              </p>
              <p className="hint">{path.students.join(', ')}</p>
              {path.areas.map((area) => (
                <div key={area.area} className="stack">
                  <h6>{area.area === 'unsorted' ? 'Other questions' : AREA_LABELS[area.area]}</h6>
                  {area.questions.map((question) => (
                    <table key={question.text} className="side-by-side">
                      <caption>{question.text}</caption>
                      <thead>
                        <tr>
                          <th scope="col">Student</th>
                          <th scope="col">Answers</th>
                        </tr>
                      </thead>
                      <tbody>
                        {question.students.map((row, i) => (
                          <tr key={`${row.student}-${i}`}>
                            <th scope="row">{row.student}</th>
                            <td>
                              <ul className="plain">
                                {row.answers.map((answer, j) => (
                                  <li key={j}>
                                    <span className="muted">{answer.person}:</span> {answer.text}
                                  </li>
                                ))}
                              </ul>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ))}
                </div>
              ))}
              {path.takeaways.length > 0 && (
                <div className="stack">
                  <h6>Takeaways</h6>
                  <ul>
                    {path.takeaways.map((takeaway, i) => (
                      <li key={i}>
                        {takeaway.text} <span className="muted">({takeaway.student})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
