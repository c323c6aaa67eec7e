import { draftValues, fieldsToSave } from '@/lib/profile-draft';

describe('draftValues', () => {
  const page = { name: 'Page Name', headline: 'Page headline', location: 'Page city' };
  const saved = { name: 'Saved Name', headline: undefined };

  it('prefers what the user typed, then what was saved, then the page', () => {
    const values = draftValues(page, saved, { location: 'Typed city' });
    expect(values).toMatchObject({ name: 'Saved Name', headline: 'Page headline', location: 'Typed city', about: '' });
  });

  it('keeps an emptied box empty rather than refilling it from the page', () => {
    expect(draftValues(page, undefined, { headline: '' }).headline).toBe('');
  });
});

describe('fieldsToSave', () => {
  it('trims, collapses white space and drops empty fields', () => {
    const fields = fieldsToSave(
      { name: '  Ada  ', headline: ' Builds\n things ', currentTitle: '', currentCompany: 'Acme', location: ' ', about: ' Hi ' },
      { experience: [{ title: 'Eng' }], education: [], photoUrl: 'https://media.example/p.jpg' },
    );
    expect(fields).toEqual({
      name: 'Ada',
      headline: 'Builds things',
      currentTitle: undefined,
      currentCompany: 'Acme',
      location: undefined,
      about: 'Hi',
      photoUrl: 'https://media.example/p.jpg',
      experience: [{ title: 'Eng' }],
      education: [],
    });
  });
});
