/**
 * Issue 12, item 10: one thank-you, one set of words. The popup, the contact book's list and the
 * sidebar's status card say when it is due the same way (lib/followups/due-words.ts).
 */
import { render, screen } from '@testing-library/react';
import { ContactList } from '@/components/ContactList';
import { ContactStatus } from '@/components/ContactStatus';
import { FollowUpList } from '@/components/FollowUpList';
import { dueWords, overdueAtOf } from '@/lib/followups/due-words';

const MET = Date.UTC(2026, 10, 18, 14);
const HOUR = 3_600_000;
const maya = {
  id: 1,
  name: 'Maya Okafor',
  currentCompany: 'Lumen Health',
  status: 'met' as const,
  tags: [],
  nextDueKind: 'thank-you' as const,
  nextDueAt: MET,
  thankYouDueAt: MET,
  thankYouOverdueAt: MET + 24 * HOUR,
};
const noop = () => undefined;

it.each([
  ['an hour after the meeting', MET + HOUR, /due in 23 hours/u],
  ['a day and an hour after it', MET + 25 * HOUR, /overdue since 1 hour ago/u],
])('%s the popup, the contact list and the sidebar say the same', async (_when, now, words) => {
  const due = dueWords(maya, now)!;
  const item = { contactId: 1, name: maya.name, kind: due.kind, text: due.text, dueAt: maya.nextDueAt, overdueAt: overdueAtOf(maya) };
  render(
    <>
      <section aria-label="Popup">
        <FollowUpList items={[item]} now={now} onDone={noop} onSnooze={noop} onOpenContact={noop} />
      </section>
      <ContactList contacts={[maya]} now={now} onOpen={noop} />
      <section aria-label="Sidebar">
        <ContactStatus now={now} savedAt={MET - HOUR} due={due} />
      </section>
    </>,
  );
  expect(screen.getByRole('region', { name: 'Popup' }).textContent).toMatch(words);
  expect((await screen.findByRole('listitem', { name: 'Maya Okafor' })).textContent).toMatch(words);
  expect(screen.getByRole('region', { name: 'Sidebar' }).textContent).toMatch(words);
});
