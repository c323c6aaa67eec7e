/**
 * The sidebar's boot script (issue 17, item 1): the person's name on screen before the app loads,
 * from the background's first state, written as text; nothing shown for a folded sidebar or a page
 * still loading; and the app takes the same port over with the state it already received.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SIDEBAR_MARKS } from '@/lib/sidebar-marks';

type Listener = (message: unknown) => void;

function fakePort() {
  const onMessage: Listener[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    name: 'coffee-chats-sidebar',
    onMessage: { addListener: (f: Listener) => onMessage.push(f) },
    onDisconnect: { addListener: (f: () => void) => onDisconnect.push(f) },
    postMessage: vi.fn(),
    disconnect: vi.fn(),
  };
  return { port, send: (message: unknown) => onMessage.forEach((f) => f(message)), close: () => onDisconnect.forEach((f) => f()) };
}

const stateFor = (profile: Record<string, unknown> | null, contact: Record<string, unknown> | null = null) => ({
  page: { url: 'https://www.linkedin.com/in/maya-okafor/', slug: 'maya-okafor', extraction: profile ? { profile } : null },
  contact,
});

let root: HTMLElement;
let port: ReturnType<typeof fakePort>;

beforeEach(async () => {
  vi.resetModules();
  fakeBrowser.reset();
  performance.clearMarks();
  port = fakePort();
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => port.port as never);
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

const boot = () => import('@/entrypoints/sidebar/boot');
/** Lets the storage read and the port's first message land. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the sidebar boot script', () => {
  it('shows the name and headline from the first state, marks it, and hands the port and state to the app', async () => {
    const { startBoot, takeBootPort, takeShownSlug } = await boot();
    const done = startBoot(root);
    await settle();
    port.send(stateFor({ name: 'Maya Okafor', headline: 'Product Manager at Lumen Health' }));
    await done;
    expect(root.textContent).toContain('Maya Okafor');
    expect(root.textContent).toContain('Product Manager at Lumen Health');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(performance.getEntriesByName(SIDEBAR_MARKS.name).map((m) => (m as PerformanceMark).detail)).toEqual(['maya-okafor']);
    expect(takeShownSlug()).toBe('maya-okafor');
    expect(takeShownSlug()).toBeUndefined();

    const received: unknown[] = [];
    const handed = takeBootPort((message) => received.push(message));
    expect(handed?.port).toBe(port.port);
    expect(handed?.last).toMatchObject({ page: { slug: 'maya-okafor' } });
    port.send({ later: true });
    expect(received).toEqual([{ later: true }]);
    // Taken once: a reconnect opens a new port.
    expect(takeBootPort(() => undefined)).toBeUndefined();
  });

  it('shows a saved contact by the name the user gave them', async () => {
    const { startBoot } = await boot();
    const done = startBoot(root);
    port.send(stateFor({ name: 'Maya O.' }, { name: 'Maya Okafor', headline: 'PM' }));
    await done;
    expect(root.textContent).toContain('Maya Okafor');
    expect(root.textContent).not.toContain('Maya O.');
  });

  it('writes what the page said as text, never as markup', async () => {
    const { startBoot } = await boot();
    const done = startBoot(root);
    port.send(stateFor({ name: '<img src=x onerror="alert(1)">Maya' }));
    await done;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">Maya');
  });

  it('shows nothing and lets the app load at once while the page is still loading', async () => {
    const { startBoot, takeBootPort } = await boot();
    const done = startBoot(root, 60_000);
    port.send(stateFor(null));
    await done;
    expect(root.textContent).toBe('');
    expect(takeBootPort(() => undefined)?.last).toMatchObject({ page: { extraction: null } });
  });

  it('shows nothing on a folded sidebar', async () => {
    await fakeBrowser.storage.local.set({ 'sidebar:collapsed': true });
    const { startBoot } = await boot();
    const done = startBoot(root, 60_000);
    port.send(stateFor({ name: 'Maya Okafor' }));
    await done;
    expect(root.textContent).toBe('');
  });

  it('ignores a state whose strings are not strings, and gives up when the port closes', async () => {
    const { startBoot, takeBootPort } = await boot();
    const done = startBoot(root, 60_000);
    port.send({ page: { slug: 42, extraction: { profile: { name: { toString: () => 'x' } } } } });
    port.close();
    await done;
    expect(root.textContent).toBe('');
    expect(takeBootPort(() => undefined)).toBeUndefined();
  });
});
