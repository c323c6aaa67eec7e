import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../demo/browser';
import { makeRows } from './scale';
import { atMost, type Measurement } from './types';

/** The options page with 10,000 contacts, in Chromium: time from navigation to the first rows on screen. */
export async function measureOptionsRender(): Promise<Measurement[]> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'coffee-chats-bench-'));
  const browser = await launchWithExtension({ userDataDir });
  try {
    const page = await browser.openExtensionPage('options.html');
    await page.getByText('No contacts match.').or(page.getByRole('list', { name: 'Contacts' })).waitFor();
    const { contacts } = makeRows(10_000);
    // Written straight into the extension's IndexedDB, as the extension itself would have.
    await page.evaluate(async (rows) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('coffee-chats');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('contacts', 'readwrite');
      for (const row of rows) tx.objectStore('contacts').put(row);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, contacts);
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[role="listitem"]')) {
          (window as unknown as { firstRowAt: number }).firstRowAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.reload();
      await page.getByRole('listitem').first().waitFor();
      times.push(await page.evaluate(() => (window as unknown as { firstRowAt: number }).firstRowAt));
    }
    times.sort((a, b) => a - b);
    const rendered = await page.getByRole('listitem').count();
    return [atMost(`options page first render, 10,000 contacts (${rendered} rows in the DOM)`, Number(times[2]!.toFixed(0)), 'ms', null)];
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
