/**
 * `npm run release` makes what the stores ask for, and the Firefox zip is rebuilt byte for byte
 * from the source archive by following its SOURCE_CODE_REVIEW.md in an empty folder.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { launchFirefoxWithExtension } from '../../scripts/demo/firefox';
import { DEMO_SLUG } from '../../scripts/demo/people';
import { ARTIFACTS } from '../../scripts/release';
import { profileUrl, waitUntil } from './drivers/driver';

const RELEASE = '.output/release';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function unzip(zip: string, into: string): Promise<string[]> {
  const archive = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zip, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const names: string[] = [];
  await new Promise<void>((resolve, reject) => {
    archive.on('entry', (entry: yauzl.Entry) => {
      names.push(entry.fileName);
      const target = join(into, entry.fileName);
      if (entry.fileName.endsWith('/')) return archive.readEntry();
      mkdirSync(dirname(target), { recursive: true });
      archive.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        pipeline(stream, createWriteStream(target)).then(() => archive.readEntry(), reject);
      });
    });
    archive.on('end', resolve);
    archive.on('error', reject);
    archive.readEntry();
  });
  return names;
}

beforeAll(() => {
  execFileSync('npm', ['run', 'release'], { stdio: 'pipe' });
}, 600_000);

describe('npm run release', () => {
  it('writes both store zips, the source archive, the listing text and the permission justifications', () => {
    for (const file of Object.values(ARTIFACTS)) expect(existsSync(join(RELEASE, file)), file).toBe(true);
    for (const doc of ['listing.md', 'permissions.md', 'PRIVACY.md']) expect(existsSync(join(RELEASE, 'store', doc)), doc).toBe(true);
    const permissions = readFileSync(join(RELEASE, 'store/permissions.md'), 'utf8');
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as { permissions: string[]; optional_permissions: string[]; host_permissions: string[] };
    for (const permission of [...manifest.permissions, ...manifest.optional_permissions, ...manifest.host_permissions]) {
      expect(permissions, permission).toContain(`\`${permission}\``);
    }
  });

  it('makes store images in the sizes the stores require: 1280×800 screenshots and a 440×280 promo tile', () => {
    const shots = [1, 2, 3].map((n) => join(RELEASE, 'store', `screenshot-${n}-1280x800.png`));
    for (const shot of shots) expect(pngSize(shot)).toEqual({ width: 1280, height: 800 });
    expect(pngSize(join(RELEASE, 'store/promo-tile-440x280.png'))).toEqual({ width: 440, height: 280 });
  });

  it('the source archive rebuilds the Firefox zip byte for byte, following its own instructions', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'coffee-chats-source-'));
    try {
      const names = await unzip(join(RELEASE, ARTIFACTS.sources), folder);
      expect(names).toEqual(expect.arrayContaining(['SOURCE_CODE_REVIEW.md', 'package.json', 'package-lock.json', 'wxt.config.ts']));
      expect(names.filter((name) => name.startsWith('node_modules/') || name.startsWith('.output/'))).toEqual([]);
      // A fresh shell: no NODE_ENV (vitest's "test" would make a development build).
      const { NODE_ENV: _testRunner, ...env } = process.env;
      const run = (...args: string[]) => execFileSync('npm', args, { cwd: folder, stdio: 'pipe', env: { ...env, npm_config_prefer_offline: 'true' } });
      run('ci', '--no-audit', '--no-fund');
      run('run', 'zip:firefox');
      const rebuilt = readFileSync(join(folder, '.output', ARTIFACTS.firefox));
      expect(rebuilt.equals(readFileSync(join(RELEASE, ARTIFACTS.firefox)))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 900_000);

  it('installs in Firefox as the README says — the release zip, for good — and is still there after a restart', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'coffee-chats-ff-install-'));
    const sidebarName = async (firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>) => {
      const page = await firefox.newPage();
      await page.goto(profileUrl(DEMO_SLUG));
      const frame = await (await page.waitForSelector('iframe[title="Coffee Chats"]', { timeout: 20_000 }))!.contentFrame();
      const name = () => frame.$eval('::-p-aria([name="Name"][role="textbox"])', (el) => (el as HTMLInputElement).value);
      await waitUntil(name, 'Maya Okafor', 20_000);
      return name();
    };
    try {
      const first = await launchFirefoxWithExtension({ userDataDir, install: { permanent: join(RELEASE, ARTIFACTS.firefox) } });
      try {
        expect(await sidebarName(first)).toBe('Maya Okafor');
      } finally {
        await first.close();
      }
      const second = await launchFirefoxWithExtension({ userDataDir, install: 'none' });
      try {
        expect(await sidebarName(second)).toBe('Maya Okafor');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
