import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type FormEvent } from 'react';
import { ClassView } from '@/components/ClassView';
import { CourseForm } from '@/components/CourseForm';
import { download } from '@/components/download';
import { classView } from '@/lib/course/class-view';
import { buildCoursePack, coursePackFileName, coursePatchProblem } from '@/lib/course/pack';
import { pickedFileTooLarge, readSubmissionFiles, type PickedFile } from '@/lib/course/submission';
import { createTeachingCourse, deleteCourse, importSubmissions, listCourses, listSubmissions, restoreCourse, submissionsOf, updateTeachingCourse } from '@/storage/courses';
import type { StoredCourse } from '@/lib/model/course';
import { notifyDataChanged } from './notify';
import type { Undoable } from './undoable';
import { TakeCourse, type Anonymise } from './TakeCourse';

/**
 * Courses built on informational interviews: a teacher writes a course pack and reads the class's
 * submissions; a student imports the pack and hands in a submission per path. Files travel on the
 * course's own platform; nothing is sent from here.
 */
export function InstructorSection({ anonymise, onUndoable }: { anonymise?: Anonymise; onUndoable?: (undo: Undoable) => void }) {
  return (
    <section className="stack" aria-labelledby="instructor-heading">
      <h2 id="instructor-heading">Instructor</h2>
      <p className="muted">
        Teaching? Write a course pack and share the file on your course&apos;s platform, then import the submissions your students hand in. Taking a
        course? Import the pack your teacher shared.
      </p>
      <TeachCourse onUndoable={onUndoable} />
      <TakeCourse anonymise={anonymise} onUndoable={onUndoable} />
      <ClassSubmissions />
    </section>
  );
}

function TeachCourse({ onUndoable }: { onUndoable?: (undo: Undoable) => void }) {
  const courses = useLiveQuery(() => listCourses('teaching'), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  // A teacher's course goes with the submissions handed in for it; focus goes to Undo (the toast's doing).
  const remove = async (course: StoredCourse) => {
    const handedIn = (await submissionsOf(course.uid)).length;
    const also = handedIn > 0 ? ` and the ${handedIn} ${handedIn === 1 ? 'submission' : 'submissions'} handed in for it` : '';
    if (!window.confirm(`Delete the course “${course.name}”${also}? You can undo this for a few seconds.`)) return;
    try {
      const deleted = await deleteCourse(course.uid);
      notifyDataChanged();
      setChosen(null);
      if (!deleted) return;
      const count = deleted.submissions.length;
      const its = count > 0 ? ` and its ${count} class ${count === 1 ? 'submission' : 'submissions'}` : '';
      onUndoable?.({ key: `course-${course.uid}`, message: `Deleted the course “${course.name}”${its}.`, run: () => restoreCourse(deleted) });
    } catch (failure) {
      setError(`The course could not be deleted: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };
  const course = courses?.find((each) => each.uid === chosen) ?? courses?.[0];

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError('Name the course first.');
    const created = await createTeachingCourse(name.trim());
    setChosen(created.uid);
    setName('');
    setError(null);
  };

  const exportPack = async (uid: string) => {
    const stored = (await listCourses('teaching')).find((each) => each.uid === uid);
    const built = buildCoursePack(stored);
    if (!built.ok) throw new Error(built.message);
    download(coursePackFileName(stored!), built.value, 'application/json');
  };

  return (
    <section className="stack" aria-labelledby="teach-heading">
      <h3 id="teach-heading">Teach a course</h3>
      {courses && courses.length > 1 && (
        <label>
          Course
          <select value={course?.uid} onChange={(e) => setChosen(e.target.value)}>
            {courses.map((each) => (
              <option key={each.uid} value={each.uid}>
                {each.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {course && (
        <CourseForm
          key={course.uid}
          course={course}
          onSave={async (patch) => {
            const problem = coursePatchProblem(patch);
            if (problem) throw new Error(problem);
            await updateTeachingCourse(course.uid, patch);
          }}
          onExport={() => exportPack(course.uid)}
        />
      )}
      {course && (
        <div className="row">
          <button type="button" className="danger" onClick={() => void remove(course)}>
            Delete course
          </button>
        </div>
      )}
      <form className="row" onSubmit={(event) => void start(event)} aria-label="Start a course">
        <label className="grow">
          {course ? 'Another course’s name' : 'Course name'}
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Start a course</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

async function readPicked(files: File[]): Promise<{ picked: PickedFile[]; refused: { fileName: string; message: string }[] }> {
  const picked: PickedFile[] = [];
  const refused: { fileName: string; message: string }[] = [];
  for (const file of files) {
    // A file too large is refused before it is read into memory.
    const tooLarge = pickedFileTooLarge(file.name, file.size);
    if (tooLarge) refused.push({ fileName: file.name, message: tooLarge });
    else picked.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { picked, refused };
}

function ClassSubmissions() {
  const submissions = useLiveQuery(() => listSubmissions(), []);
  const [result, setResult] = useState<{ summary: string; errors: { fileName: string; message: string }[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const choose = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    try {
      const { picked, refused } = await readPicked(files);
      const read = readSubmissionFiles(picked);
      const counts = await importSubmissions(read.submissions);
      const total = read.submissions.length;
      setResult({
        summary: `Read ${total} ${total === 1 ? 'submission' : 'submissions'}: ${counts.added} new, ${counts.updated} updated, ${counts.unchanged} unchanged.`,
        errors: [...refused, ...read.errors],
      });
    } catch (error) {
      setResult({ summary: `The import stopped and changed nothing: ${error instanceof Error ? error.message : String(error)}`, errors: [] });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="stack" aria-labelledby="class-heading">
      <h3 id="class-heading">Class view</h3>
      <div className="card stack">
        <label>
          Submissions (.json files, or the .zip of all submissions)
          <input ref={input} type="file" multiple accept=".json,.zip,application/json,application/zip" disabled={busy} onChange={(e) => void choose([...(e.target.files ?? [])])} />
        </label>
        <p className="hint">
          Pick several files at once, or the single zip that Canvas, Moodle or Brightspace makes with “download all submissions”. A student&apos;s
          newer file replaces their earlier one.
        </p>
        {result && (
          <div role="status" className="stack">
            <p>{result.summary}</p>
            {result.errors.length > 0 && (
              <>
                <p className="error">
                  {result.errors.length} {result.errors.length === 1 ? 'file was' : 'files were'} not read:
                </p>
                <ul>
                  {result.errors.map((error, i) => (
                    <li key={`${error.fileName}-${i}`}>
                      <strong>{error.fileName}</strong>: {error.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      {submissions && <ClassView courses={classView(submissions)} />}
    </section>
  );
}
