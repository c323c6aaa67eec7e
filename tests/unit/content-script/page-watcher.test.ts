// @vitest-environment-options {"url": "https://www.linkedin.com/feed/"}
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { countIn, ignoreForgedRestarts } from '@/entrypoints/linkedin.content/forged-restart';
import { watchProfilePage, type Reader } from '@/entrypoints/linkedin.content/page-watcher';
import { extractProfile } from '@/lib/linkedin/extract-profile';
import { pageOwner, pagePrint } from '@/lib/linkedin/page-identity';
import type { DetailsSeen } from '@/lib/model/protocol';
import type { PageState } from '@/lib/messaging';

// The content script runs on every LinkedIn page; the reader (and the sidebar
// frame with it) is a module loaded on the first profile page only.
let ctx: ContentScriptContext;
let states: (PageState | null)[];
let loads: number;
let load: () => Promise<Reader>;
let details: DetailsSeen[];
const READER: Reader = { extract: extractProfile, owner: pageOwner, print: pagePrint };

const showPerson = (name: string) => {
  document.body.innerHTML = `<main><section><h1>${name}</h1></section></main>`;
};
/** A profile as LinkedIn draws it: the name links to the person's own overlay. */
const showProfile = (slug: string, name: string) => {
  document.body.innerHTML = `<main><section><a href="/in/${slug}/overlay/about-this-profile/"><h1>${name}</h1></a></section></main>`;
};
const entity = (...texts: string[]) =>
  `<li><div data-view-name="profile-component-entity">${texts.map((t) => `<span aria-hidden="true">${t}</span>`).join('')}</div></li>`;
const showList = (...items: string[][]) => {
  document.body.innerHTML = `<main><section><ul>${items.map((item) => entity(...item)).join('')}</ul></section></main>`;
};
const go = (path: string) => history.pushState(null, '', path);
const lastState = () => states.at(-1);
/** Long enough for several 300 ms looks, and not a multiple of their period. */
const WAIT_MS = 1_300;

function start() {
  return watchProfilePage(
    ctx,
    () => {
      loads += 1;
      return load();
    },
    (state) => states.push(state),
    (seen) => details.push(seen),
  );
}

beforeEach(() => {
  go('/feed/');
  document.body.innerHTML = '<main><h1>Your feed</h1></main>';
  ctx = new ContentScriptContext('test');
  states = [];
  loads = 0;
  details = [];
  load = () => Promise.resolve(READER);
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

    load = () => Promise.resolve(READER);
    showPerson('Ada Demo');
    await vi.waitFor(() => expect(lastState()?.extraction?.profile.name).toBe('Ada Demo'), { timeout: 3000 });
    expect(loads).toBe(2);
    warn.mockRestore();
  });

  it('waits as long as LinkedIn takes: the previous person is never read under the next URL', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      showProfile('ada-demo', 'Ada Demo');
      go('/in/ada-demo/');
      start();
      await vi.waitFor(() => expect(lastState()?.extraction?.profile.name).toBe('Ada Demo'));
      go('/in/ben-demo/');
      await vi.advanceTimersByTimeAsync(30_000);
      expect(lastState()).toEqual({ url: 'https://www.linkedin.com/in/ben-demo/', slug: 'ben-demo', extraction: null });
      // A page that names someone else is not Ben's, whatever its title says.
      document.title = 'Ben Demo | LinkedIn';
      await vi.advanceTimersByTimeAsync(5_000);
      expect(lastState()?.extraction).toBeNull();
      showProfile('ben-demo', 'Ben Demo');
      await vi.waitFor(() => expect(lastState()?.extraction?.profile.name).toBe('Ben Demo'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads the next person as soon as LinkedIn draws them, not at the next periodic look', async () => {
    vi.useFakeTimers();
    try {
      showProfile('ada-demo', 'Ada Demo');
      go('/in/ada-demo/');
      start();
      await vi.advanceTimersByTimeAsync(0);
      await vi.waitFor(() => expect(lastState()?.extraction?.profile.name).toBe('Ada Demo'));
      go('/in/ben-demo/');
      // LinkedIn keeps Ada on screen under Ben's URL for a while (past several 300 ms looks), then swaps.
      await vi.advanceTimersByTimeAsync(WAIT_MS);
      expect(lastState()?.extraction).toBeNull();
      showProfile('ben-demo', 'Ben Demo');
      // The change itself is looked at within a frame, not at the next periodic look.
      await vi.advanceTimersByTimeAsync(20);
      expect(lastState()?.extraction?.profile.name).toBe('Ben Demo');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the state on the same person’s overlays and pages', async () => {
    showProfile('ada-demo', 'Ada Demo');
    go('/in/ada-demo/');
    start();
    await vi.waitFor(() => expect(lastState()?.extraction?.profile.name).toBe('Ada Demo'));
    const count = states.length;
    for (const path of ['/in/ada-demo/overlay/contact-info/', '/in/ada-demo/recent-activity/all/', '/in/ada-demo/']) {
      go(path);
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    expect(states.length).toBe(count);
    go('/feed/');
    await vi.waitFor(() => expect(lastState()).toBeNull());
  });

  it('reads a list page only once LinkedIn has drawn it, and offers it rather than keeping it quiet', async () => {
    showProfile('ada-demo', 'Ada Demo');
    go('/in/ada-demo/');
    start();
    await vi.waitFor(() => expect(lastState()?.extraction?.profile.name).toBe('Ada Demo'));
    showList(['Researcher', 'Acme', '2020 - Present'], ['Analyst', 'Globex', '2018 - 2020']);
    go('/in/ada-demo/details/experience/');
    await vi.waitFor(() => expect(details).toHaveLength(1));
    expect(details[0]!.experience?.map((job) => job.company)).toEqual(['Acme', 'Globex']);
    // The URL says education; the page still shows the jobs: they are not schools.
    go('/in/ada-demo/details/education/');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(details).toHaveLength(1);
    showList(['Demo University', 'MSc', '2014 - 2016']);
    await vi.waitFor(() => expect(details).toHaveLength(2));
    expect(details[1]).toEqual({ slug: 'ada-demo', education: [expect.objectContaining({ school: 'Demo University' })] });
    // The sidebar stayed on Ada all along.
    expect(lastState()?.extraction?.profile.name).toBe('Ada Demo');
  });
});

describe('WXT’s “newer script started” event', () => {
  it('does not retire the content script when the page dispatches it', () => {
    ctx = new ContentScriptContext('test');
    ignoreForgedRestarts(ctx, countIn());
    const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'test', messageId: 'forged' } }));
    expect(ctx.isValid).toBe(true);
  });

  it('still retires it when a real newer copy starts', () => {
    ctx = new ContentScriptContext('test');
    ignoreForgedRestarts(ctx, countIn());
    countIn();
    const newer = new ContentScriptContext('test');
    expect(ctx.isValid).toBe(false);
    newer.abort();
  });
});
