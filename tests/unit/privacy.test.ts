/**
 * PRIVACY.md says what the extension reads, stores and never sends: hold it to the code, so a new
 * permission, a new storage item or a network call cannot ship without the policy saying so.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DB_NAME } from '@/storage/db';

const policy = readFileSync('PRIVACY.md', 'utf8');
const source = (path: string) => readFileSync(path, 'utf8');
const backticked = (name: string) => policy.includes(`\`${name}\``);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/u.test(name) ? [path] : [];
  });
}

describe('PRIVACY.md', () => {
  it('names the database the extension stores everything in', () => {
    expect(backticked(DB_NAME)).toBe(true);
  });

  it('names every small preference kept in browser.storage', () => {
    const keys = [...source('storage/items.ts').matchAll(/defineItem<[^>]+>\('local:([^']+)'/gu)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !backticked(key))).toEqual([]);
  });

  it('names every permission the manifest asks for, required or optional', () => {
    const config = source('wxt.config.ts');
    const lists = [...config.matchAll(/(?:optional_)?permissions: \[([^\]]*)\]/gu)].map((m) => m[1]!).join(',');
    const permissions = [...lists.matchAll(/'([^']+)'/gu)].map((m) => m[1]!).filter((word) => word !== 'firefox');
    expect(permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'notifications']));
    expect(permissions.filter((permission) => !backticked(permission))).toEqual([]);
  });

  it('"makes no network request" holds: no code the extension ships can send one', () => {
    const shipped = ['entrypoints', 'components', 'hooks', 'lib', 'storage'].flatMap(files);
    const senders = /\b(fetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection)/u;
    expect(shipped.filter((path) => senders.test(source(path)))).toEqual([]);
    expect(policy).toMatch(/makes \*\*no network request\*\*/u);
  });

  it('is what the options page shows', () => {
    expect(source('entrypoints/options/PrivacySection.tsx')).toContain("from '@/PRIVACY.md?raw'");
  });
});
