import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(__dirname, '../../fixtures/linkedin');

export type Expected = {
  url: string;
  viewerName?: string;
  layout: string;
  expected: Record<string, unknown>;
  /** The mutual connections the top card names, when it names any. */
  mutuals?: { name: string; profileUrl?: string }[];
};

export type Fixture = { name: string; html: string; spec: Expected };

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/u, '');
      return {
        name,
        html: readFileSync(join(FIXTURE_DIR, file), 'utf8'),
        spec: JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as Expected,
      };
    });
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
