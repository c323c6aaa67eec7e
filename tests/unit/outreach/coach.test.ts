import type { CommonGround } from '@/lib/common-ground';
import { coachDraft, type CoachRule } from '@/lib/outreach/coach';
import { MESSAGE_KINDS } from '@/lib/model/message-kinds';

const RULES_BY_KIND = Object.fromEntries(Object.entries(MESSAGE_KINDS).map(([kind, info]) => [kind, info.coach])) as Record<DraftKind, readonly CoachRule[]>;
import type { CoachOptions, DraftKind } from '@/lib/outreach/types';

function verdict(kind: DraftKind, rule: CoachRule, text: string, options: CoachOptions = {}) {
  const result = coachDraft(kind, text, options).find((r) => r.rule === rule);
  if (!result) throw new Error(`${rule} does not apply to ${kind}`);
  return result;
}

const SCHOOL: CommonGround[] = [{ kind: 'school', value: 'Sample University' }];
const REFERRAL: CommonGround[] = [{ kind: 'referral', value: 'Tomás Guerrero' }, ...SCHOOL];
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

type Row = [string, DraftKind, CoachRule, string, CoachOptions, 'pass' | 'warn'];

const table: Row[] = [
  // length
  ['a note within 200 characters', 'connection-note', 'length', 'x'.repeat(200), {}, 'pass'],
  ['a note one over 200', 'connection-note', 'length', 'x'.repeat(201), {}, 'warn'],
  ['250 characters with a 300 limit', 'connection-note', 'length', 'x'.repeat(250), { limit: 300 }, 'pass'],
  ['an email of 75 words', 'request-email', 'length', words(75), {}, 'pass'],
  ['an email of 76 words', 'request-email', 'length', words(76), {}, 'warn'],
  ['an email of 100 words', 'thank-you', 'length', words(100), {}, 'warn'],

  // no-job-ask: asks
  ['are you hiring', 'connection-note', 'no-job-ask', 'Hi! Is your team hiring right now?', {}, 'warn'],
  ['any openings', 'request-email', 'no-job-ask', 'Do you know of any openings on your team?', {}, 'warn'],
  ['job openings', 'request-email', 'no-job-ask', 'I saw the job openings at Globex.', {}, 'warn'],
  ['looking for a job', 'request-email', 'no-job-ask', "I'm looking for a job in design.", {}, 'warn'],
  ['an internship', 'connection-note', 'no-job-ask', 'Could you help me land an internship?', {}, 'warn'],
  ['apply for the position', 'request-email', 'no-job-ask', 'I want to apply for the position you posted.', {}, 'warn'],
  ['refer me', 'request-email', 'no-job-ask', 'Would you be able to refer me?', {}, 'warn'],
  ['a referral for the role', 'follow-up', 'no-job-ask', 'Could I ask you for a referral for the analyst role?', {}, 'warn'],
  ['my résumé', 'request-email', 'no-job-ask', 'I attached my résumé.', {}, 'warn'],
  ['my resume', 'request-email', 'no-job-ask', 'Please find my resume attached.', {}, 'warn'],
  ['CV', 'connection-note', 'no-job-ask', 'Happy to send my CV.', {}, 'warn'],
  ['a job offer in a thank-you', 'thank-you', 'no-job-ask', 'If a job offer comes up, think of me!', {}, 'warn'],
  ['joining your team', 'keep-in-touch', 'no-job-ask', 'I would love joining your team one day.', {}, 'warn'],
  ['vacancies', 'request-email', 'no-job-ask', 'Are there vacancies in your department?', {}, 'warn'],
  // no-job-ask: curiosity that only sounds like it
  ['your job as a designer', 'request-email', 'no-job-ask', 'What do you enjoy most about your job as a designer?', {}, 'pass'],
  ['your role', 'request-email', 'no-job-ask', 'How did you move into your current position?', {}, 'pass'],
  ['a role like yours', 'request-email', 'no-job-ask', 'What does a job like yours involve day to day?', {}, 'pass'],
  ['resume as a verb', 'follow-up', 'no-job-ask', 'Could we resume our chat next month?', {}, 'pass'],
  // Saying it is not a job ask, and offering a résumé after the conversation (issue #13)
  ["I'm not asking for a job", 'request-email', 'no-job-ask', "I'm not asking for a job, just hoping to learn from you.", {}, 'pass'],
  ["this isn't about a job", 'warm-request', 'no-job-ask', "This isn't about a job at your company, only your advice.", {}, 'pass'],
  ['not looking for an internship', 'connection-note', 'no-job-ask', "I'm not looking for an internship, just your perspective.", {}, 'pass'],
  ['a denial does not hide a real ask', 'request-email', 'no-job-ask', "I'm not asking for a job. Are you hiring though?", {}, 'warn'],
  ['may I send my résumé, in a thank-you', 'thank-you', 'no-job-ask', 'Thank you! May I send you my résumé?', {}, 'pass'],
  ['may I send my CV, in a check-in', 'keep-in-touch', 'no-job-ask', 'May I send you my CV for feedback?', {}, 'pass'],
  ['may I send my résumé, in a first message', 'request-email', 'no-job-ask', 'May I send you my résumé?', {}, 'warn'],
  ['my résumé, in a first note', 'warm-request', 'no-job-ask', "I've attached my résumé.", {}, 'warn'],

  // introduces-sender
  ['signed with the name', 'request-email', 'introduces-sender', 'Hi Sam,\n\nWould you have 15 minutes?\n\nBest,\nNoor Haddad', { senderName: 'Noor Haddad' }, 'pass'],
  ['signed by first name', 'thank-you', 'introduces-sender', 'Hi Sam,\n\nThank you!\n\nBest,\nNoor', { senderName: 'Noor Haddad' }, 'pass'],
  ['no name set, but says who', 'call-script', 'introduces-sender', "Hi Sam, I'm Noor, a student at Leeds.", {}, 'pass'],
  ['no name set and no introduction', 'request-email', 'introduces-sender', 'Hi Sam,\n\nWould you have 15 minutes?\n\nBest,', {}, 'warn'],
  ['a name set but not signed', 'ask-introduction', 'introduces-sender', 'Hi Ana,\n\nWould you introduce us?\n\nThanks,', { senderName: 'Noor Haddad' }, 'warn'],
  ['hiring managers', 'request-email', 'no-job-ask', 'What do hiring managers in your field value?', {}, 'pass'],
  ['referred me to you', 'introduction', 'no-job-ask', 'Tomás referred me to you.', {}, 'pass'],
  ['work for you (a time)', 'request-email', 'no-job-ask', 'Would 15 minutes next week work for you?', {}, 'pass'],

  // ends-with-question
  ['a question before the sign-off', 'request-email', 'ends-with-question', 'Hi Sam,\n\nWould you have 15 minutes?\n\nBest,\nNoor', {}, 'pass'],
  ['a question, then "Thanks, Noor"', 'connection-note', 'ends-with-question', 'Hi Sam, would you have 15 minutes? Thanks, Noor', {}, 'pass'],
  ['a question, then "— Noor"', 'connection-note', 'ends-with-question', 'Hi Sam, would you have 15 minutes? — Noor', {}, 'pass'],
  ['a statement at the end', 'request-email', 'ends-with-question', 'Hi Sam,\n\nLet me know if you have 15 minutes.\n\nBest,\nNoor', {}, 'warn'],
  ['a question followed by more text', 'keep-in-touch', 'ends-with-question', 'How are you? I have news.', {}, 'warn'],
  ['a question in quotes', 'keep-in-touch', 'ends-with-question', 'You asked: “what next?”', {}, 'pass'],

  // opens-with-connection
  ['names the shared school', 'connection-note', 'opens-with-connection', 'Hi Sam, fellow Sample University alum here! Would you chat?', { commonGround: SCHOOL }, 'pass'],
  ['a referrer by first name', 'request-email', 'opens-with-connection', 'Hello,\n\nTomás suggested I write. More text.', { commonGround: REFERRAL }, 'pass'],
  ['a cue without the name', 'request-email', 'opens-with-connection', 'Hi Sam,\n\nWe also studied at the same place. More.', { commonGround: SCHOOL }, 'pass'],
  ['buries the school in the second sentence', 'connection-note', 'opens-with-connection', 'Hi Sam, I am a student. I went to Sample University.', { commonGround: SCHOOL }, 'warn'],
  ['nothing shared, opens with them', 'connection-note', 'opens-with-connection', 'Hi Sam, your work at Globex caught my eye.', {}, 'pass'],
  ['nothing shared, opens with the user', 'connection-note', 'opens-with-connection', 'Hi Sam, I am a student at a school.', { commonGround: [] }, 'warn'],

  // about-them
  ['more you than I', 'connection-note', 'about-them', 'I would love to hear how you got into your role.', {}, 'pass'],
  ['even', 'request-email', 'about-them', 'I saw your talk.', {}, 'pass'],
  ['more I than you', 'request-email', 'about-them', "I'm a student and I love design, my passion. Could you help?", {}, 'warn'],
  ['the signature does not count', 'follow-up', 'about-them', 'How are you?\n\nBest,\nI. M. Me', {}, 'pass'],

  // asks-for-time
  ['15 minutes', 'connection-note', 'asks-for-time', 'Would you have 15 minutes?', {}, 'pass'],
  ['15–20 minute call', 'request-email', 'asks-for-time', 'Would a 15–20 minute call work?', {}, 'pass'],
  ['twenty minutes', 'introduction', 'asks-for-time', 'Could you spare twenty minutes?', {}, 'pass'],
  ['20 mins', 'follow-up', 'asks-for-time', 'Maybe 20 mins?', {}, 'pass'],
  ['a quick call (no amount)', 'request-email', 'asks-for-time', 'Could we have a quick call?', {}, 'warn'],
  ['an hour', 'request-email', 'asks-for-time', 'Could we meet for an hour?', {}, 'warn'],
  ['45 minutes', 'request-email', 'asks-for-time', 'Could you spare 45 minutes?', {}, 'warn'],
  // Careers guides ask for 15–30 minutes and offer a way or a window to meet (issue #13).
  ['30 minutes', 'request-email', 'asks-for-time', 'Could you spare 30 minutes?', {}, 'pass'],
  ['20–30 minutes', 'request-email', 'asks-for-time', 'Would you have 20–30 minutes in the coming weeks?', {}, 'pass'],
  ['twenty-five minutes', 'request-email', 'asks-for-time', 'Could you spare twenty-five minutes?', {}, 'pass'],
  ['offering lunch', 'request-email', 'asks-for-time', 'Could I buy you lunch sometime?', {}, 'pass'],
  ['a coffee', 'warm-request', 'asks-for-time', 'Could I take you for a coffee sometime?', {}, 'pass'],
  ['lunch together is not an hour', 'request-email', 'asks-for-time', 'Could we have lunch together one day?', {}, 'pass'],
  ['35 minutes', 'request-email', 'asks-for-time', 'Could you spare 35 minutes?', {}, 'warn'],

  // no-fixed-time
  ['before work, lunch or after work', 'request-email', 'no-fixed-time', 'Would 20 minutes before work, at lunch or after work suit you?', {}, 'pass'],
  ['around lunchtime', 'request-email', 'no-fixed-time', 'Could we talk around lunchtime one day, whenever suits you?', {}, 'pass'],
  ['at noon is a fixed time', 'request-email', 'no-fixed-time', 'Could we talk at noon?', {}, 'warn'],
  ['whenever suits you', 'request-email', 'no-fixed-time', 'Would 15 minutes in the next few weeks work, whenever suits you?', {}, 'pass'],
  ['a year is not a date', 'request-email', 'no-fixed-time', 'I graduated in March 2024 and have 15–20 minutes of questions.', {}, 'pass'],
  ['Tuesday at 3pm', 'request-email', 'no-fixed-time', 'Are you free Tuesday at 3pm?', {}, 'warn'],
  ['tomorrow at 10', 'connection-note', 'no-fixed-time', 'Could we talk tomorrow at 10?', {}, 'warn'],
  ['at 10 on its own', 'connection-note', 'no-fixed-time', 'Could we talk at 10?', {}, 'warn'],
  ['15:30', 'introduction', 'no-fixed-time', 'Does 15:30 work?', {}, 'warn'],
  ['next Monday', 'request-email', 'no-fixed-time', 'How about next Monday?', {}, 'warn'],
  ['March 12', 'request-email', 'no-fixed-time', 'Are you free on March 12?', {}, 'warn'],
  ['12 March', 'request-email', 'no-fixed-time', 'Are you free on 12 March?', {}, 'warn'],
  ['12/03', 'request-email', 'no-fixed-time', 'Are you free 12/03?', {}, 'warn'],

  // names-a-takeaway
  ['quotes the takeaway', 'thank-you', 'names-a-takeaway', 'Thanks! “Portfolios matter more than grades” stuck with me.', { takeaways: ['Portfolios matter more than grades in design'] }, 'pass'],
  ['paraphrases the takeaway', 'thank-you', 'names-a-takeaway', 'Thanks! Hearing that portfolios count for more than grades in design helped.', { takeaways: ['Portfolios matter more than grades in design'] }, 'pass'],
  ['a takeaway noted but not named', 'thank-you', 'names-a-takeaway', 'Thanks so much for your time!', { takeaways: ['Portfolios matter more than grades in design'] }, 'warn'],
  ['nothing noted, but it says what was learned', 'thank-you', 'names-a-takeaway', 'Thanks! I learned that design teams hire from portfolios.', {}, 'pass'],
  ['nothing noted, nothing named', 'thank-you', 'names-a-takeaway', 'Thanks so much for your time!', {}, 'warn'],

  // recalls-advice
  ['recalls the advice', 'keep-in-touch', 'recalls-advice', 'Your advice to write a case study for every project stayed with me. How are you?', { advice: 'Write a short case study for every project you ship' }, 'pass'],
  ['forgets the advice', 'keep-in-touch', 'recalls-advice', 'Hope you are well! How are you?', { advice: 'Write a short case study for every project you ship' }, 'warn'],
  ['no advice noted, but it cites some', 'keep-in-touch', 'recalls-advice', 'You told me to write case studies. How are you?', {}, 'pass'],
  ['no advice noted, none cited', 'keep-in-touch', 'recalls-advice', 'Hope you are well! How are you?', {}, 'warn'],

  // reports-back
  ['says what the user did', 'keep-in-touch', 'reports-back', 'I wrote up my thesis prototype as a case study. How are you?', { whatIDid: 'Wrote up my thesis prototype as a two-page case study' }, 'pass'],
  ['does not say', 'keep-in-touch', 'reports-back', 'Hope you are well! How are you?', { whatIDid: 'Wrote up my thesis prototype as a two-page case study' }, 'warn'],
  ['nothing noted, but it reports back', 'keep-in-touch', 'reports-back', 'Since then I started a portfolio. How are you?', {}, 'pass'],
  ['nothing noted, nothing reported', 'keep-in-touch', 'reports-back', 'Hope you are well! How are you?', {}, 'warn'],
];

describe('coachDraft, rule by rule', () => {
  it.each(table)('%s (%s, %s)', (_label, kind, rule, text, options, status) => {
    const result = verdict(kind, rule, text, options);
    expect(result.status).toBe(status);
    expect(result.reason).toMatch(/^\S.{5,120}$/u);
    expect(result.reason).not.toContain('\n');
  });

  it('covers a pass and a warning for every rule', () => {
    for (const rule of new Set(table.map((row) => row[2]))) {
      const statuses = new Set(table.filter((row) => row[2] === rule).map((row) => row[5]));
      expect([rule, [...statuses].sort()]).toEqual([rule, ['pass', 'warn']]);
    }
    expect(new Set(table.map((row) => row[2])).size).toBe(11);
  });

  it('quotes the words it objects to', () => {
    expect(verdict('request-email', 'no-job-ask', 'Are you hiring?').reason).toContain('“Are you hiring”');
    expect(verdict('request-email', 'no-fixed-time', 'Free Tuesday at 3pm?').reason).toContain('“3pm”');
  });
});

describe('which rules apply to which kind', () => {
  it.each(Object.entries(RULES_BY_KIND))('%s', (kind, rules) => {
    const ran = coachDraft(kind as DraftKind, 'Hi Sam, would you have 15 minutes?').map((r) => r.rule);
    expect(ran).toEqual(rules);
  });

  it('a thank-you need not end with a question nor be about them; a follow-up may name a time', () => {
    expect(RULES_BY_KIND['thank-you']).not.toContain('ends-with-question');
    expect(RULES_BY_KIND['thank-you']).not.toContain('about-them');
    expect(RULES_BY_KIND['follow-up']).not.toContain('no-fixed-time');
  });

  it('drops no-fixed-time when the user says it is not a first message', () => {
    const rules = coachDraft('request-email', 'Does Tuesday at 3pm still work?', { isFirstMessage: false }).map((r) => r.rule);
    expect(rules).not.toContain('no-fixed-time');
  });
});
