import { commonGround, normaliseName } from '@/lib/common-ground';

const user = { schools: ['University of Leeds', 'Lycée Émile Zola'], employers: ['Acme Corp'], city: 'Rotterdam', fieldOfInterest: 'UX research' };

describe('commonGround', () => {
  it.each([
    ['a shared school, however it is spelled', { education: [{ school: 'The University of Leeds' }] }, undefined, [{ kind: 'school', value: 'The University of Leeds' }]],
    ['accents and case', { education: [{ school: 'lycee emile zola' }] }, undefined, [{ kind: 'school', value: 'lycee emile zola' }]],
    ['a past employer', { experience: [{ company: 'Other' }, { company: 'ACME' }] }, undefined, [{ kind: 'employer', value: 'ACME' }]],
    ['the same city', { location: 'Rotterdam, South Holland, Netherlands' }, undefined, [{ kind: 'city', value: 'Rotterdam' }]],
    ['the field in their headline', { headline: 'Senior UX Research lead' }, undefined, [{ kind: 'field', value: 'UX research' }]],
    ['a referral comes first', { education: [{ school: 'Leeds' }] }, 'Tomás', [{ kind: 'referral', value: 'Tomás' }, { kind: 'school', value: 'Leeds' }]],
    ['nothing shared', { location: 'Leeds, England', education: [{ school: 'York' }], experience: [{ company: 'Acme Health' }] }, undefined, []],
    ['a short generic name never matches by containment', { education: [{ school: 'University' }] }, undefined, []],
  ])('%s', (_name, contact, referrer, expected) => {
    expect(commonGround(contact, user, referrer)).toEqual(expected);
  });

  it('folds generic words away', () => {
    expect(normaliseName('The University of Leeds')).toBe('leeds');
    expect(normaliseName('Acme Corp.')).toBe('acme');
  });
});
