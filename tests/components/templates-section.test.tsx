/**
 * Issue 12, item 1: the template being edited follows the stored row, and a save sends only what
 * the user changed — a change saved from another window to another field stays.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TemplatesSection } from '@/entrypoints/options/TemplatesSection';
import { getDb } from '@/storage/db';
import { listTemplates, saveTemplate } from '@/storage/templates';

const T = Date.UTC(2026, 10, 20, 9);
beforeEach(async () => {
  await getDb().templates.clear();
});

const template = { kind: 'thank-you' as const, name: 'After a coffee', subject: 'Thank you', body: 'Thanks for your time, {firstName}.' };

it('a save keeps the text another window saved while this one renamed the template', async () => {
  const { id } = await saveTemplate(template, T);
  render(<TemplatesSection />);
  await userEvent.click(await screen.findByRole('button', { name: 'Edit After a coffee' }));
  const name = screen.getByRole('textbox', { name: 'Template name' });
  expect(name).toHaveValue('After a coffee');
  await userEvent.clear(name);
  await userEvent.type(name, 'After a chat');

  // Another options tab rewrites the text of the same template.
  await saveTemplate({ ...template, id, body: 'Thank you for the chat, {firstName}. Your tip on portfolios helped.' }, T + 1000);
  const text = screen.getByRole('textbox', { name: 'Text' });
  await waitFor(() => expect(text).toHaveValue('Thank you for the chat, {firstName}. Your tip on portfolios helped.'));
  expect(name).toHaveValue('After a chat');

  await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
  await screen.findByText(/Template “After a chat” saved/u);
  expect(await listTemplates()).toEqual([
    expect.objectContaining({ id, name: 'After a chat', subject: 'Thank you', body: 'Thank you for the chat, {firstName}. Your tip on portfolios helped.' }),
  ]);
});

it('says so when the template being edited is deleted elsewhere, and can keep what was typed as a new one', async () => {
  const { id } = await saveTemplate(template, T);
  render(<TemplatesSection />);
  await userEvent.click(await screen.findByRole('button', { name: 'Edit After a coffee' }));
  await userEvent.type(screen.getByRole('textbox', { name: 'Text' }), ' See you at the meetup.');
  await getDb().templates.delete(id);
  expect(await screen.findByRole('alert')).toHaveTextContent('This template was deleted in another window.');
  expect(screen.getByRole('textbox', { name: 'Template name' })).toHaveValue('After a coffee');
  await userEvent.type(screen.getByRole('textbox', { name: 'Template name' }), ', again');
  await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
  await screen.findByText(/Template “After a coffee, again” saved/u);
  expect(await listTemplates()).toEqual([expect.objectContaining({ kind: 'thank-you', name: 'After a coffee, again', subject: 'Thank you', body: 'Thanks for your time, {firstName}. See you at the meetup.' })]);
});

it('a new template is saved whole, and the form is empty again for the next one', async () => {
  render(<TemplatesSection />);
  await userEvent.type(screen.getByRole('textbox', { name: 'Template name' }), 'Alumni note');
  await userEvent.type(screen.getByRole('textbox', { name: 'Text' }), 'Hi {{firstName}, a fellow alum here.');
  await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
  await screen.findByText(/Template “Alumni note” saved/u);
  expect(await listTemplates()).toEqual([expect.objectContaining({ kind: 'connection-note', name: 'Alumni note', body: 'Hi {firstName}, a fellow alum here.' })]);
  expect(screen.getByRole('textbox', { name: 'Template name' })).toHaveValue('');
});
