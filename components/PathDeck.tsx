import { useMemo, useState } from 'react';
import type { Findings } from '@/lib/model/findings';
import { AREA_LABELS, type Area } from '@/lib/model/prep';
import { anonymiseFindings } from '@/lib/paths/anonymise';
import { findingsToMarkdown, funnelSentence, personLine } from '@/lib/paths/markdown';
import { dated, download } from './download';
import { FunnelChart, ReferralChart } from './DeckCharts';

export interface PathDeckProps {
  /** The path's findings, named (as storage reads them): the deck anonymises them itself. */
  findings: Findings;
  ownName?: string;
  course?: string;
}

type Question = Findings['unsorted'][number];

function Questions({ questions, answers, who }: { questions: readonly Question[]; answers: boolean; who: (key: string) => string }) {
  if (questions.length === 0) return <p className="muted">No answers in this area yet.</p>;
  if (!answers) {
    return (
      <ul>
        {questions.map((q) => (
          <li key={q.text}>
            {q.text} <span className="muted">({q.answers.length === 1 ? '1 answer' : `${q.answers.length} answers`})</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="slide-questions">
      {questions.map((q) => (
        <div key={q.text} className="slide-question">
          <h3>{q.text}</h3>
          <ul>
            {q.answers.map((answer, index) => (
              <li key={`${answer.person}-${index}`} className="slide-answer">
                <strong>{who(answer.person)}</strong>: {answer.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** A file name from the path's name: "path-ux-research-anonymised-2026-12-02.md". */
function fileName(findings: Findings): string {
  const slug = findings.path.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60);
  return dated(`path-${slug || 'findings'}${findings.anonymised ? '-anonymised' : ''}`, 'md');
}

/**
 * A path's findings as 16:9 slides to print to PDF or present: title, progress, one slide per area,
 * other questions, the people, takeaways and resources, and the referral chain. Names are left out
 * unless the user unticks **Anonymise names**.
 */
export function PathDeck({ findings, ownName, course }: PathDeckProps) {
  const [anonymise, setAnonymise] = useState(true);
  const [answers, setAnswers] = useState(true);
  const anonymised = useMemo(() => anonymiseFindings(findings), [findings]);
  const shown = anonymise ? anonymised : findings;
  const labels = new Map(shown.people.map((person) => [person.key, person.label]));
  const who = (key: string) => labels.get(key) ?? key;
  const options = { ownName, course, answers };
  const synthesis = (area: Area) => shown.synthesis[area]?.trim();

  return (
    <div className="stack">
      <fieldset className="row deck-controls no-print">
        <legend>Presentation</legend>
        <label className="inline">
          <input type="checkbox" checked={anonymise} onChange={(e) => setAnonymise(e.target.checked)} />
          Anonymise names
        </label>
        <label className="inline">
          <input type="checkbox" checked={answers} onChange={(e) => setAnswers(e.target.checked)} />
          Include answers
        </label>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={() => download(fileName(shown), findingsToMarkdown(shown, options), 'text/markdown;charset=utf-8')}>
          Download Markdown
        </button>
      </fieldset>
      <p className="hint no-print">Print saves the slides as a PDF (choose “Save as PDF” as the printer). {anonymise ? 'Names are left out: each person is described by their role.' : 'Names are shown.'}</p>

      <div className="deck">
        <section className="slide slide-title" aria-labelledby="deck-title">
          <h2 id="deck-title">{shown.path.name}</h2>
          {ownName && <p className="slide-lead">{ownName}</p>}
          {course && <p>{course}</p>}
          {shown.path.term && <p className="muted">{shown.path.term}</p>}
          {shown.path.why && <p>{shown.path.why}</p>}
          <p className="muted">{`${shown.funnel.conversations === 1 ? '1 conversation' : `${shown.funnel.conversations} conversations`} with people who work in it`}</p>
        </section>

        <section className="slide" aria-labelledby="deck-progress">
          <h2 id="deck-progress">Progress</h2>
          <FunnelChart funnel={shown.funnel} />
          <p>{funnelSentence(shown.funnel)}</p>
        </section>

        <section className="slide" aria-labelledby="deck-people">
          <h2 id="deck-people">The people</h2>
          {shown.people.length === 0 ? (
            <p className="muted">No one on this path yet.</p>
          ) : (
            <ul className="slide-people">
              {shown.people.map((person) => (
                <li key={person.key}>
                  {personLine(person, shown.anonymised)}
                  {!person.onPath && <span className="muted"> (in the referral chain)</span>}
                </li>
              ))}
            </ul>
          )}
        </section>

        {shown.areas.map((area) => (
          <section key={area.area} className="slide" aria-labelledby={`deck-area-${area.area}`}>
            <h2 id={`deck-area-${area.area}`}>{AREA_LABELS[area.area]}</h2>
            <Questions questions={area.questions} answers={answers} who={who} />
            {synthesis(area.area) && (
              <div className="slide-synthesis">
                <h3>What I make of it</h3>
                <p>{synthesis(area.area)}</p>
              </div>
            )}
          </section>
        ))}

        {shown.unsorted.length > 0 && (
          <section className="slide" aria-labelledby="deck-other">
            <h2 id="deck-other">Other questions</h2>
            <Questions questions={shown.unsorted} answers={answers} who={who} />
          </section>
        )}

        <section className="slide" aria-labelledby="deck-learned">
          <h2 id="deck-learned">What I learned</h2>
          <div className="slide-columns">
            <div>
              <h3>Takeaways</h3>
              {shown.takeaways.length === 0 ? (
                <p className="muted">None noted yet.</p>
              ) : (
                <ul>
                  {shown.takeaways.map((takeaway, index) => (
                    <li key={index}>
                      {takeaway.text} <span className="muted">({who(takeaway.person)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>Resources</h3>
              {shown.resources.length === 0 ? (
                <p className="muted">None recommended yet.</p>
              ) : (
                <ul>
                  {shown.resources.map((resource, index) => (
                    <li key={index}>
                      {resource.title}
                      {resource.url && <span className="slide-url"> — {resource.url}</span>} <span className="muted">({who(resource.person)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </section>

        <section className="slide" aria-labelledby="deck-chain">
          <h2 id="deck-chain">Referral chain</h2>
          {shown.referrals.length === 0 ? <p className="muted">No one was referred by someone else yet.</p> : <ReferralChart findings={shown} />}
        </section>
      </div>
    </div>
  );
}
