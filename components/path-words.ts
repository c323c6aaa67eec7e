/** How the career path screens word a path's term, due day, and what went wrong with a save. */
import { ZodError } from 'zod';
import { PATH_LIMITS, type CareerPath } from '@/lib/model/career-path';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  why: 'Why it interests you',
  target: 'Target',
  term: 'Term',
  dueAt: 'Due day',
  synthesis: 'Synthesis',
};

/** "Autumn 2026 · due 12 Dec 2026", or nothing when the path has neither. */
export function termWords(path: Pick<CareerPath, 'term' | 'dueAt'>, locale?: string): string {
  const due = path.dueAt === undefined ? undefined : `due ${new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(path.dueAt)}`;
  return [path.term, due].filter(Boolean).join(' · ');
}

/** A sentence per problem, naming the field ("Name: a career path needs a name."), or the storage's own message. */
export function pathErrorText(error: unknown): string {
  if (error instanceof ZodError) {
    return error.issues
      .map((issue) => {
        const field = String(issue.path[0] ?? '');
        const label = FIELD_LABELS[field] ?? 'A field';
        if (field === 'target') return `${label}: a whole number from ${PATH_LIMITS.target.min} to ${PATH_LIMITS.target.max}.`;
        if (issue.code === 'too_big' && 'maximum' in issue) return `${label}: at most ${Number(issue.maximum).toLocaleString()} characters.`;
        if (issue.code === 'invalid_type' && field === 'dueAt') return `${label}: not a date.`;
        return `${label}: ${issue.message.replace(/\.?$/u, '.')}`;
      })
      .join(' ');
  }
  return error instanceof Error ? error.message : 'Could not save. Nothing was changed.';
}
