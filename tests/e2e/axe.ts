import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The same bar as accessibility.e2e.ts: WCAG 2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's violations on an extension page, in light and in dark, one line per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const report = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    // A scan that checked nothing proves nothing.
    if (report.passes.length === 0) throw new Error('axe checked no element');
    for (const v of report.violations) found.push(`${colorScheme} · ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}
