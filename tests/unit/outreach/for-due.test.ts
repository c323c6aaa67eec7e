import { suggestedDraftKind } from '@/lib/outreach/for-due';

describe('suggestedDraftKind', () => {
  it.each([
    ['nothing due, a stranger', undefined, false, 'saved', 'connection-note'],
    ['nothing due, someone a contact suggested', undefined, true, 'saved', 'introduction'],
    ['a lead to reach out to', 'reach-out', true, 'saved', 'introduction'],
    ['a thank-you is due', 'thank-you', false, 'met', 'thank-you'],
    ['no reply after 7 business days', 'follow-up', false, 'requested', 'follow-up'],
    ['no reply after 3 business days: the note still fits', 'second-contact', false, 'requested', 'connection-note'],
    ['time to check in', 'keep-in-touch', false, 'thanked', 'keep-in-touch'],
  ] as const)('%s → %s', (_name, due, referred, status, kind) => {
    expect(suggestedDraftKind(due, referred, status)).toBe(kind);
  });
});
