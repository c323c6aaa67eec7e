// @vitest-environment-options {"url": "https://www.linkedin.com/feed/"}
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchProfilePage, type Extract } from '@/entrypoints/linkedin.content/page-watcher';
import { extractProfile } from '@/lib/linkedin/extract-profile';
import type { PageState } from '@/lib/messaging';

// The content script runs on every LinkedIn page; the reader (and the sidebar
// frame with it) is a module loaded on the first profile page only.
let ctx: ContentScriptContext;
let states: (PageState | null)[];
let loads: number;
let load: () => Promise<Extract>;

const showPerson = (name: string) => {
  document.body.innerHTML = `<main><section><h1>${name}</h1></section></main>`;
};
const go = (path: string) => history.pushState(null, '', path);
const lastState = () => states.at(-1);

function start() {
  return watchProfilePage(
    ctx,
    () => {
      loads += 1;
      return load();
    },
    (state) => states.push(state),
    () => undefined,
  );
}

beforeEach(() => {
  go('/feed/');
  document.body.innerHTML = '<main><h1>Your feed</h1></main>';
  ctx = new ContentScriptContext('test');
  states = [];
  loads = 0;
  load = () => Promise.resolve(extractProfile);
});

afterEach(() => ctx.abort());

describe('the page watcher', () => {
  it('does not load the reader on the feed', async () => {
    const watcher = start();
    await vi.waitFor(() => expect(states).toEqual([null]));
    expect(loads).toBe(0);
    expect(watcher.current()).toBeNull();
  });

  it('loads the reader once on the first profile, and reads each person from it', async () => {
    start();
    showPerson('Ada Demo');
    go('/in/ada-demo/');
    await vi.waitFor(() => expect(lastState()?.extraction?.profile.name).toBe('Ada Demo'), { timeout: 3000 });
    expect(lastState()?.slug).toBe('ada-demo');

    showPerson('Ben Demo');
    go('/in/ben-demo/');
    await vi.waitFor(() => expect(lastState()?.extraction?.profile.name).toBe('Ben Demo'), { timeout: 3000 });
    expect(loads).toBe(1);
    // Between the two people: the new URL with nothing read yet, never Ben's URL with Ada's name.
    const ben = states.filter((state) => state?.slug === 'ben-demo');
    expect(ben[0]?.extraction).toBeNull();
    expect(ben.every((state) => state?.extraction?.profile.name !== 'Ada Demo')).toBe(true);
  });

  it('shows nothing until the reader is here, and tries again if loading it failed', async () => {
    load = () => Promise.reject(new Error('Extension context invalidated'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    showPerson('Ada Demo');
    go('/in/ada-demo/');
    start();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(states).toEqual([]);

    load = () => Promise.resolve(extractProfile);
    showPerson('Ada Demo');
    await vi.waitFor(() => expect(lastState()?.extraction?.profile.name).toBe('Ada Demo'), { timeout: 3000 });
    expect(loads).toBe(2);
    warn.mockRestore();
  });
});
