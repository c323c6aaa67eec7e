/** Turns zod issues and consistency problems into short sentences a user can act on. */
import type { z } from 'zod';
import { MAX_TIME } from '@/lib/model/primitives';

const SHOWN = 3;

const RECORD_LABELS: Record<string, string> = {
  contacts: 'Contact',
  meetings: 'Meeting',
  interactions: 'Interaction',
  templates: 'Template',
  paths: 'Career path',
  courses: 'Course',
  submissions: 'Class submission',
  tasks: 'Task',
};

const TYPE_LABELS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** "Contact 3 (Ada Lovelace)" — 1-based, with the name when the record has one. */
export function recordLabel(collection: string, index: number, record?: unknown): string {
  const label = `${RECORD_LABELS[collection] ?? collection} ${index + 1}`;
  const name = isObject(record) ? record.name : undefined;
  if (typeof name !== 'string' || name.trim() === '') return label;
  const short = name.trim().length > 40 ? `${name.trim().slice(0, 39)}…` : name.trim();
  return `${label} (${short})`;
}

/** Lists at most a few problems: the first ones are enough to tell what went wrong. */
export function problemsMessage(problems: readonly string[]): string {
  const shown = problems.slice(0, SHOWN).join('; ');
  const more = problems.length > SHOWN ? `; and ${problems.length - SHOWN} more` : '';
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `This backup has ${count}, so it cannot be imported: ${shown}${more}.`;
}

export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const [head, ...rest] = issue.path;
  let where: string;
  let fieldPath: PropertyKey[];
  if (typeof head === 'string' && head in RECORD_LABELS && typeof rest[0] === 'number') {
    const index = rest[0];
    where = recordLabel(head, index, valueAt(root, [head, index]));
    fieldPath = rest.slice(1);
  } else if (head === 'settings') {
    where = 'Settings';
    fieldPath = rest;
  } else {
    where = '';
    fieldPath = issue.path;
  }
  const field = fieldPath.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' › ');
  const what = problem(issue, valueAt(root, issue.path));
  const subject = [where, field].filter(Boolean).join(': ');
  return subject ? `${subject} — ${what}` : what;
}

function problem(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'missing';
      return `expected ${TYPE_LABELS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'empty' : `shorter than ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `more than ${issue.maximum} items`;
      if (Number(issue.maximum) === MAX_TIME) return 'a date after the year 2200, out of range';
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return notOneOf(issue.values, value);
    case 'invalid_union': {
      // A union of literals (noteLimit: 200 | 300) fails with one invalid_value per branch.
      const branches = issue.errors.flat();
      if (branches.length > 0 && branches.every((branch) => branch.code === 'invalid_value')) {
        return notOneOf(branches.flatMap((branch) => (branch.code === 'invalid_value' ? branch.values : [])), value);
      }
      return lowerFirst(issue.message);
    }
    default:
      return lowerFirst(issue.message);
  }
}

/** Short lists are spelled out; for long ones (enums) naming the bad value says enough. */
function notOneOf(values: readonly unknown[], value: unknown): string {
  if (values.length <= 4) return `must be one of ${values.map((allowed) => JSON.stringify(allowed)).join(', ')}`;
  const shown = JSON.stringify(value)?.slice(0, 40) ?? String(value);
  return `${shown} is not a known value`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (!isObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key as string];
  }
  return value;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A size as the messages say it: one decimal under 10 MB, whole megabytes above (rounded up). */
export function megabytes(bytes: number): string {
  const mb = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return mb >= 10 ? String(Math.ceil(mb)) : String(mb);
}

/** Keys that reach Object.prototype if merged carelessly; no field of any Coffee Chats file is named so. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonText = { ok: true; data: unknown } | { ok: false; message?: string; notJson?: string };

/**
 * A picked file's text read as JSON, with the checks every imported file (backup, course pack,
 * submission) gets: a leading byte-order mark dropped, an empty file and a forbidden key refused
 * in words. Not JSON comes back as `notJson` (the text), for the caller to word for its kind of file.
 */
export function readJsonText(text: string): JsonText {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: 'The file is empty.' };
  let forbidden: string | undefined;
  let data: unknown;
  try {
    // JSON.parse defines keys as own properties (it never calls the __proto__ setter),
    // so noting the key here is enough; the parsed value is dropped if one is found.
    data = JSON.parse(body, function (key, value: unknown) {
      if (forbidden === undefined && FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch {
    return { ok: false, notJson: body };
  }
  if (forbidden !== undefined) return { ok: false, message: `The file contains a forbidden key (${forbidden}), so it was not imported.` };
  return { ok: true, data };
}
