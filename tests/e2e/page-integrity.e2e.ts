/**
 * What a LinkedIn page — slow, or scripted against the extension — cannot do to the user's data:
 * the sidebar stays on the person's own sub-pages, a read waits until the page shows the person
 * its URL names, nothing the page shows is written without a click, and a forged WXT event does
 * not switch the content script off. Page scripts here play LinkedIn (main world, page.evaluate).
 */
import type { Page } from 'playwright-core';
import { DEMO_SLUG, personBySlug } from '../../scripts/demo/people';
import { renderDetailsPage } from '../../scripts/demo/render';
import { endSession, field, profileUrl, saveFromSidebar, sidebar, startSession, type Session } from './support';

const maya = personBySlug(DEMO_SLUG)!;
/** LinkedIn's "Show all" pages list more than the profile does. */
const MAYA_ALL_JOBS = [...maya.experience, { title: 'Research Assistant', company: 'Leiden Demo University', dates: 'Sep 2013 - Aug 2015 · 2 yrs' }];
const MAYA_ALL_SCHOOLS = [...maya.education, { school: 'Rotterdam Demo College', degree: 'BSc, Psychology', dates: '2010 - 2013' }];

let session: Session;
beforeAll(async () => {
  session = await startSession(undefined, {
    [`/in/${DEMO_SLUG}/details/experience/`]: { html: renderDetailsPage({ ...maya, experience: MAYA_ALL_JOBS }, 'experience') },
    [`/in/${DEMO_SLUG}/details/education/`]: { html: renderDetailsPage({ ...maya, education: MAYA_ALL_SCHOOLS }, 'education') },
  });
});
afterAll(() => endSession(session));

interface Row {
  slug?: string;
  updatedAt: number;
  name: string;
  headline?: string;
  profileReadAt?: number;
  experience: { title?: string; company?: string }[];
  education: { school?: string }[];
}

/** The database as stored, read from an extension page. */
async function contacts(): Promise<Row[]> {
  const page = await session.openExtensionPage('options.html');
  const rows = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('coffee-chats');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('contacts').objectStore('contacts').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
  );
  await page.close();
  return rows as Row[];
}
const contact = async (slug: string) => (await contacts()).find((row) => row.slug === slug);

/** Gives the watcher time to see a URL change (it polls every half second): not a timing assertion. */
const settle = (page: Page, ms = 1_500) => page.waitForTimeout(ms);

/** LinkedIn, late: the page for `path` finally replaces what was on screen. */
async function arrive(page: Page, path: string) {
  await page.evaluate(async (href) => {
    const html = await (await fetch(href)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.querySelector('main')!.innerHTML = next.querySelector('main')!.innerHTML;
    document.title = next.title;
  }, path);
}

/** A page script draws a list of jobs into <main>, with DOM calls only (Trusted Types forbid HTML strings). */
async function drawJobs(page: Page, jobs: [string, string, string][]) {
  await page.evaluate((items) => {
    const main = document.querySelector('main')!;
    main.replaceChildren();
    const list = main.appendChild(document.createElement('section')).appendChild(document.createElement('ul'));
    for (const texts of items) {
      const entity = list.appendChild(document.createElement('li')).appendChild(document.createElement('div'));
      entity.setAttribute('data-view-name', 'profile-component-entity');
      for (const text of texts) {
        const span = entity.appendChild(document.createElement('span'));
        span.setAttribute('aria-hidden', 'true');
        span.textContent = text;
      }
    }
  }, jobs);
}

describe('LinkedIn’s sub-pages of the person on screen', () => {
  it('keep the same sidebar frame and everything typed in it; another person’s page starts afresh', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = await saveFromSidebar(page, 'Maya Okafor');
    await frame.getByRole('button', { name: 'Log meeting' }).click();
    const learned = frame.getByRole('textbox', { name: 'What I learned (one per line)' });
    await learned.fill('Portfolio beats CV\nAsk Jonas about research ops');
    await frame.getByRole('tab', { name: 'Person' }).click();
    await field(frame, 'Headline').fill('Typed by me, not saved yet');
    const iframe = page.locator('iframe[title="Coffee Chats"]');
    const element = await iframe.elementHandle();

    // Contact info (to copy the email for the thank-you), the activity feed, "Show all experiences".
    for (const path of ['overlay/contact-info/', 'recent-activity/all/']) {
      await page.evaluate((href) => history.pushState({}, '', href), `/in/${DEMO_SLUG}/${path}`);
      await settle(page);
      expect(await iframe.count()).toBe(1);
      await page.evaluate(() => history.back());
      await settle(page);
    }
    await page.getByRole('link', { name: 'Show all experiences' }).click();
    await frame.getByRole('group', { name: 'Jobs on LinkedIn' }).waitFor();
    expect(await iframe.count()).toBe(1);
    await page.getByRole('link', { name: 'Back to Maya Okafor' }).click();
    await page.locator('main h1').waitFor();
    await settle(page);

    expect(await element!.evaluate((el) => el.isConnected)).toBe(true);
    expect(await field(frame, 'Headline').inputValue()).toBe('Typed by me, not saved yet');
    await frame.getByRole('tab', { name: 'Meeting' }).click();
    expect(await learned.inputValue()).toBe('Portfolio beats CV\nAsk Jonas about research ops');

    await frame.getByRole('tab', { name: 'Person' }).click();
    await page.getByRole('link', { name: 'Tomás Lindqvist' }).click();
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Tomás Lindqvist');
    expect(await field(frame, 'Headline').inputValue()).toBe('Data Engineer at Northwind Freight');
    await page.close();
  });
});

describe('a slow page after LinkedIn’s in-app navigation', () => {
  it('is never read as the next person: the sidebar waits, with Save disabled, until the page shows them', async () => {
    const page = await session.openProfile('priya-raman-demo');
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Priya Raman');
    // The URL moves to Tomás; his profile takes longer to arrive than the watcher used to wait (4 s).
    await page.evaluate(() => history.pushState({}, '', '/in/tomas-lindqvist-demo/'));
    await settle(page, 6_000);
    await frame.getByText('Waiting for LinkedIn to show linkedin.com/in/tomas-lindqvist-demo…').waitFor();
    expect(await frame.getByRole('button', { name: 'Save contact' }).isDisabled()).toBe(true);
    expect(await field(frame, 'Name').count()).toBe(0);

    await arrive(page, '/in/tomas-lindqvist-demo/');
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Tomás Lindqvist');
    await frame.getByRole('button', { name: 'Save contact' }).click();
    await frame.getByText('Saved Tomás Lindqvist to your contacts.').waitFor();
    expect(await contact('tomas-lindqvist-demo')).toMatchObject({ name: 'Tomás Lindqvist', headline: 'Data Engineer at Northwind Freight' });
    expect(await contact('priya-raman-demo')).toBeUndefined();
    await page.close();
  });

  it('never reads a list of jobs as schools when the URL already says education', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = await saveFromSidebar(page, 'Maya Okafor');
    await page.getByRole('link', { name: 'Show all experiences' }).click();
    await frame.getByRole('group', { name: 'Jobs on LinkedIn' }).waitFor();
    // LinkedIn changes the URL to the education list; the job list is still on screen.
    await page.evaluate((slug) => history.pushState({}, '', `/in/${slug}/details/education/`), DEMO_SLUG);
    await settle(page, 3_000);
    expect(await frame.getByRole('group', { name: 'Schools on LinkedIn' }).count()).toBe(0);
    expect((await contact(DEMO_SLUG))!.education.map((e) => e.school)).toEqual(['Leiden Demo University']);

    await arrive(page, `/in/${DEMO_SLUG}/details/education/`);
    const schools = frame.getByRole('group', { name: 'Schools on LinkedIn' });
    await schools.getByText('LinkedIn now shows 2 schools (1 saved). Update?').waitFor();
    await page.close();
  });
});

describe('the page never writes to the database on its own', () => {
  it('offers a longer list and writes it on a click; a shorter list drawn by a page script is offered as a replacement, never written', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = await saveFromSidebar(page, 'Maya Okafor');
    const saved = (await contact(DEMO_SLUG))!.experience;
    expect(saved).toHaveLength(3);

    // A page script moves to the detail page's URL and draws a fake list.
    await page.evaluate((slug) => history.pushState({}, '', `/in/${slug}/details/experience/`), DEMO_SLUG);
    await drawJobs(page, [
      ['Convicted fraudster', 'Prison Inc', '2020 - Present'],
      ['Fake job', 'Nowhere', '2010 - 2019'],
    ]);
    const jobs = frame.getByRole('group', { name: 'Jobs on LinkedIn' });
    await jobs.getByText('LinkedIn now shows 2 jobs; you have 3 jobs saved. Replacing them removes 1.').waitFor();
    await settle(page);
    expect((await contact(DEMO_SLUG))!.experience).toEqual(saved);

    // The real "Show all experiences": four jobs, offered; the click writes them.
    await page.goto(profileUrl(DEMO_SLUG));
    await page.getByRole('link', { name: 'Show all experiences' }).click();
    await jobs.getByText('LinkedIn now shows 4 jobs (3 saved). Update?').waitFor();
    expect((await contact(DEMO_SLUG))!.experience).toEqual(saved);
    await jobs.getByRole('button', { name: 'Update jobs' }).click();
    await frame.getByText('Saved 4 jobs from LinkedIn.').waitFor();
    expect((await contact(DEMO_SLUG))!.experience.map((job) => job.title)).toEqual(MAYA_ALL_JOBS.map((job) => job.title));
    await expect.poll(() => jobs.count()).toBe(0);
    await page.close();
  });

  it('offers to fill a lead from its profile, and fills it only when the user confirms', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = await saveFromSidebar(page, 'Maya Okafor');
    await frame.getByRole('button', { name: 'Log meeting' }).click();
    const form = frame.getByRole('form', { name: 'Meeting notes' });
    await form.getByRole('button', { name: 'Add lead' }).click();
    await form.getByRole('textbox', { name: 'Lead 1 name' }).fill('Jonas Weber');
    await form.getByRole('textbox', { name: 'Lead 1 LinkedIn URL (optional)' }).fill('https://www.linkedin.com/in/jonas-weber-demo/');
    await form.getByRole('button', { name: 'Save meeting' }).click();
    await form.getByText('Meeting saved.').waitFor();
    await frame.getByRole('tab', { name: 'Person' }).click();
    const lead = (await contact('jonas-weber-demo'))!;
    expect(lead.name).toBe('Jonas Weber');
    expect(lead.profileReadAt).toBeUndefined();

    // A page script moves to the lead's URL and draws a profile of its choosing.
    await page.evaluate(() => {
      history.pushState({}, '', '/in/jonas-weber-demo/');
      const main = document.querySelector('main')!;
      main.replaceChildren();
      const card = main.appendChild(document.createElement('section'));
      card.appendChild(document.createElement('h1')).textContent = 'Jonas Weber';
      const headline = card.appendChild(document.createElement('div'));
      headline.className = 'text-body-medium';
      headline.textContent = 'Headline chosen by the page script';
    });
    await frame.getByText('Already a contact').waitFor();
    const offer = frame.getByRole('group', { name: 'Fill in from this page' });
    await offer.getByText(/Jonas Weber was saved without this profile\. Fill in what is empty \(headline\)/u).waitFor();
    await settle(page);
    const untouched = (await contact('jonas-weber-demo'))!;
    expect([untouched.updatedAt, untouched.headline, untouched.profileReadAt]).toEqual([lead.updatedAt, undefined, undefined]);

    await offer.getByRole('button', { name: 'Fill in from this page' }).click();
    await frame.getByText('Filled in what was empty from this page.').waitFor();
    expect(await contact('jonas-weber-demo')).toMatchObject({ headline: 'Headline chosen by the page script', profileReadAt: expect.any(Number) });
    await expect.poll(() => offer.count()).toBe(0);
    await page.close();
  });
});

describe('a page dispatching WXT’s content-script event', () => {
  it('does not switch the content script off', async () => {
    const page = await session.openProfile('priya-raman-demo');
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Priya Raman');
    await page.evaluate((id) => {
      const detail = { contentScriptName: 'linkedin', messageId: 'from-the-page' };
      document.dispatchEvent(new CustomEvent(`${id}:linkedin:wxt:content-script-started`, { detail }));
    }, session.extensionId);
    await page.getByRole('link', { name: 'Tomás Lindqvist' }).click();
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Tomás Lindqvist');
    await page.getByRole('link', { name: 'Home' }).click();
    await expect.poll(() => page.locator('iframe[title="Coffee Chats"]').count()).toBe(0);
    await page.close();
  });
});
