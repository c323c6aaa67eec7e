/**
 * `npm run bench`: prints what the extension costs, and writes bench-results.json
 * as a list of { name, value, unit, target, ok }. Later measurements add a section here.
 */
import { writeFileSync } from 'node:fs';
import { measureExtraction } from './bench/extraction';
import { measureOptionsRender } from './bench/options-render';
import { measureScale } from './bench/scale';
import { measureSizes } from './bench/sizes';
import type { Measurement } from './bench/types';

const sections: [string, () => Promise<Measurement[]> | Measurement[]][] = [
  ['Sizes', measureSizes],
  ['Reading real LinkedIn pages (median of 15 loads each, in Chromium)', measureExtraction],
  ['Contact book at scale (Dexie on fake-indexeddb, median of 9 batches)', measureScale],
  ['Options page (Chromium, median of 5 loads)', measureOptionsRender],
];

function table(rows: Measurement[]): string {
  const cells = rows.map((r) => [
    r.name,
    `${r.value.toLocaleString('en-US', { maximumFractionDigits: 3 })} ${r.unit}`,
    r.target ?? '—',
    r.ok === null ? '' : r.ok ? 'ok' : 'OVER',
  ]);
  const header = ['measurement', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 1 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

const all: Measurement[] = [];
for (const [title, run] of sections) {
  const rows = await run();
  all.push(...rows);
  console.log(`\n${title}\n${table(rows)}`);
}
writeFileSync('bench-results.json', `${JSON.stringify(all, null, 2)}\n`);
console.log(`\nWrote bench-results.json (${all.length} measurements).`);
