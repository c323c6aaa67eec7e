import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../demo/browser';
import { makeRows } from './scale';
import { atMost, type Measurement } from './types';

const PATHS = 40;
const NOW = Date.UTC(2026, 10, 15);
const DAY = 86_400_000;
const AREAS = ['personal', 'qualifications', 'landscape', 'leads'] as const;

/**
 * Career paths at scale (issue 15): a book of `contacts` people and 40 paths, one in four people on a
 * path, each of those met once with four answered questions (one per area). Rows are written straight
 * into the extension's IndexedDB, as the extension itself would have.
 */
export function pathRows(contactCount: number) {
  const { contacts, interactions } = makeRows(contactCount);
  const paths = Array.from({ length: PATHS }, (_, i) => ({
    id: i + 1,
    uid: `bench-path-${String(i + 1).padStart(3, '0')}`,
    name: `Career path ${String(i + 1).padStart(2, '0')}`,
    target: 5,
    synthesis: {},
    createdAt: NOW - 90 * DAY,
    updatedAt: NOW - 90 * DAY,
  }));
  const meetings = [];
  for (const contact of contacts) {
    if (contact.id % 4 !== 0) continue;
    const path = paths[(contact.id / 4) % PATHS]!;
    (contact as { pathUids?: string[] }).pathUids = [path.uid];
    meetings.push({
      id: contact.id,
      uid: `bench-meeting-${contact.id}`,
      contactId: contact.id,
      heldAt: NOW - (contact.id % 300) * DAY,
      questions: AREAS.map((area, k) => ({ text: `Question ${k + 1} about ${area}?`, answer: `Answer from person ${contact.id}: it depends on the team.`, area })),
      takeaways: ['Talk to the regulatory team early.'],
      leads: [],
    });
  }
  return { contacts, interactions, paths, meetings };
}

async function seed(page: Page, rows: ReturnType<typeof pathRows>) {
  await page.evaluate(async (data) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('coffee-chats');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['contacts', 'interactions', 'paths', 'meetings'], 'readwrite');
    for (const store of ['contacts', 'interactions', 'paths', 'meetings'] as const) {
      tx.objectStore(store).clear();
      for (const row of data[store]) tx.objectStore(store).put(row);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

/** Median time (ms from navigation start) until `selector` is in the page at `hash`, over 5 loads. */
async function firstRender(page: Page, base: string, hash: string, selector: string): Promise<number> {
  await page.addInitScript((wanted: string) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(wanted)) {
        const shown = ((window as unknown as { shownAt?: Record<string, number> }).shownAt ??= {});
        shown[wanted] = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    await page.goto('about:blank');
    await page.goto(`${base}options.html#${hash}`);
    await page.locator(selector).first().waitFor({ timeout: 60_000 });
    times.push(await page.evaluate((wanted) => (window as unknown as { shownAt: Record<string, number> }).shownAt[wanted]!, selector));
  }
  times.sort((a, b) => a - b);
  return times[2]!;
}

/**
 * The path page, the path list and the contact book's term timeline, first render with 10,000
 * contacts and 40 paths, beside the same pages with 40 contacts in one run (the ratio is what
 * the machine's speed does not change).
 */
export async function measurePathPages(): Promise<Measurement[]> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'coffee-chats-bench-'));
  const browser = await launchWithExtension({ userDataDir });
  try {
    const page = await browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Coffee Chats' }).waitFor();
    const base = page.url().replace(/options\.html.*$/u, '');
    const screens = [
      ['path page', 'path/bench-path-007', '.findings'],
      ['career paths list', 'paths', '.path-card'],
      ['contact book with term timeline', 'contacts', '.timeline'],
    ] as const;
    const measure = async () => {
      const result: number[] = [];
      for (const [, hash, selector] of screens) result.push(await firstRender(page, base, hash, selector));
      return result;
    };
    await seed(page, pathRows(40));
    const small = await measure();
    await seed(page, pathRows(10_000));
    const large = await measure();
    return screens.flatMap(([name], i) => [
      atMost(`${name} first render, 10,000 contacts, 40 paths`, Number(large[i]!.toFixed(0)), 'ms', null),
      atMost(`${name}: 10,000 contacts ÷ 40 contacts`, Number((large[i]! / small[i]!).toFixed(2)), '×', null),
    ]);
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
