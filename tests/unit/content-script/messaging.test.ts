import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage as contentOnMessage, sendMessage as contentSendMessage } from '@/entrypoints/linkedin.content/messaging';
import { onMessage, sendMessage } from '@/lib/messaging';

// The content script speaks @webext-core/messaging's envelope without the library;
// the background and pages keep the library. Here both ends meet on one fake runtime.
const page = { url: 'https://www.linkedin.com/in/ada-demo/', slug: 'ada-demo', extraction: null };
let removers: (() => void)[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  // The library calls the `chrome` global directly.
  vi.stubGlobal('chrome', fakeBrowser);
});

afterEach(() => {
  removers.forEach((remove) => remove());
  removers = [];
  vi.unstubAllGlobals();
});

describe('the content script’s messages', () => {
  it('reach the library’s handler with their data, and bring its answer back', async () => {
    const received: unknown[] = [];
    removers.push(
      onMessage('detailsSeen', ({ data }) => {
        received.push(data);
      }),
    );
    const answer = await contentSendMessage('detailsSeen', { slug: 'ada-demo', education: [{ school: 'Demo University' }] });
    expect(answer).toBeUndefined();
    expect(received).toEqual([{ slug: 'ada-demo', education: [{ school: 'Demo University' }] }]);
  });

  it('reject with the handler’s own message when the background refuses', async () => {
    removers.push(
      onMessage('pageChanged', () => {
        throw new Error('Not a LinkedIn profile');
      }),
    );
    await expect(contentSendMessage('pageChanged', page)).rejects.toThrow('Not a LinkedIn profile');
  });

  it('answer the library’s question with what the page shows', async () => {
    removers.push(contentOnMessage('currentPage', () => page));
    expect(await sendMessage('currentPage', undefined)).toEqual(page);
  });

  it('leave other messages to other listeners', async () => {
    removers.push(contentOnMessage('currentPage', () => page));
    removers.push(onMessage('dataChanged', () => undefined));
    const replies: unknown[] = [];
    const listener = (message: unknown, _sender: unknown, reply: (value: unknown) => void) => {
      replies.push(message);
      reply('other');
      return true;
    };
    fakeBrowser.runtime.onMessage.addListener(listener);
    removers.push(() => fakeBrowser.runtime.onMessage.removeListener(listener));
    expect(await fakeBrowser.runtime.sendMessage({ hello: 'world' })).toBe('other');
    expect(await fakeBrowser.runtime.sendMessage('plain text')).toBe('other');
    expect(await fakeBrowser.runtime.sendMessage({ type: 'saveContact', timestamp: 1, data: {} })).toBe('other');
    expect(replies).toHaveLength(3);
  });
});
