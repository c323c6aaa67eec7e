/**
 * Issue 12, item 1, for the prep list: the sidebar's list is the stored one as it arrives (no copy of
 * its own), and arranging it writes only the questions — notes saved meanwhile in the contact book stay.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PrepCard, type PrepQuestionView } from '@/components/PrepCard';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { saveContact, updateContact } from '@/storage/contacts';
import { savePrepQuestions } from '@/storage/meetings';

const T = Date.UTC(2026, 10, 20, 9);
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`prep-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const research = { currentRole: null, yearsInField: null, path: [], commonGround: [] };
const WEEK = { text: 'What does a typical week look like for you?', area: 'personal' as const };
const WHO = { text: 'Who else should I talk to?', area: 'leads' as const };
const MINE = { text: 'How did you find your first research job?', area: 'qualifications' as const };

it('arranging the list after another window added a question and wrote notes keeps both', async () => {
  const maya = await saveContact('maya', { name: 'Maya Okafor', experience: [], education: [] }, T, db);
  await savePrepQuestions(maya.id, [WEEK, WHO], T, db);
  const card = (questions: readonly PrepQuestionView[]) => (
    <PrepCard research={research} questions={questions} suggested={false} onChange={(next) => void savePrepQuestions(maya.id, next, T + 2000, db)} />
  );
  const { rerender } = render(card((await db.contacts.get(maya.id))!.prepQuestions!));

  // The contact book, open in another tab: notes, and one more question.
  await updateContact(maya.id, { notes: 'Met at the alumni evening; ask about the research guild.' }, T + 1000, db);
  await savePrepQuestions(maya.id, [WEEK, WHO, MINE], T + 1000, db);
  // The sidebar's port delivers the stored row.
  rerender(card((await db.contacts.get(maya.id))!.prepQuestions!));

  await userEvent.click(screen.getByRole('button', { name: `Move up: ${MINE.text}` }));
  await vi.waitFor(async () => expect((await db.contacts.get(maya.id))!.prepQuestions).toEqual([WEEK, MINE, WHO]));
  expect((await db.contacts.get(maya.id))!.notes).toBe('Met at the alumni evening; ask about the research guild.');
});
