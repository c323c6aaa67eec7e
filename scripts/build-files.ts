import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/** The Chromium build, as `npm run build` writes it. */
export const BUILD_DIR = '.output/chrome-mv3';

/**
 * A built file and everything it loads (scripts, styles, imports), once each, as paths inside `dir`.
 * `lazy: false` leaves out what it imports later (`import(…)`): what a page loads before its first screen.
 */
export function closure(entry: string, { lazy = true, dir = BUILD_DIR } = {}, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(dir, entry))) return seen;
  seen.add(entry);
  const text = readFileSync(join(dir, entry), 'utf8');
  // Static imports (`from "./x.js"`, `import "./x.js"`), and with `lazy` the later ones (`import(\`./x.js\`)`).
  const imports = lazy ? /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/gu : /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/gu;
  const refs = entry.endsWith('.html') ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/gu)].map((m) => m[1]!) : [...text.matchAll(imports)].map((m) => m[1]!);
  for (const ref of refs) {
    const path = ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(dirname(entry), ref));
    closure(path, { lazy, dir }, seen);
  }
  return seen;
}
