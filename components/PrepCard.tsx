import { useEffect, useId, useRef, useState } from 'react';
import { AREA_LABELS, type Area } from '@/lib/model/prep';


export interface PrepQuestionView {
  text: string;
  area?: Area;
  /** Why it was suggested ("Because they moved from … to …"). */
  reason?: string;
}

export interface ResearchView {
  currentRole: string | null;
  yearsInField: number | null;
  path: readonly string[];
  commonGround: readonly string[];
  yearsAhead?: number;
}

export interface PrepCardProps {
  research: ResearchView;
  questions: readonly PrepQuestionView[];
  /** True while the list is the suggestion, not yet arranged by the user. */
  suggested: boolean;
  onChange: (questions: PrepQuestionView[]) => void;
  /** "My 30-second introduction", from the user's settings (null until they say who they are). */
  introduction?: string | null;
}

/** A short research summary and 8–10 questions to ask, which the user arranges. */
export function PrepCard({ research, questions, suggested, onChange, introduction }: PrepCardProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const list = useRef<HTMLOListElement>(null);
  // After a move or removal the list is rebuilt: keep keyboard focus where the user is working.
  // (The new list may arrive later, through the background: wait until it is the one on screen.)
  const [focusAfter, setFocusAfter] = useState<{ index: number; prefer: 'Move up' | 'Move down'; expect: string } | null>(null);
  const shown = JSON.stringify(questions.map((q) => q.text));
  useEffect(() => {
    if (!focusAfter || !list.current || focusAfter.expect !== shown) return;
    const items = list.current.querySelectorAll<HTMLLIElement>(':scope > li');
    const item = items[Math.min(focusAfter.index, items.length - 1)];
    const buttons = item ? [...item.querySelectorAll<HTMLButtonElement>('button')] : [];
    const target = buttons.find((b) => b.textContent === focusAfter.prefer && !b.disabled) ?? buttons.find((b) => !b.disabled);
    (target ?? list.current.parentElement?.querySelector<HTMLInputElement>('input'))?.focus();
    setFocusAfter(null);
  }, [focusAfter, shown]);
  const move = (from: number, to: number) => {
    const next = [...questions];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
    setFocusAfter({ index: to, prefer: to < from ? 'Move up' : 'Move down', expect: JSON.stringify(next.map((q) => q.text)) });
  };
  const remove = (index: number) => {
    const next = questions.filter((_, i) => i !== index);
    onChange(next);
    setFocusAfter({ index, prefer: 'Move up', expect: JSON.stringify(next.map((q) => q.text)) });
  };
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    onChange([...questions, { text }]);
    setDraft('');
  };
  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${id}-research`}>
        <h3 id={`${id}-research`}>Research</h3>
        <dl className="facts">
          <dt>Now</dt>
          <dd>{research.currentRole ?? 'Not on the profile'}</dd>
          <dt>Years working</dt>
          <dd>
            {research.yearsInField ?? 'Unknown'}
            {research.yearsAhead !== undefined && research.yearsAhead > 0 && (
              <> — about {research.yearsAhead} {research.yearsAhead === 1 ? 'year' : 'years'} ahead of you</>
            )}
          </dd>
          {research.path.length > 0 && (
            <>
              <dt>Path so far</dt>
              <dd>
                <ul className="plain">
                  {research.path.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>Common ground</dt>
          <dd>
            {research.commonGround.length > 0 ? (
              <ul className="plain">
                {research.commonGround.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              'None found — fill in your schools, employers and city in the settings'
            )}
          </dd>
        </dl>
      </section>
      {introduction !== undefined && (
        <section className="card" aria-labelledby={`${id}-intro`}>
          <h3 id={`${id}-intro`}>My 30-second introduction</h3>
          {introduction ? (
            <p>{introduction}</p>
          ) : (
            <p className="hint">Say who you are in the settings (your name, situation and what you are exploring) to get a short introduction to practise.</p>
          )}
        </section>
      )}
      <section aria-labelledby={`${id}-questions`} className="stack">
        <h3 id={`${id}-questions`}>Questions to ask ({questions.length})</h3>
        {suggested && <p className="hint">Suggested for this person. Reorder, remove or add your own; your list is kept.</p>}
        <ol ref={list} className="questions" aria-labelledby={`${id}-questions`}>
          {questions.map((question, index) => (
            <li key={`${index}-${question.text}`}>
              <p style={{ margin: 0 }}>
                {question.area && <span className="tag">{AREA_LABELS[question.area]}</span>} {question.text}
              </p>
              {question.reason && <p className="hint">{question.reason}</p>}
              <div className="row">
                <button type="button" className="link" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move up: ${question.text}`}>
                  Move up
                </button>
                <button
                  type="button"
                  className="link"
                  disabled={index === questions.length - 1}
                  onClick={() => move(index, index + 1)}
                  aria-label={`Move down: ${question.text}`}
                >
                  Move down
                </button>
                <button type="button" className="link" onClick={() => remove(index)} aria-label={`Remove: ${question.text}`}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <label htmlFor={`${id}-add`} className="visually-hidden">
            Your own question
          </label>
          <input id={`${id}-add`} value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Add your own question" maxLength={500} />
          <button type="submit">Add question</button>
        </form>
      </section>
    </div>
  );
}
