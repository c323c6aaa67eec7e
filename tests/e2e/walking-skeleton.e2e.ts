import { DEMO_SLUG, personBySlug } from '../../scripts/demo/people';
import { renderProfilePage } from '../../scripts/demo/render';
import { field, profileUrl, sidebar, startSession, type Session, endSession } from './support';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

describe('on a LinkedIn profile', () => {
  it('runs with Chromium’s own third-party storage partitioning, as users have it', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    expect(commandLine).toContain('--load-extension=');
    expect(commandLine).not.toMatch(/--disable-features=\S*ThirdPartyStoragePartitioning/u);
    await page.close();
  });

  it('works under page rules like LinkedIn’s: nonce’d scripts, Trusted Types, no frame-src for the extension', async () => {
    const page = await session.context.newPage();
    const response = await page.goto(profileUrl(DEMO_SLUG));
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain("frame-src 'self'");
    // The policy is in force on the page: a script without the nonce does not run.
    const ran = await page.evaluate(() => {
      try {
        const script = document.createElement('script');
        script.textContent = 'document.body.dataset.ran = "yes"';
        document.body.append(script);
      } catch {
        return 'refused';
      }
      return document.body.dataset.ran ?? 'refused';
    });
    expect(ran).toBe('refused');
    // And the extension still reads the page and shows its sidebar.
    await expect.poll(() => field(sidebar(page), 'Name').inputValue()).toBe('Maya Okafor');
    await page.close();
  });

  it('says which field it could not read, and a re-read of the page never overwrites what the user typed', async () => {
    // A profile where LinkedIn shows no headline (or shows it where no selector looks).
    const url = profileUrl('noor-unreadable-demo');
    const person = { ...personBySlug(DEMO_SLUG)!, slug: 'noor-unreadable-demo', name: 'Noor Example', headline: '' };
    const page = await session.context.newPage();
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: renderProfilePage(person) }));
    await page.goto(url);
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Noor Example');
    await frame.getByText("Couldn't read the headline — type it in").waitFor();

    await field(frame, 'Headline').fill('Service designer');
    await field(frame, 'Location').fill('Utrecht (typed by me)');
    await expect.poll(() => frame.getByText("Couldn't read the headline — type it in").count()).toBe(0);
    // LinkedIn changes the page under the sidebar: the reader reads it again.
    await page.evaluate(() => {
      document.querySelector('.text-body-medium')!.textContent = 'Read from the page later';
      document.querySelector('main h1')!.textContent = 'Noor Example-Read';
    });
    await expect.poll(() => field(frame, 'Name').inputValue(), { timeout: 10_000 }).toBe('Noor Example-Read');
    expect(await field(frame, 'Headline').inputValue()).toBe('Service designer');
    expect(await field(frame, 'Location').inputValue()).toBe('Utrecht (typed by me)');
    await page.close();
  });

  it('shows the person in a sidebar, saves them, and saves them again without a duplicate', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Maya Okafor');
    expect(await field(frame, 'Headline').inputValue()).toBe(
      'UX Researcher at Lumen Health | Mixed-methods research, accessibility',
    );
    expect(await field(frame, 'Location').inputValue()).toBe('Rotterdam, South Holland, Netherlands');
    expect(await field(frame, 'Company').inputValue()).toBe('Lumen Health');
    await frame.getByText('Not in your contacts yet.').waitFor();
    // The boot script put the name on screen before the app's script (React, the schemas) even ran.
    const order = await page
      .frames()
      .find((f) => f.url().startsWith('chrome-extension://'))!
      .evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('coffee-chats:')));
    expect(order.indexOf('coffee-chats:name')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('coffee-chats:name')).toBeLessThan(order.indexOf('coffee-chats:script-start'));

    await field(frame, 'Headline').fill('UX Researcher, accessibility');
    await frame.getByRole('button', { name: 'Save contact' }).click();
    await frame.getByText('Already a contact').waitFor();
    await frame.getByRole('button', { name: 'Save contact' }).click();
    await frame.getByText('Saved Maya Okafor to your contacts.').waitFor();

    const options = await session.openExtensionPage('options.html');
    const rows = options.getByRole('listitem', { name: 'Maya Okafor' });
    await expect.poll(() => rows.count()).toBe(1);
    await rows.getByRole('button').click();
    expect(await options.getByRole('textbox', { name: 'Headline' }).inputValue()).toBe('UX Researcher, accessibility');
    await options.close();

    // The sidebar stays on the page's right edge, wide enough to use.
    const box = await page.locator('iframe[title="Coffee Chats"]').boundingBox();
    expect(box).toMatchObject({ x: 1280 - 380, width: 380, height: 800 });
    await page.close();
  });

  it('logs a meeting: the badge counts the thank-you, the popup lists it, marking it sent clears both', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = sidebar(page);
    await frame.getByText('Already a contact').waitFor();
    expect(await session.badge()).toBe('');
    await frame.getByRole('button', { name: 'Log meeting' }).click();
    // The meeting form opens to take notes; the person's card says what is due.
    await frame.getByRole('form', { name: 'Meeting notes' }).waitFor();
    await frame.getByRole('tab', { name: 'Person' }).click();
    await frame.getByText(/Thank-you note due/u).waitFor();
    await expect.poll(() => session.badge()).toBe('1');

    const popup = await session.openExtensionPage('popup.html');
    const item = popup.getByRole('listitem', { name: 'Maya Okafor' });
    await expect.poll(() => item.textContent()).toContain('Send Maya a thank-you note — due in 24 hours');
    await item.getByRole('button', { name: 'Mark thank-you sent' }).click();
    await expect.poll(() => session.badge(), { timeout: 2_000 }).toBe('');
    // The thank-you is gone; keeping in touch comes later.
    await popup.getByRole('region', { name: 'Later' }).getByText(/Check in with Maya — due in 2 months/u).waitFor();
    expect(await popup.getByRole('button', { name: 'Mark thank-you sent' }).count()).toBe(0);
    // The sidebar follows the change made in the popup.
    await expect.poll(() => frame.getByText(/Thank-you note due/u).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('collapses to a small tab that covers only itself, and remembers it', async () => {
    const page = await session.openProfile(DEMO_SLUG);
    const frame = sidebar(page);
    await frame.getByRole('button', { name: 'Collapse sidebar' }).click();
    const iframe = page.locator('iframe[title="Coffee Chats"]');
    await expect.poll(async () => (await iframe.boundingBox())?.width).toBe(40);
    const tab = await iframe.boundingBox();
    expect(tab!.height).toBeLessThanOrEqual(140);
    // Whatever lies outside the tab is LinkedIn's, clickable as before.
    const hit = await page.evaluate(() => document.elementFromPoint(1270, 600)?.tagName);
    expect(hit).not.toBe('IFRAME');

    await page.reload();
    await frame.getByRole('button', { name: 'Open Coffee Chats' }).waitFor();
    expect((await iframe.boundingBox())?.width).toBe(40);
    await frame.getByRole('button', { name: 'Open Coffee Chats' }).press('Enter');
    await expect.poll(async () => (await iframe.boundingBox())?.width).toBe(380);
    await page.close();
  });
});

describe('LinkedIn’s in-app navigation', () => {
  it('mounts the sidebar when LinkedIn navigates into a profile, and follows it to the next one', async () => {
    const page = await session.context.newPage();
    // What the page loads from the extension: the reader and the sidebar frame wait for a profile.
    const fromExtension: string[] = [];
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', ({ request }) => {
      if (request.url.startsWith('chrome-extension://')) fromExtension.push(new URL(request.url).pathname);
    });
    // The content script signals its start with a document event named after the extension id (which
    // a test knows); the page's message channel hears nothing from it that names the extension.
    await page.addInitScript((id: string) => {
      document.addEventListener(`${id}:linkedin:wxt:content-script-started`, () => (document.documentElement.dataset.probeStarted = ''));
      window.addEventListener('message', (event: MessageEvent) => {
        if (JSON.stringify(event.data ?? null).includes(id)) document.documentElement.dataset.probeLeak = '';
      });
    }, session.extensionId);
    await page.goto('https://www.linkedin.com/feed/');
    await expect.poll(() => page.evaluate(() => 'probeStarted' in document.documentElement.dataset)).toBe(true);
    expect(await page.locator('iframe[title="Coffee Chats"]').count()).toBe(0);
    expect(fromExtension).toEqual([]);
    await page.getByRole('link', { name: 'Tomás Lindqvist' }).click();
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Tomás Lindqvist');
    expect(fromExtension).toContain('/content-scripts/linkedin-profile.js');
    expect(await page.evaluate(() => 'probeLeak' in document.documentElement.dataset)).toBe(false);

    await page.getByRole('link', { name: 'Priya Raman' }).click();
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Priya Raman');
    expect(await field(frame, 'Company').inputValue()).toBe('Greenway Council');

    await page.getByRole('link', { name: 'Home' }).click();
    await expect.poll(() => page.locator('iframe[title="Coffee Chats"]').count()).toBe(0);
    await page.close();
  });

  it('saves the person whose URL is open, even after quick switches', async () => {
    const page = await session.openProfile('priya-raman-demo');
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Priya Raman');
    await page.getByRole('link', { name: 'Tomás Lindqvist' }).click();
    await page.getByRole('link', { name: 'Maya Okafor' }).click();
    await page.getByRole('link', { name: 'Tomás Lindqvist' }).click();
    // While LinkedIn still shows the previous person under the new URL, nothing can be saved.
    await expect.poll(() => page.url()).toBe(profileUrl('tomas-lindqvist-demo'));
    await expect.poll(() => field(frame, 'Name').inputValue(), { timeout: 8_000 }).toBe('Tomás Lindqvist');
    await frame.getByRole('button', { name: 'Save contact' }).click();
    await frame.getByText('Saved Tomás Lindqvist to your contacts.').waitFor();
    expect(await field(frame, 'Company').inputValue()).toBe('Northwind Freight');
    await page.close();
  });
});

describe('hostile pages', () => {
  it('shows script-like names and javascript: links as text and runs nothing', async () => {
    const page = await session.openProfile('hostile-test-profile');
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('<img src=x onerror=alert(1)>');
    await frame.getByRole('heading', { name: '<img src=x onerror=alert(1)>' }).waitFor();
    expect(await frame.locator('#root img, #root script, #root svg, #root iframe').count()).toBe(0);
    await frame.getByRole('button', { name: 'Save contact' }).click();
    await frame.getByText('Already a contact').waitFor();

    const options = await session.openExtensionPage('options.html');
    const row = options.getByRole('listitem', { name: '<img src=x onerror=alert(1)>' });
    await row.getByRole('button').click();
    const link = options.getByRole('link', { name: 'LinkedIn profile' });
    expect(await link.getAttribute('href')).toBe(profileUrl('hostile-test-profile'));
    expect(await options.locator('main img, main svg, main iframe').count()).toBe(0);
    expect(session.dialogs).toEqual([]);
    await options.close();
    await page.close();
  });

  it('ignores window.postMessage from the page', async () => {
    const page = await session.openProfile('priya-raman-demo');
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Priya Raman');
    await frame.getByText('Not in your contacts yet.').waitFor();
    await page.evaluate(() => {
      const messages = [
        { page: null, contact: null },
        { type: 'saveContact', data: { slug: 'priya-raman-demo', fields: { name: 'Hacked' } } },
        { page: { url: 'https://www.linkedin.com/in/x/', slug: 'x', extraction: null }, contact: null },
      ];
      const iframe = document.querySelector<HTMLIFrameElement>('iframe[title="Coffee Chats"]');
      for (const message of messages) {
        window.postMessage(message, '*');
        iframe?.contentWindow?.postMessage(message, '*');
      }
    });
    await page.waitForTimeout(500);
    expect(await field(frame, 'Name').inputValue()).toBe('Priya Raman');
    await frame.getByText('Not in your contacts yet.').waitFor();
    await page.close();
  });
});

describe('privacy', () => {
  it('made no request to any host but the LinkedIn pages that were opened', () => {
    const hosts = new Set(session.requests.map((url) => new URL(url).hostname));
    expect([...hosts]).toEqual(['www.linkedin.com']);
  });
});

describe('appearance', () => {
  it.each(['popup.html', 'options.html'])('%s follows the browser’s dark preference', async (path) => {
    const page = await session.openExtensionPage(path);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(27, 31, 35)');
    await page.close();
  });

  it('the sidebar follows it too', async () => {
    const page = await session.openProfile('priya-raman-demo');
    await page.emulateMedia({ colorScheme: 'dark' });
    const frame = sidebar(page);
    await expect.poll(() => field(frame, 'Name').inputValue()).toBe('Priya Raman');
    const color = await frame.locator('.sidebar').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(color).toBe('rgb(27, 31, 35)');
    await page.close();
  });
});
