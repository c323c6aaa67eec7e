/**
 * Issue 18 in the sidebar: a saved mutual connection is suggested as an introducer, and a missing field
 * offers "Report a page we can't read", whose file is saved from what the background returns.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SidebarState } from '@/lib/messaging';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';
import type { ProfileField } from '@/lib/linkedin/fields';

const sent: string[] = [];
let reply: () => Promise<unknown> = () => Promise.resolve(undefined);
vi.mock('@/lib/messaging', () => ({
  sendMessage: (type: string) => {
    sent.push(type);
    return reply();
  },
}));
const saved: { name: string; text: string }[] = [];
vi.mock('@/components/download', () => ({ download: (name: string, text: string) => saved.push({ name, text }) }));

const { PersonPanel } = await import('@/entrypoints/sidebar/PersonPanel');

const slug = 'rosa-quintero-19';
const state = (over: Partial<SidebarState> = {}, missing: ProfileField[] = []): SidebarState => ({
  page: {
    url: `https://www.linkedin.com/in/${slug}/`,
    slug,
    extraction: {
      profile: { slug, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: 'Rosa Quintero', currentCompany: 'Initrode', experience: [], education: [] },
      found: ['name', 'currentCompany'],
      missing,
      layout: 'unknown',
    },
  },
  contact: null,
  meetings: [],
  lastInteraction: null,
  settings: { ...DEFAULT_SETTINGS, ownName: 'Sam Student' },
  templates: [],
  leadMatches: [],
  pageLists: {},
  scheduled: null,
  tasks: [],
  paths: [],
  courseQuestions: [],
  ...over,
});

beforeEach(() => {
  sent.length = 0;
  saved.length = 0;
});

describe('PersonPanel on a page the reader half understood', () => {
  it('suggests asking a saved mutual connection for an introduction', () => {
    render(<PersonPanel state={state({ mutualContacts: [{ id: 7, name: 'Noor Haddad' }] })} now={0} onMeetingLogged={() => undefined} onSaved={() => undefined} onSchedule={() => undefined} />);
    const region = screen.getByRole('region', { name: 'Ask Noor Haddad for an introduction' });
    const draft = (screen.getByRole('textbox', { name: 'Introduction request to Noor Haddad' }) as HTMLTextAreaElement).value;
    expect(region).toBeInTheDocument();
    expect(draft).toMatch(/^Hi Noor,/mu);
    expect(draft).toContain('Rosa Quintero');
  });

  it('shows no report button when every field was read', () => {
    render(<PersonPanel state={state()} now={0} onMeetingLogged={() => undefined} onSaved={() => undefined} onSchedule={() => undefined} />);
    expect(screen.queryByRole('button', { name: "Report a page we can't read" })).toBeNull();
  });

  it('saves the structure file the background returns, and says so', async () => {
    reply = () => Promise.resolve({ format: 'coffee-chats-page-structure', version: 1, layout: 'unknown', page: 'profile', missing: ['headline'], trace: {}, html: '<main>', truncated: false });
    render(<PersonPanel state={state({}, ['headline'])} now={0} onMeetingLogged={() => undefined} onSaved={() => undefined} onSchedule={() => undefined} />);
    expect(screen.getByRole('heading', { name: /Couldn't read: headline/u })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: "Report a page we can't read" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(sent).toEqual(['reportPage']);
    expect(saved[0]!.name).toBe('coffee-chats-page-structure-unknown.json');
    expect(JSON.parse(saved[0]!.text)).toMatchObject({ format: 'coffee-chats-page-structure', missing: ['headline'] });
    expect(screen.getByText(/Attach it to a bug report/u)).toBeInTheDocument();
  });

  it('says what went wrong when the page could not be copied', async () => {
    reply = () => Promise.reject(new Error('The page is not a LinkedIn profile the reader can see. Reload it and try again.'));
    render(<PersonPanel state={state({}, ['headline'])} now={0} onMeetingLogged={() => undefined} onSaved={() => undefined} onSchedule={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: "Report a page we can't read" }));
    expect(await screen.findByText(/Reload it and try again/u)).toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });
});
