/**
 * The Message, Prep and Meeting panels load after the Person panel (issue 17, item 1): each shows
 * once its code is here, and what was typed in one survives switching tabs and new states pushed
 * by the background, as when every panel was in the first load.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SidebarState } from '@/lib/messaging';
import { sidebarState } from './sidebar-state';
import { openDb, type CoffeeChatsDb } from '@/storage/db';

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

let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`later-${crypto.randomUUID()}`);
  sent.length = 0;
  initial = sidebarState();
});
afterEach(() => db.delete());

it('shows the Person panel at once and the other tabs once loaded; a draft typed in Message survives tab switches and new states', async () => {
  const user = userEvent.setup();
  render(<App />);
  expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Maya Okafor');
  await user.click(screen.getByRole('tab', { name: 'Message' }));
  const draft = await screen.findByRole('textbox', { name: 'Draft' });
  await user.clear(draft);
  await user.type(draft, 'Hello Maya, a question about research.');
  await user.click(screen.getByRole('tab', { name: 'Prep' }));
  act(() => pushState({ ...initial, settings: { ...initial.settings } }));
  await user.click(screen.getByRole('tab', { name: 'Message' }));
  expect(screen.getByRole('textbox', { name: 'Draft' })).toHaveValue('Hello Maya, a question about research.');
  expect(screen.queryByText('Loading…')).toBeNull();
});
