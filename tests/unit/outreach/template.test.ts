import { PLACEHOLDERS, placeholderValues, renderTemplate } from '@/lib/outreach/template';
import type { DraftContext } from '@/lib/outreach/types';
import { AFTER_MEETING, EMPTY_USER, FILLED_USER, fixtureProfiles } from './profiles';

const sam = fixtureProfiles().find((p) => p.name === '2022-signed-in')!.profile;
const ctx: DraftContext = { contact: sam, user: FILLED_USER, referredByName: 'Tomás Guerrero', ...AFTER_MEETING };

describe('renderTemplate', () => {
  it.each([
    ['{firstName}', 'Sam'],
    ['{name}', 'Sam Doe'],
    ['{company}', 'Globex'],
    ['{role}', 'Software Engineer'],
    ['{school}', 'Sample University'],
    ['{commonGround}', 'Tomás Guerrero suggested I reach out'],
    ['{myName}', 'Noor Haddad'],
    ['{field}', 'product design'],
    ['{referrer}', 'Tomás Guerrero'],
    ['{takeaway}', 'Talk to the people who do the job before choosing a master’s'],
    ['{advice}', 'Write a short case study for every project you ship'],
  ])('%s → %s', (template, expected) => {
    expect(renderTemplate(template, ctx)).toEqual({ text: expected, unknown: [], missing: [] });
  });

  it('knows every placeholder it documents', () => {
    expect(Object.keys(placeholderValues(ctx)).sort()).toEqual([...PLACEHOLDERS].sort());
  });

  it('fills a whole template, case- and space-tolerant', () => {
    const body = 'Hi { firstName },\n\n{commonGround}. How did you get to {Company}?\n\nBest,\n{myName}';
    expect(renderTemplate(body, ctx).text).toBe(
      'Hi Sam,\n\nTomás Guerrero suggested I reach out. How did you get to Globex?\n\nBest,\nNoor Haddad',
    );
  });

  it('leaves unknown placeholders visible and reports each once', () => {
    const result = renderTemplate('Hi {frstName}, {frstName} — about {hobby}: {company}', ctx);
    expect(result.text).toBe('Hi {frstName}, {frstName} — about {hobby}: Globex');
    expect(result.unknown).toEqual(['{frstName}', '{hobby}']);
  });

  it('reports known placeholders it has nothing for, and closes the gap they leave', () => {
    const result = renderTemplate('Hi {firstName}, I see you work at {company} .\n{takeaway}\nBest', { contact: {}, user: EMPTY_USER });
    expect(result.text).toBe('Hi there, I see you work at.\n\nBest');
    expect(result.missing).toEqual(['firstName', 'company', 'takeaway']);
  });

  it('the shared school wins over the user’s own first school', () => {
    const user = { ...FILLED_USER, schools: ['Elsewhere College', 'Sample University'] };
    expect(renderTemplate('{school}', { contact: sam, user }).text).toBe('Sample University');
    expect(renderTemplate('{school}', { contact: { name: 'X' }, user }).text).toBe('Elsewhere College');
  });

  it.each([
    [{ ...FILLED_USER }, 'we both studied at Sample University'],
    [{ ...FILLED_USER, schools: [] }, "we've both worked at Globex"],
    [{ ...EMPTY_USER, city: 'Palo Alto' }, "we're both based in Palo Alto"],
    [{ ...EMPTY_USER, fieldOfInterest: 'software' }, 'we share an interest in software'],
    [EMPTY_USER, ''],
  ])('{commonGround} names the strongest thing shared (%#)', (user, expected) => {
    expect(renderTemplate('{commonGround}', { contact: sam, user }).text).toBe(expected);
  });

  it('leaves text without placeholders alone', () => {
    expect(renderTemplate('Plain  text , as typed.', ctx)).toEqual({ text: 'Plain  text , as typed.', unknown: [], missing: [] });
  });
});
