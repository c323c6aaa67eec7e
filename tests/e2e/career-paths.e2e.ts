/**
 * Career paths (issue 15): create a path in the options page, open its page, write a synthesis that
 * survives a reload, and every path screen passes axe-core in light and dark.
 */
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { endSession, saveFromSidebar, startSession, type Session } from './support';

/** Five pages scanned by axe-core in two colour schemes. */
const SLOW = 240_000;
let session: Session;
beforeAll(async () => {
  session = await startSession();
  const profile = await session.openProfile('maya-okafor-demo');
  await saveFromSidebar(profile, 'Maya Okafor');
  await profile.close();
});
afterAll(() => endSession(session));

/**
 * Puts Maya and her latest conversation on the path, with an answer, a takeaway and a resource —
 * what the path pickers and the meeting form write — straight into the database, so the path page
 * has findings to show.
 */
async function putMayaOnPath(page: Page, pathUid: string) {
  await page.evaluate(async (uid) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coffee-chats');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: IDBObjectStore) => new Promise<T[]>((resolve) => (store.getAll().onsuccess = (e) => resolve((e.target as IDBRequest<T[]>).result)));
    const tx = db.transaction(['contacts', 'meetings'], 'readwrite');
    const [maya] = (await all<Record<string, unknown>>(tx.objectStore('contacts'))).filter((c) => c.name === 'Maya Okafor');
    tx.objectStore('contacts').put({ ...maya, pathUids: [uid] });
    for (const meeting of await all<Record<string, unknown>>(tx.objectStore('meetings'))) {
      if (meeting.contactId !== maya!.id) continue;
      tx.objectStore('meetings').put({
        ...meeting,
        questions: [{ text: 'How did you get into UX research?', answer: 'From psychology, through a usability lab.', area: 'personal' }],
        takeaways: ['Build a small portfolio of studies'],
        resources: [{ title: 'Just Enough Research', url: 'https://example.org/just-enough-research' }],
      });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, pathUid);
}

describe('career paths', () => {
  it('creates a path, opens its page, keeps a synthesis across a reload, and passes axe-core', async () => {
    const page = await session.openExtensionPage('options.html#paths');
    await page.getByRole('heading', { name: 'Career paths' }).waitFor();
    await page.getByText(/a field you are exploring/u).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New career path' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('UX research');
    await page.getByRole('textbox', { name: 'Why it interests you' }).fill('I like watching people use things');
    await page.getByRole('textbox', { name: 'Term' }).fill('Autumn 2026');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create career path' }).click();
    await page.getByText('Created the career path “UX research”.').waitFor();
    const card = page.getByRole('listitem', { name: /UX research/u });
    await card.getByText('0 of 5 conversations').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await card.getByRole('link', { name: 'UX research' }).click();
    await page.getByRole('heading', { name: 'UX research', level: 2 }).waitFor();
    const uid = /#path\/([^/]+)$/u.exec(page.url())![1]!;

    // Maya, met on the path: the contact book logs the conversation.
    await page.goto(page.url().replace(/#.*$/u, '#contacts'));
    await page.getByRole('listitem', { name: 'Maya Okafor' }).getByRole('button').click();
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByRole('region', { name: 'Meetings' }).getByRole('button', { name: 'Delete meeting' }).waitFor();
    await putMayaOnPath(page, uid);

    await page.goto(page.url().replace(/#.*$/u, `#path/${uid}`));
    const personal = page.getByRole('region', { name: 'Personal' });
    await personal.getByRole('list', { name: 'How did you get into UX research?' }).getByText('From psychology, through a usability lab.').waitFor();
    expect(await page.getByRole('link', { name: 'Present it' }).getAttribute('href')).toBe(`#path/${uid}/deck`);
    const synthesis = page.getByRole('textbox', { name: 'Your synthesis: Personal' });
    await synthesis.fill('Most researchers came from psychology.');
    await synthesis.press('Tab');
    await personal.getByText('Saved.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Your synthesis: Personal' }).inputValue()).toBe('Most researchers came from psychology.');
    await page.getByText('1 of 5 conversations').waitFor();

    // The term at a glance, unfolded above the contact list.
    await page.goto(page.url().replace(/#.*$/u, '#contacts'));
    await page.getByText(/Term at a glance: 1 of 5 conversations held/u).click();
    const table = page.getByRole('table', { name: 'Conversations held by month and career path' });
    await table.getByRole('row', { name: /UX research/u }).getByText('1 / 5').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, SLOW);

  it('an unknown path says so, with a way back', async () => {
    const page = await session.openExtensionPage('options.html#path/gone-00000001');
    await page.getByText('That career path no longer exists.').waitFor();
    await page.getByRole('link', { name: 'Back to career paths' }).click();
    await page.getByRole('heading', { name: 'Career paths' }).waitFor();
    await page.close();
  });
});
