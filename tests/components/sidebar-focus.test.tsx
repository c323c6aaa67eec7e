/**
 * Keyboard focus after each sidebar action lands on what the action produced — never on <body> —
 * and what the sidebar says stays visible and announced after it switches tabs (issue 17, item 2).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SidebarState } from '@/lib/messaging';
import { sidebarState } from './sidebar-state';
import type { StoredContact } from '@/lib/model/contact';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { getContact, saveContact } from '@/storage/contacts';
import { listAllMeetings, logMeeting } from '@/storage/history';

const sent: { type: string; data: unknown }[] = [];
const replies: Record<string, () => Promise<unknown>> = {};
vi.mock('@/lib/messaging', () => ({
  sendMessage: (type: string, data: unknown) => {
    sent.push({ type, data });
    return replies[type]?.() ?? Promise.resolve(undefined);
  },
}));

let pushState: (state: SidebarState) => void = () => undefined;
let initial: SidebarState;
vi.mock('@/entrypoints/sidebar/use-sidebar-state', async () => {
  const { useState } = await vi.importActual<typeof import('react')>('react');
  return {
    useSidebarState: () => {
      const [state, setState] = useState(initial);
      pushState = setState;
      return state;
    },
  };
});

const { App } = await import('@/entrypoints/sidebar/App');

const T = Date.UTC(2026, 10, 20, 13, 30);
const slug = 'maya-okafor';
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`focus-${crypto.randomUUID()}`);
  sent.length = 0;
  initial = sidebarState();
});
afterEach(() => db.delete());

async function saved(): Promise<StoredContact> {
  const contact = await saveContact(slug, { name: 'Maya Okafor', experience: [], education: [] }, T, db);
  return (await getContact(contact.id, db))!;
}

it('after "Save contact" focus moves to the saved card', async () => {
  const user = userEvent.setup();
  const contact = await saved();
  replies.saveContact = async () => contact;
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Save contact' }));
  act(() => pushState({ ...initial, contact }));
  await waitFor(() => expect(document.activeElement).toHaveTextContent('Already a contact'));
});

it('after "Log meeting" the Meeting tab opens with focus in its first field, and the message stays visible', async () => {
  const user = userEvent.setup();
  const contact = await saved();
  await logMeeting(contact.id, T, db);
  const meetings = await listAllMeetings(db);
  initial = { ...initial, contact };
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Log meeting' }));
  act(() => pushState({ ...initial, meetings: meetings.map((m) => ({ ...m, id: m.id! })) as SidebarState['meetings'] }));
  await waitFor(() => expect(screen.getByRole('tab', { name: 'Meeting' })).toHaveAttribute('aria-selected', 'true'));
  await waitFor(() => expect(document.activeElement?.closest('form')).toHaveAccessibleName('Meeting notes'));
  expect(document.activeElement).not.toBe(document.body);
  const status = screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Meeting logged'));
  expect(status).toBeVisible();
});

it('collapsing moves focus to the tab that reopens the sidebar, and Enter on it opens it again', async () => {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Collapse sidebar' }));
  const reopen = await screen.findByRole('button', { name: 'Open Coffee Chats' });
  await waitFor(() => expect(reopen).toHaveFocus());
  await user.keyboard('{Enter}');
  const collapse = await screen.findByRole('button', { name: 'Collapse sidebar' });
  await waitFor(() => expect(collapse).toHaveFocus());
});
