import { format } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { download } from '@/components/download';
import { parseCoursePack } from '@/lib/course/pack';
import { buildSubmission, submissionFileName } from '@/lib/course/submission';
import { MAX_COURSE_FILE_BYTES, type CoursePath, type StoredCourse } from '@/lib/model/course';
import type { StoredCareerPath } from '@/lib/model/career-path';
import type { Findings } from '@/lib/model/findings';
import { AREA_LABELS } from '@/lib/model/prep';
import { deleteCourse, importCoursePack, listTakenCourses, restoreCourse, submissionUid, type PackImport } from '@/storage/courses';
import { notifyDataChanged } from './notify';
import type { Undoable } from './undoable';
import { pathFindings } from '@/storage/paths';
import { getSettings } from '@/storage/settings';

/** Replaces the people's identities in a path's findings before they leave the machine. */
export type Anonymise = (findings: Findings) => Findings;

const names = (list: string[]) => list.map((name) => `“${name}”`).join(', ');

function describeImport(result: PackImport): string {
  if (result.unchanged) return `${result.course.name} is already here; nothing changed.`;
  const parts = [result.added.length > 0 ? `career paths added: ${names(result.added)}` : '', result.updated.length > 0 ? `updated: ${names(result.updated)}` : ''].filter(Boolean);
  return `Imported ${result.course.name}${parts.length > 0 ? ` — ${parts.join('; ')}` : ''}.`;
}

/** A student's side: import a course pack, see its paths, questions and due dates, export a submission per path. */
export function TakeCourse({ anonymise, onUndoable }: { anonymise?: Anonymise; onUndoable?: (undo: Undoable) => void }) {
  const taken = useLiveQuery(() => listTakenCourses(), []);
  const settings = useLiveQuery(() => getSettings(), []);
  const [student, setStudent] = useState<string | null>(null);
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const nameId = useId();

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      // A huge file is refused before it is read into memory.
      const result = file.size > MAX_COURSE_FILE_BYTES ? parseCoursePack('', file.size) : parseCoursePack(await file.text(), file.size);
      if (!result.ok) return setState({ ok: false, text: `${result.message} Nothing was changed.` });
      setState({ ok: true, text: describeImport(await importCoursePack(result.value)) });
    } catch (error) {
      setState({ ok: false, text: `The import stopped and changed nothing: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const studentName = student ?? settings?.ownName ?? '';

  // Focus goes to Undo in the toast (the button left with the course).
  const remove = async (course: StoredCourse) => {
    if (!window.confirm(`Remove the course “${course.name}”? Its career paths and your conversations stay. You can undo this for a few seconds.`)) return;
    try {
      const deleted = await deleteCourse(course.uid);
      notifyDataChanged();
      if (deleted) onUndoable?.({ key: `course-${course.uid}`, message: `Removed the course “${course.name}”.`, run: () => restoreCourse(deleted) });
    } catch (error) {
      setState({ ok: false, text: `The course could not be removed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <section className="stack" aria-labelledby="take-heading">
      <h3 id="take-heading">Take a course</h3>
      <div className="card stack">
        <label>
          Course pack file (.json)
          <input ref={input} type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        <p className="hint">Your teacher shares the pack on the course&apos;s own platform. Its career paths, questions and due dates are added here; importing it again changes only what the teacher changed.</p>
        {state && (
          <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'ok' : 'error'}>
            {state.text}
          </p>
        )}
      </div>
      {taken && taken.length > 0 && (
        <label htmlFor={nameId}>
          Your name on submissions
          <input id={nameId} value={studentName} maxLength={200} onChange={(e) => setStudent(e.target.value)} />
        </label>
      )}
      {taken?.map(({ course, paths }) => (
        <TakenCourse key={course.uid} course={course} paths={paths} student={studentName} anonymise={anonymise} onRemove={() => void remove(course)} />
      ))}
    </section>
  );
}

interface TakenCourseProps {
  course: StoredCourse;
  paths: { coursePath: CoursePath; path: StoredCareerPath | undefined }[];
  student: string;
  anonymise: Anonymise | undefined;
  onRemove: () => void;
}

function TakenCourse({ course, paths, student, anonymise, onRemove }: TakenCourseProps) {
  const headingId = useId();
  const required = course.questions.filter((question) => question.required);
  const suggested = course.questions.filter((question) => !question.required);
  return (
    <article className="card stack" aria-labelledby={headingId}>
      <h4 id={headingId}>{course.name}</h4>
      {(course.term || course.instructor) && <p className="muted">{[course.term, course.instructor].filter(Boolean).join(' · ')}</p>}
      {course.dueDates.length > 0 && (
        <div>
          <h5>Due dates</h5>
          <ul>
            {[...course.dueDates].sort((a, b) => a.at - b.at).map((due) => (
              <li key={due.uid}>
                {due.label}: {format(due.at, 'EEEE d MMMM yyyy')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {course.presentation && (
        <div>
          <h5>What the presentation must contain</h5>
          <p className="quote">{course.presentation}</p>
        </div>
      )}
      {[['Required questions', required] as const, ['Suggested questions', suggested] as const].map(([title, questions]) =>
        questions.length > 0 ? (
          <div key={title}>
            <h5>{title}</h5>
            <ul>
              {questions.map((question) => (
                <li key={question.text}>
                  {question.text} <span className="tag">{AREA_LABELS[question.area]}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      <h5>Career paths</h5>
      <ul className="plain stack">
        {paths.map(({ coursePath, path }) => (
          <li key={coursePath.uid}>
            <CoursePathRow course={course} coursePath={coursePath} path={path} student={student} anonymise={anonymise} />
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="danger" onClick={onRemove}>
          Remove course
        </button>
      </div>
    </article>
  );
}

function CoursePathRow({ course, coursePath, path, student, anonymise }: { course: StoredCourse; coursePath: CoursePath; path: StoredCareerPath | undefined; student: string; anonymise: Anonymise | undefined }) {
  const [anonymised, setAnonymised] = useState(true);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const groupId = useId();
  if (!path) return <p>{coursePath.name}: no longer among your career paths. Import the course pack again to bring it back.</p>;

  const exportSubmission = async () => {
    setMessage(null);
    const found = await pathFindings(path.uid);
    if (!found) return setMessage({ ok: false, text: 'That career path no longer exists.' });
    const findings = anonymise && anonymised ? anonymise(found.findings) : found.findings;
    const uid = await submissionUid(course.uid, path.uid);
    const built = buildSubmission({ uid, course, path: { uid: path.uid, name: path.name }, student: student.trim(), findings });
    if (!built.ok) return setMessage({ ok: false, text: built.message });
    download(submissionFileName(path.name, student), built.value, 'application/json');
    const conversations = findings.funnel.conversations;
    setMessage({ ok: true, text: `Saved the submission for ${path.name} (${conversations} ${conversations === 1 ? 'conversation' : 'conversations'}). Hand it in on your course’s platform.` });
  };

  return (
    <div role="group" aria-labelledby={groupId} className="stack">
      <p>
        <a id={groupId} href={`#path/${path.uid}`}>
          {path.name}
        </a>
        {path.why && <span className="muted"> — {path.why}</span>}
      </p>
      <p className="hint">
        {path.target} conversations to hold{path.dueAt !== undefined ? `, by ${format(path.dueAt, 'd MMMM yyyy')}` : ''}.
      </p>
      <div className="row">
        {anonymise ? (
          <label className="inline">
            <input type="checkbox" checked={anonymised} onChange={(e) => setAnonymised(e.target.checked)} />
            Anonymise names
          </label>
        ) : (
          <span className="hint">The people you talked with are named in the submission.</span>
        )}
        <button type="button" onClick={() => void exportSubmission()}>
          Export submission
        </button>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
