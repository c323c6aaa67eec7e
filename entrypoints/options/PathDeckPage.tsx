import { useLiveQuery } from 'dexie-react-hooks';
import { PathDeck } from '@/components/PathDeck';
import { listCourses } from '@/storage/courses';
import { pathFindings } from '@/storage/paths';
import { getSettings } from '@/storage/settings';
import './deck.css';

/** `#path/<uid>/deck`: the path's findings as slides to print or download, names left out by default. */
export function PathDeckPage({ uid }: { uid: string }) {
  const data = useLiveQuery(async () => {
    const [found, settings, courses] = await Promise.all([pathFindings(uid), getSettings(), listCourses('taking')]);
    // A path from a course pack: the title slide names the course, and the page repeats what the presentation must contain.
    const course = found?.path.courseUid ? courses.find((each) => each.uid === found.path.courseUid) : undefined;
    return { found, ownName: settings.ownName?.trim() || undefined, course };
  }, [uid]);
  if (!data) return <p className="muted">Loading…</p>;
  if (!data.found) {
    return (
      <section className="stack" aria-labelledby="deck-missing">
        <h2 id="deck-missing">Career path not found</h2>
        <p>This career path no longer exists. <a href="#paths">Back to career paths</a></p>
      </section>
    );
  }
  return (
    <section className="stack deck-page" aria-label={`Slides: ${data.found.path.name}`}>
      <p className="no-print">
        <a href={`#path/${encodeURIComponent(uid)}`}>Back to {data.found.path.name}</a>
      </p>
      {data.course?.presentation && (
        <section className="card stack no-print" aria-labelledby="deck-brief">
          <h2 id="deck-brief">What {data.course.name} asks the presentation to contain</h2>
          <p className="deck-brief-text">{data.course.presentation}</p>
        </section>
      )}
      <PathDeck findings={data.found.findings} ownName={data.ownName} course={data.course?.name} />
    </section>
  );
}
