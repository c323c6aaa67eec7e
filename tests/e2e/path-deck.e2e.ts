import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { endSession, saveFromSidebar, startSession, type Session } from './support';

const PATH_UID = 'path-ux-research-e2e';
const DAY = 86_400_000;
let session: Session;

/**
 * Puts Maya (saved from her profile) on a career path with one conversation held, from an
 * extension page, as the path pickers would: the path, her membership, the request and the meeting.
 */
async function seedPath(page: Page) {
  await page.evaluate(
    async ({ uid, now, day }) => {
      const request = <T,>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const db = await request(indexedDB.open('coffee-chats'));
      const tx = db.transaction(['paths', 'contacts', 'meetings', 'interactions'], 'readwrite');
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      tx.objectStore('paths').add({ uid, name: 'UX research', why: 'I like finding out why people do what they do', target: 3, synthesis: { personal: 'Research careers often start somewhere else.' }, createdAt: now, updatedAt: now });
      const contacts = tx.objectStore('contacts');
      const maya = await request(contacts.index('slug').get('maya-okafor-demo'));
      contacts.put({ ...maya, pathUids: [uid] });
      tx.objectStore('interactions').add({ uid: 'interaction-e2e-deck-1', contactId: maya.id, kind: 'request-sent', at: now - 5 * day });
      tx.objectStore('meetings').add({
        uid: 'meeting-e2e-deck-1',
        contactId: maya.id,
        heldAt: now - day,
        mode: 'video',
        durationMin: 30,
        questions: [{ text: 'What does a typical week look like?', answer: 'Two studies and a synthesis day. Maya Okafor here — write to maya.okafor@lumen.example.', area: 'personal' }],
        takeaways: ['Research ops is a real career path'],
        leads: [],
      });
      await done;
      db.close();
    },
    { uid: PATH_UID, now: Date.now(), day: DAY },
  );
}

/** The lowest contrast of any text on the slides (or the report) against white paper, as printed. */
async function lowestPrintedContrast(page: Page, selector: string): Promise<{ ratio: number; text: string; color: string }> {
  return page.evaluate((root) => {
    const rgb = (value: string) => (value.match(/[\d.]+/gu) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    /** The first painted background behind an element; paper is white. */
    const background = (element: Element | null): number[] => {
      for (let at = element; at; at = at.parentElement) {
        const value = getComputedStyle(at).backgroundColor;
        const alpha = /rgba\(.*,\s*([\d.]+)\)/u.exec(value)?.[1];
        if (value !== 'transparent' && (alpha === undefined || Number(alpha) > 0.5)) return rgb(value);
      }
      return [255, 255, 255];
    };
    let lowest = { ratio: 21, text: '', color: '' };
    for (const element of document.querySelectorAll(`${root} *`)) {
      const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      const drawn = element instanceof SVGElement ? element.closest('title, desc, defs') === null : (element as HTMLElement).offsetParent !== null;
      if (!own || !drawn) continue;
      const style = getComputedStyle(element);
      const color = element instanceof SVGElement ? style.fill : style.color;
      const [a, b] = [luminance(rgb(color)), luminance(background(element))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < lowest.ratio) lowest = { ratio, text: element.textContent!.trim().slice(0, 40), color };
    }
    return lowest;
  }, selector);
}

beforeAll(async () => {
  session = await startSession();
  const profile = await session.openProfile('maya-okafor-demo');
  await saveFromSidebar(profile, 'Maya Okafor');
  await profile.close();
  const options = await session.openExtensionPage('options.html');
  await seedPath(options);
  await options.close();
});
afterAll(() => endSession(session));

describe('a career path as slides', () => {
  it('shows the slides with names left out, and the names once Anonymise names is unticked', async () => {
    const page = await session.openExtensionPage(`options.html#path/${PATH_UID}/deck`);
    const slides = page.locator('section.slide');
    await page.getByRole('region', { name: 'UX research', exact: true }).waitFor();
    expect(await slides.evaluateAll((all) => all.map((slide) => slide.querySelector('h2')?.textContent))).toEqual([
      'UX research',
      'Progress',
      'The people',
      'Personal',
      'Qualifications',
      'Landscape',
      'Leads',
      'What I learned',
      'Referral chain',
    ]);
    const deck = page.locator('.deck');
    const text = await deck.innerText();
    for (const trace of ['Maya', 'Okafor', 'maya-okafor-demo', 'lumen.example', 'Lumen Health']) expect(text).not.toContain(trace);
    expect(text).toContain('a senior UX researcher at a health-care organisation');
    expect(text).toContain('Two studies and a synthesis day.');
    await page.getByRole('img', { name: 'Funnel: 1 person asked, 1 replied, 1 conversation held of 3 planned.' }).waitFor();

    await page.getByRole('checkbox', { name: 'Anonymise names' }).uncheck();
    await page.getByRole('region', { name: 'The people' }).getByText('Maya Okafor — Senior UX Researcher at Lumen Health').waitFor();
    await page.getByRole('checkbox', { name: 'Include answers' }).uncheck();
    expect(await deck.innerText()).not.toContain('Two studies');
    await page.close();
  });

  it('prints black on white from a dark-mode browser, without the controls', async () => {
    const page = await session.openExtensionPage(`options.html#path/${PATH_UID}/deck`);
    await page.getByRole('region', { name: 'UX research', exact: true }).waitFor();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    const deck = await lowestPrintedContrast(page, '.deck');
    expect(deck.ratio, `${deck.text} in ${deck.color}`).toBeGreaterThanOrEqual(7);
    expect(await page.locator('.slide').first().evaluate((slide) => getComputedStyle(slide).color)).toBe('rgb(0, 0, 0)');

    // The interview report prints legibly too (it was grey on white at about 2.2:1).
    await page.goto(page.url().replace(/#.*$/u, '#report'));
    await page.getByRole('heading', { name: /Maya Okafor/u }).waitFor();
    const report = await lowestPrintedContrast(page, '.report');
    expect(report.ratio, `${report.text} in ${report.color}`).toBeGreaterThanOrEqual(7);
    await page.close();
  });

  it('passes axe-core in light and dark', async () => {
    const page = await session.openExtensionPage(`options.html#path/${PATH_UID}/deck`);
    await page.getByRole('region', { name: 'UX research', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
