import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerOpenTabs } from '@/entrypoints/background/open-tabs';

const linkedInTabs = [
  { id: 1, url: 'https://www.linkedin.com/in/ada-demo/', discarded: false },
  { id: 2, url: 'https://www.linkedin.com/feed/', discarded: true },
  { id: 3, url: 'https://www.linkedin.com/in/ben-demo/', discarded: false },
];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('LinkedIn tabs open before an install or update', () => {
  it.each(['install', 'update'] as const)('get the content script on %s (Chrome: scripting), except discarded ones', async (reason) => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(linkedInTabs as never);
    const inject = vi.fn().mockResolvedValue([]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: inject };
    registerOpenTabs();
    await fakeBrowser.runtime.onInstalled.trigger(reason === 'update' ? { reason, previousVersion: '0.0.9' } : { reason });
    expect(query).toHaveBeenCalledWith({ url: 'https://www.linkedin.com/*' });
    expect(inject.mock.calls.map(([options]) => options)).toEqual([
      { target: { tabId: 1 }, files: ['/content-scripts/linkedin.js'] },
      { target: { tabId: 3 }, files: ['/content-scripts/linkedin.js'] },
    ]);
  });

  it('leave the tabs alone when only the browser was updated', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(linkedInTabs as never);
    registerOpenTabs();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(query).not.toHaveBeenCalled();
  });

  it('use tabs.executeScript where there is no scripting namespace (Firefox), and go on past a tab that refuses', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(linkedInTabs as never);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = undefined;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const inject = vi.spyOn(fakeBrowser.tabs, 'executeScript').mockRejectedValueOnce(new Error('Missing host permission')).mockResolvedValue([] as never);
    registerOpenTabs();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(inject.mock.calls).toEqual([
      [1, { file: '/content-scripts/linkedin.js' }],
      [3, { file: '/content-scripts/linkedin.js' }],
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
