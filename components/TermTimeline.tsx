import { useId } from 'react';
import type { TermTimeline as Timeline } from '@/lib/paths/timeline';

/**
 * A term at a glance (the contact book): conversations held per month on each career path, and
 * each path's total against its target. Folded by default; its summary already says how far along
 * the term is.
 */
export function TermTimeline({ timeline }: { timeline: Timeline }) {
  const id = useId();
  if (timeline.rows.length === 0) return null;
  const month = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
  const held = timeline.rows.reduce((sum, row) => sum + row.held, 0);
  const target = timeline.rows.reduce((sum, row) => sum + row.target, 0);
  return (
    <details className="card timeline">
      <summary>
        Term at a glance: {held} of {target} conversations held on {timeline.rows.length} {timeline.rows.length === 1 ? 'career path' : 'career paths'}
      </summary>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table>
          <caption id={`${id}-caption`}>Conversations held by month and career path</caption>
          <thead>
            <tr>
              <th scope="col">Career path</th>
              {timeline.months.map((start) => (
                <th scope="col" key={start}>
                  {month.format(start)}
                </th>
              ))}
              <th scope="col">Held of target</th>
            </tr>
          </thead>
          <tbody>
            {timeline.rows.map((row) => (
              <tr key={row.uid}>
                <th scope="row">
                  <a href={`#path/${row.uid}`}>{row.name}</a>
                </th>
                {row.byMonth.map((count, index) => (
                  <td key={timeline.months[index]} className={count === 0 ? 'none' : undefined}>
                    {count}
                  </td>
                ))}
                <td className={row.held >= row.target ? 'met' : undefined}>
                  {row.held} / {row.target}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
