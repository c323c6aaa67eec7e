import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, closure } from '../../scripts/build-files';

/** The code a built page loads: before its first screen (`lazy: false`), or in all. */
const code = (page: string, lazy: boolean) =>
  [...closure(page, { lazy })]
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(BUILD_DIR, file), 'utf8'))
    .join('\n');

// zod's error class: present wherever the schemas are.
const SCHEMAS = 'ZodError';

describe('what a page loads before its first screen', () => {
  it('the popup lists what is owed before it loads the schemas, the messages and the drafts', () => {
    expect(code('popup.html', true)).toContain(SCHEMAS);
    expect(code('popup.html', false)).not.toContain(SCHEMAS);
  });

  it('the sidebar shows the name before it loads React and the schemas', () => {
    expect(code('sidebar.html', true)).toContain(SCHEMAS);
    expect(code('sidebar.html', false)).not.toContain(SCHEMAS);
    expect(code('sidebar.html', false)).not.toContain('react.dev');
  });

  it('the contact book does not load the other sections before its first rows', () => {
    const first = [...closure('options.html', { lazy: false })];
    const all = [...closure('options.html')];
    for (const section of ['BackupSection', 'ReportSection', 'PathsSection', 'InstructorSection', 'ContactSection']) {
      expect(all.some((file) => file.includes(`${section}-`))).toBe(true);
      expect(first.some((file) => file.includes(`${section}-`))).toBe(false);
    }
  });
});
