import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { classView } from '@/lib/course/class-view';
import { readSubmissionFiles } from '@/lib/course/submission';
import { AREAS } from '@/lib/model/prep';
import type { Submission } from '@/lib/model/course';
import { importSubmissions, listSubmissions } from '@/storage/courses';
import { openDb } from '@/storage/db';
import { atMost, type Measurement } from './types';

const NOW = Date.UTC(2026, 11, 1, 12);
const STUDENTS = 100;

/** A submission the size a real one reaches: 6 people, 4 areas of 5 questions answered by each. */
function submission(i: number): Submission {
  const people = Array.from({ length: 6 }, (_, k) => ({ key: `p${k + 1}`, label: `a specialist at a company of kind ${k}`, onPath: true }));
  return {
    format: 'coffee-chats-submission',
    version: 1,
    uid: `bench-submission-${i}`,
    submittedAt: NOW,
    course: { uid: 'bench-course-1', name: 'Health careers 101' },
    path: { uid: `bench-path-${i % 8}`, name: `Path ${i % 8}` },
    student: { name: `Student ${i}` },
    findings: {
      path: { name: `Path ${i % 8}` },
      anonymised: true,
      people,
      areas: AREAS.map((area) => ({
        area,
        questions: Array.from({ length: 5 }, (_, q) => ({ text: `Question ${q} about ${area}?`, answers: people.map((person) => ({ person: person.key, text: `An answer of a few sentences from ${person.label}. `.repeat(4) })) })),
      })),
      unsorted: [],
      takeaways: people.map((person) => ({ person: person.key, text: 'Talk to the people who do the job.' })),
      resources: [],
      referrals: [],
      funnel: { requests: 8, replies: 6, conversations: 6, target: 5 },
      synthesis: {},
    },
  };
}

/** The teacher picks the LMS zip of 100 submissions: read, validate, store, and group for the class view. */
export async function measureSubmissions(): Promise<Measurement[]> {
  const files = Object.fromEntries(Array.from({ length: STUDENTS }, (_, i) => [`Student ${i}_${1000 + i}/coffee-chats-submission.json`, strToU8(JSON.stringify(submission(i)))]));
  const zip = zipSync(files);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const db = openDb(`bench-submissions-${run}`);
    const start = performance.now();
    const read = readSubmissionFiles([{ name: 'all.zip', bytes: zip }]);
    await importSubmissions(read.submissions, NOW, db);
    classView(await listSubmissions(db));
    times.push(performance.now() - start);
    if (read.submissions.length !== STUDENTS) throw new Error(`read ${read.submissions.length} of ${STUDENTS} submissions`);
    await db.delete();
  }
  times.sort((a, b) => a - b);
  return [
    atMost('zip of 100 submissions: size', Math.round(zip.length / 1024), 'KiB', null),
    atMost('import 100 submissions from a zip and build the class view', Number(times[2]!.toFixed(1)), 'ms', 3_000),
  ];
}
