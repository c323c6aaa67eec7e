/**
 * Issue 12, item 7: with a lead saved by name open on LinkedIn, "Save contact" never makes a second
 * row by accident — the sidebar asks whether this is the lead, and saves a new person only when told.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sidebarState } from './sidebar-state';

const sent: { type: string; data: unknown }[] = [];
vi.mock('@/lib/messaging', () => ({
  sendMessage: (type: string, data: unknown) => {
    sent.push({ type, data });
    return Promise.resolve(type === 'saveContact' ? { name: 'Maya Okafor' } : undefined);
  },
}));
const { PersonPanel } = await import('@/entrypoints/sidebar/PersonPanel');

const T = Date.UTC(2026, 10, 20, 13, 30);
const slug = 'maya-okafor';
const state = sidebarState({ leadMatches: [{ id: 7, name: 'Maya Okafor', referrerName: 'Tomás Lindqvist' }] });
const panel = () => <PersonPanel state={state} now={T} onSaved={vi.fn()} onMeetingLogged={vi.fn()} onSchedule={vi.fn()} />;
beforeEach(() => {
  sent.length = 0;
});

it('"Save contact" asks first when a lead has this name, and "Link to this lead" keeps one row', async () => {
  render(panel());
  await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
  expect(sent.map((m) => m.type)).not.toContain('saveContact');
  expect(screen.getByRole('status')).toHaveTextContent('Maya Okafor may be a lead you saved by name');
  await userEvent.click(screen.getByRole('button', { name: 'Link to this lead' }));
  expect(sent).toEqual([{ type: 'linkLead', data: { contactId: 7, slug } }]);
});

it('"Not them" saves a new person on the next "Save contact"', async () => {
  render(panel());
  await userEvent.click(screen.getByRole('button', { name: 'Not them' }));
  expect(screen.queryByRole('group', { name: 'Lead Maya Okafor' })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
  expect(sent.map((m) => m.type)).toEqual(['saveContact']);
});
