import { useLiveQuery } from 'dexie-react-hooks';
import { describeMeeting, EMPTY_REPORT_TEXT, interviewReport, reportSummary, reportTitle, reportToMarkdown } from '@/lib/report/interview-report';
import { listContacts } from '@/storage/contacts';
import { listAllMeetings } from '@/storage/history';
import { listAllTasks } from '@/storage/tasks';
import { getSettings } from '@/storage/settings';
import { dated, download } from '@/components/download';

/** Every conversation held — who, their role, when, what was learned, leads — to hand in or print. */
export function ReportSection() {
  const data = useLiveQuery(async () => {
    const [meetings, contacts, settings, tasks] = await Promise.all([listAllMeetings(), listContacts(), getSettings(), listAllTasks()]);
    const now = Date.now();
    return { entries: interviewReport(meetings, contacts, { now }, tasks), ownName: settings.ownName, now };
  }, []);
  if (!data) return <p className="muted">Loading…</p>;
  const options = { ownName: data.ownName || undefined, now: data.now };
  return (
    <section className="stack report" aria-labelledby="report-heading">
      <div className="row no-print">
        <button type="button" className="primary" onClick={() => download(dated('informational-interviews', 'md'), reportToMarkdown(data.entries, options), 'text/markdown;charset=utf-8')}>
          Download as Markdown
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <h2 id="report-heading">{reportTitle(options)}</h2>
      {data.entries.length === 0 ? (
        <p>{EMPTY_REPORT_TEXT}</p>
      ) : (
        <>
          <p className="muted">{reportSummary(data.entries)}</p>
          {data.entries.map((entry) => (
            <article key={entry.meetingId ?? `${entry.contactId}-${entry.heldAt}`} className="card stack">
              <h3>
                {entry.contactName}
                {entry.role && <span className="muted"> — {entry.role}</span>}
              </h3>
              <p className="hint">{describeMeeting(entry)}</p>
              {entry.takeaways.length > 0 && (
                <>
                  <h4>What I learned</h4>
                  <ul>
                    {entry.takeaways.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                </>
              )}
              {entry.leads.length > 0 && (
                <>
                  <h4>People they suggested</h4>
                  <ul>
                    {entry.leads.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                </>
              )}
              {entry.debrief.map((part) => (
                <div key={part.title}>
                  <h4>{part.title}</h4>
                  <ul>
                    {part.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </article>
          ))}
        </>
      )}
    </section>
  );
}
