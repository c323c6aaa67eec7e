import { fillableFields, listOffers } from '@/lib/page-offers';

const jobs = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Job ${i + 1}`, company: `Company ${i + 1}` }));

describe('what a page offers a saved contact', () => {
  it.each([
    ['a longer list', 3, 4, 'LinkedIn now shows 4 jobs (3 saved). Update?', 'Update jobs', false],
    ['a first list', 0, 1, 'LinkedIn now shows 1 job. Update?', 'Update jobs', false],
    ['a shorter list, which says what it removes', 3, 2, 'LinkedIn now shows 2 jobs; you have 3 jobs saved. Replacing them removes 1.', 'Replace saved jobs', true],
  ])('%s', (_name, saved, shown, text, action, shrinks) => {
    expect(listOffers({ experience: jobs(saved), education: [] }, { experience: jobs(shown) })).toEqual([{ list: 'experience', text, action, shrinks }]);
  });

  it('offers nothing for the list already saved, or for no list', () => {
    expect(listOffers({ experience: jobs(3), education: [] }, { experience: jobs(3) })).toEqual([]);
    expect(listOffers({ experience: jobs(3), education: [] }, { experience: [] })).toEqual([]);
    expect(listOffers({ experience: jobs(3), education: [] }, {})).toEqual([]);
  });

  it('names schools as schools', () => {
    const [offer] = listOffers({ experience: [], education: [{ school: 'A' }] }, { education: [{ school: 'A' }, { school: 'B' }] });
    expect(offer).toMatchObject({ list: 'education', text: 'LinkedIn now shows 2 schools (1 saved). Update?', action: 'Update schools' });
  });

  it('offers to fill what a lead saved by URL lacks, until the profile has been read into it', () => {
    const lead = { experience: [], education: [], headline: undefined, currentCompany: 'Kept', profileReadAt: undefined };
    const page = { name: 'Other name', headline: 'From the page', currentCompany: 'Page Co', experience: jobs(1), education: [] };
    expect(fillableFields(lead, page)).toEqual(['headline', 'experience']);
    expect(fillableFields({ ...lead, profileReadAt: 1 }, page)).toEqual([]);
  });
});
