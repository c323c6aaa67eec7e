import { useId, type ReactNode } from 'react';
import type { Findings, FindingsPerson } from '@/lib/model/findings';
import { AREA_LABELS, type Area } from '@/lib/model/prep';

type Question = Findings['unsorted'][number];

export interface PathFindingsProps {
  findings: Findings;
  /** The contact each person key stands for: each name links to the contact. */
  contactIds: Readonly<Record<string, number>>;
  /** What goes under each area's answers: the user's synthesis of it. */
  synthesis: (area: Area) => ReactNode;
}

/** A person's name, linked to their contact when the path page knows it. */
function personLinker(findings: Findings, contactIds: PathFindingsProps['contactIds']) {
  const byKey = new Map(findings.people.map((person) => [person.key, person]));
  return (key: string): ReactNode => {
    const label = byKey.get(key)?.label ?? 'Someone';
    const id = contactIds[key];
    return id === undefined ? label : <a href={`#contact/${id}`}>{label}</a>;
  };
}

function role(person: FindingsPerson): string {
  return [person.title, person.company].filter(Boolean).join(' at ');
}

/** The people of a path: who the user talked with, and who led them there. */
export function PathPeople({ findings, contactIds }: Pick<PathFindingsProps, 'findings' | 'contactIds'>) {
  const person = personLinker(findings, contactIds);
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>People</h2>
      {findings.people.length === 0 ? (
        <p className="hint">No one yet. Choose this path when you save a person or log a meeting, and they show here.</p>
      ) : (
        <ul className="path-people">
          {findings.people.map((each) => (
            <li key={each.key}>
              {person(each.key)}
              {role(each) && <span className="hint"> · {role(each)}</span>}
              <span className="hint">
                {' · '}
                {each.metAt !== undefined
                  ? `talked ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(each.metAt)}`
                  : each.onPath
                    ? 'no conversation yet'
                    : 'referred you to someone on this path'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What a path taught the user: by area, each question with everyone's answers side by side (cards
 * that sit in a row on a wide page and wrap on a narrow one or on paper), the unsorted questions,
 * the takeaways and resources with who gave them, and the user's synthesis per area.
 */
export function PathFindings({ findings, contactIds, synthesis }: PathFindingsProps) {
  const person = personLinker(findings, contactIds);
  const id = useId();
  const questions = (list: readonly Question[], prefix: string) =>
    list.map((question, index) => (
      <div key={question.text} className="question">
        <h4 id={`${id}-${prefix}-${index}`}>{question.text}</h4>
        <ul className="answers" aria-labelledby={`${id}-${prefix}-${index}`}>
          {question.answers.map((answer, at) => (
            <li key={`${answer.person}-${at}`} className="answer">
              <span className="answer-who">
                {person(answer.person)}
              </span>
              <p className="answer-text">{answer.text}</p>
            </li>
          ))}
        </ul>
      </div>
    ));

  return (
    <section className="card stack findings" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>What this path taught me</h2>
      {findings.areas.map(({ area, questions: list }) => (
        <section key={area} className="stack area" aria-labelledby={`${id}-${area}`}>
          <h3 id={`${id}-${area}`}>{AREA_LABELS[area]}</h3>
          {list.length === 0 ? <p className="hint">No answers in this area yet.</p> : questions(list, area)}
          {synthesis(area)}
        </section>
      ))}
      {findings.unsorted.length > 0 && (
        <section className="stack area" aria-labelledby={`${id}-unsorted`}>
          <h3 id={`${id}-unsorted`}>Unsorted questions</h3>
          <p className="hint">Questions asked without an area. Give a prepared question its area and its answers move there.</p>
          {questions(findings.unsorted, 'unsorted')}
        </section>
      )}
      <section className="stack area" aria-labelledby={`${id}-takeaways`}>
        <h3 id={`${id}-takeaways`}>Takeaways</h3>
        {findings.takeaways.length === 0 ? (
          <p className="hint">No takeaways yet.</p>
        ) : (
          <ul>
            {findings.takeaways.map((takeaway, index) => (
              <li key={index}>
                {takeaway.text} <span className="hint">— {person(takeaway.person)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="stack area" aria-labelledby={`${id}-resources`}>
        <h3 id={`${id}-resources`}>Recommended resources</h3>
        {findings.resources.length === 0 ? (
          <p className="hint">No resources yet.</p>
        ) : (
          <ul>
            {findings.resources.map((resource, index) => (
              <li key={index}>
                {resource.url ? (
                  <a href={resource.url} target="_blank" rel="noreferrer">
                    {resource.title}
                  </a>
                ) : (
                  resource.title
                )}{' '}
                <span className="hint">
                  — suggested by {person(resource.person)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
