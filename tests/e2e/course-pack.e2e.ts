/**
 * A course run through its files (issue 15, item 5): the teacher writes a course pack and exports
 * it; a student, in a fresh profile, imports it, sees the path and the due date (popup included)
 * and exports a submission; the teacher imports it and sees it in the class view; the teacher's
 * backup brings the course and the class to a new browser, where deleting the course can be undone.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { DEMO_SLUG } from '../../scripts/demo/people';
import { endSession, field, removeProfileDir, sidebar, sidebarHearsPointer, startSession, waitForValue, type Session } from './support';

const scratch = mkdtempSync(join(tmpdir(), 'coffee-chats-course-'));
const teacherDir = mkdtempSync(join(tmpdir(), 'coffee-chats-teacher-'));
let session: Session | undefined;

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(scratch, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** One browser at a time: a test that failed may have left the previous one open. */
async function open(dir?: string): Promise<Session> {
  await session?.close();
  session = await startSession(dir);
  return session;
}

afterAll(async () => {
  await endSession(session);
  removeProfileDir(scratch);
  removeProfileDir(teacherDir);
});

// Each step starts a browser and scans its page with axe in light and dark: slow on a busy machine.
const STEP_MS = 180_000;

describe('a course pack from teacher to student and back', () => {
  let packPath = '';
  let submissionPath = '';

  it('the teacher writes a course and exports its pack', async () => {
    const page = await (await open(teacherDir)).openExtensionPage('options.html#instructor');
    const teach = page.getByRole('region', { name: 'Teach a course' });
    await teach.getByRole('textbox', { name: 'Course name' }).fill('Health careers 101');
    await teach.getByRole('button', { name: 'Start a course' }).click();
    const form = teach.getByRole('form', { name: 'Course Health careers 101' });
    await form.getByRole('button', { name: 'Add a career path' }).click();
    await form.getByRole('textbox', { name: 'Path name' }).fill('Regulatory affairs');
    await form.getByRole('textbox', { name: 'A line on this path' }).fill('Rules that keep patients safe');
    await form.getByRole('button', { name: 'Add a question' }).click();
    await form.getByRole('textbox', { name: 'Question' }).fill('How did you get your first role?');
    await form.getByRole('combobox', { name: 'Area' }).selectOption('qualifications');
    await form.getByRole('checkbox', { name: 'Required' }).check();
    await form.getByRole('button', { name: 'Add a due date' }).click();
    await form.getByRole('textbox', { name: 'What is due' }).fill('Presentation');
    await form.getByLabel('Date', { exact: true }).fill(format(addDays(new Date(), 5), 'yyyy-MM-dd'));
    await form.getByRole('button', { name: 'Save course' }).click();
    await form.getByText('Saved.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    packPath = await download(page, () => form.getByRole('button', { name: 'Export course pack' }).click());
    expect(packPath).toMatch(/coffee-chats-course-pack-health-careers-101\.json$/u);

    // The course is kept to edit later.
    await page.reload();
    await page.getByRole('textbox', { name: 'Path name' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Path name' }).inputValue()).toBe('Regulatory affairs');
  }, STEP_MS);

  it('a student imports it in a fresh profile, sees the path, questions and due date, and exports a submission', async () => {
    const student = await open();
    const page = await student.openExtensionPage('options.html#instructor');
    const take = page.getByRole('region', { name: 'Take a course' });
    const input = take.getByLabel('Course pack file (.json)');
    await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"coffee-chats-backup","version":1}') });
    await take.getByRole('alert').getByText(/comes from another app.*Nothing was changed/u).waitFor();

    await input.setInputFiles(packPath);
    await take.getByRole('status').getByText('Imported Health careers 101 — career paths added: “Regulatory affairs”.').waitFor();
    const course = take.getByRole('article', { name: 'Health careers 101' });
    await course.getByText('How did you get your first role?').waitFor();
    const path = course.getByRole('group', { name: 'Regulatory affairs' });
    expect(await path.getByRole('link', { name: 'Regulatory affairs' }).getAttribute('href')).toMatch(/^#path\/[0-9a-f-]{36}$/u);
    expect(await axeViolations(page)).toEqual([]);

    const popup = await student.openExtensionPage('popup.html');
    await popup.getByText('Due in 5 days: Presentation — Health careers 101').waitFor();
    await popup.close();

    // Two conversations on the course's path: saved to it in the sidebar, the course's question answered in the meeting form.
    const conversations = [
      [DEMO_SLUG, 'Maya Okafor', 'A summer internship in quality assurance, then a junior regulatory role.'],
      ['tomas-lindqvist-demo', 'Tomás Lindqvist', 'From clinical trials: the paperwork was the bridge.'],
    ] as const;
    for (const [slug, name, answer] of conversations) {
      const profile = await student.openProfile(slug);
      const frame = sidebar(profile);
      await waitForValue(field(frame, 'Name'), name);
      await sidebarHearsPointer(profile);
      await frame.getByRole('group', { name: 'Career paths' }).getByRole('checkbox', { name: 'Regulatory affairs' }).check();
      await frame.getByRole('button', { name: 'Save contact' }).click();
      await frame.getByText('Already a contact').waitFor();
      await frame.getByRole('button', { name: 'Log meeting' }).click();
      const form = frame.getByRole('form', { name: 'Meeting notes' });
      await form.getByRole('textbox', { name: 'How did you get your first role?' }).fill(answer);
      await form.getByRole('button', { name: 'Save meeting' }).click();
      await form.getByText('Meeting saved.').waitFor();
      await profile.close();
    }

    // The path page puts both answers side by side under Qualifications, the area the course gave the question.
    await path.getByRole('link', { name: 'Regulatory affairs' }).click();
    const qualifications = page.getByRole('region', { name: 'Qualifications' });
    for (const [, name, answer] of conversations) {
      await qualifications.getByText(answer).waitFor();
      await qualifications.getByText(name).first().waitFor();
    }
    await page.getByText('2 of 5 conversations').first().waitFor();
    // The slides name the course and leave the people's names out.
    await page.getByRole('link', { name: 'Present it' }).click();
    const title = page.getByRole('region', { name: 'Regulatory affairs', exact: true });
    await title.getByText('Health careers 101').waitFor();
    await page.getByRole('region', { name: 'Qualifications' }).getByText(conversations[0][2]).waitFor();
    expect(await page.getByText('Maya Okafor').count()).toBe(0);
    await page.goto(page.url().replace(/#.*$/u, '#instructor'));

    await take.getByRole('textbox', { name: 'Your name on submissions' }).fill('Ada Lovelace');
    submissionPath = await download(page, () => path.getByRole('button', { name: 'Export submission' }).click());
    expect(submissionPath).toMatch(/coffee-chats-submission-regulatory-affairs-ada-lovelace\.json$/u);
    // The only requests were the LinkedIn pages the student opened: the extension sent nothing anywhere.
    expect(student.requests.filter((url) => !conversations.some(([slug]) => url === `https://www.linkedin.com/in/${slug}/`))).toEqual([]);
    await endSession(student);
    session = undefined;
  }, STEP_MS);

  it('the teacher imports the submission and sees it in the class view', async () => {
    const teacher = await open(teacherDir);
    const page = await teacher.openExtensionPage('options.html#instructor');
    const classView = page.getByRole('region', { name: 'Class view' });
    await classView.getByLabel('Submissions (.json files, or the .zip of all submissions)').setInputFiles([submissionPath]);
    await classView.getByText('Read 1 submission: 1 new, 0 updated, 0 unchanged.').waitFor();
    const path = classView.getByRole('region', { name: 'Regulatory affairs' });
    await path.getByText('1 student · 2 conversations').waitFor();
    await path.getByText('Ada Lovelace').first().waitFor();
    // The answers arrive under their area, and without the names of the people who gave them.
    await path.getByText('A summer internship in quality assurance, then a junior regulatory role.').waitFor();
    expect(await page.getByText('Maya Okafor').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(teacher.requests).toEqual([]);
  }, STEP_MS);

  it('the teacher’s backup carries the course and the class to a new browser; deleting it there can be undone', async () => {
    const teacher = await open(teacherDir);
    const backupPage = await teacher.openExtensionPage('options.html#backup');
    const backupPath = await download(backupPage, () => backupPage.getByRole('button', { name: 'Export backup (JSON)' }).click());
    const fresh = await open();
    const page = await fresh.openExtensionPage('options.html#backup');
    await page.getByLabel('Backup file (.json)').setInputFiles(backupPath);
    await page.getByRole('region', { name: 'Import preview' }).getByText('courses: 1 added, 0 updated · class submissions: 1 added, 0 updated', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText(/^Imported: .*courses: 1 added/u).waitFor();
    await page.goto(page.url().replace('#backup', '#instructor'));
    const form = page.getByRole('region', { name: 'Teach a course' }).getByRole('form', { name: 'Course Health careers 101' });
    expect(await form.getByRole('textbox', { name: 'Path name' }).inputValue()).toBe('Regulatory affairs');
    await page.getByRole('region', { name: 'Class view' }).getByRole('region', { name: 'Regulatory affairs' }).getByText('1 student · 2 conversations').waitFor();

    // Deleting the course takes its class with it, for a few seconds undoably.
    fresh.answerConfirm = true;
    await page.getByRole('button', { name: 'Delete course' }).click();
    await page.getByText('Deleted the course “Health careers 101” and its 1 class submission.').waitFor();
    fresh.answerConfirm = false;
    expect(fresh.dialogs.at(-1)).toMatch(/^Delete the course “Health careers 101” and the 1 submission handed in for it\?/u);
    await expect.poll(() => page.getByRole('form', { name: 'Course Health careers 101' }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'Course Health careers 101' }).waitFor();
    await page.getByRole('region', { name: 'Class view' }).getByText('1 student · 2 conversations').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(fresh.requests).toEqual([]);
  }, STEP_MS);
});
