import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FindingsSchema, type Findings, type FindingsPerson } from '@/lib/model/findings';
import { anonymiseFindings, sectorOf } from '@/lib/paths/anonymise';

const FUNNEL = { requests: 3, replies: 2, conversations: 1, target: 5 };

function findings(people: Partial<FindingsPerson>[], text: Partial<Findings> = {}): Findings {
  return FindingsSchema.parse({
    path: { name: 'UX research' },
    anonymised: false,
    people: people.map((person, index) => ({ key: `p${index + 1}`, label: person.name ?? `Someone ${index + 1}`, ...person })),
    areas: [],
    takeaways: [],
    resources: [],
    referrals: [],
    funnel: FUNNEL,
    ...text,
  });
}

const MAYA = { name: 'Maya Okafor', title: 'Senior UX Researcher', company: 'Lumen Health', profileUrl: 'https://www.linkedin.com/in/maya-okafor-demo/' };

describe('anonymiseFindings: how people are described', () => {
  it.each([
    [{ title: 'Senior UX Researcher', company: 'Lumen Health' }, 'a senior UX researcher at a health-care organisation'],
    [{ title: 'MSL', company: 'Novo Pharma' }, 'an MSL at a life-sciences company'],
    [{ title: 'Engineer', company: 'Acme' }, 'an engineer at an organisation'],
    [{ title: 'Data Analyst', company: 'Northwind Bank' }, 'a data analyst at a financial company'],
    [{ title: 'University Liaison', company: 'Leiden University' }, 'a university liaison at a university or school'],
    [{ company: 'Lumen Health' }, 'a person working in UX research'],
    [{ onPath: false }, 'Person 1'],
  ])('%o reads "%s"', (person, label) => {
    const [described] = anonymiseFindings(findings([{ name: 'Kim Varga', ...person }])).people;
    expect(described!.label).toBe(label);
  });

  it('keeps the title and the kind of organisation, and drops the name, company and profile link', () => {
    const [person] = anonymiseFindings(findings([MAYA])).people;
    expect(person).toEqual({ key: 'p1', label: 'a senior UX researcher at a health-care organisation', title: 'Senior UX Researcher', sector: 'a health-care organisation', onPath: true });
  });

  it('tells two people described alike apart', () => {
    const labels = anonymiseFindings(findings([{ name: 'Ann Lee', title: 'Nurse' }, { name: 'Bo Kim', title: 'Nurse' }])).people.map((p) => p.label);
    expect(labels).toEqual(['a nurse at an organisation (1)', 'a nurse at an organisation (2)']);
  });

  it('reads the kind of organisation only from what a name plainly says', () => {
    expect(sectorOf('St. Mary’s Hospital')).toBe('a health-care organisation');
    expect(sectorOf('Zebra & Co')).toBe('an organisation');
    expect(sectorOf(undefined)).toBe('an organisation');
  });
});

describe('anonymiseFindings: the text', () => {
  const answer = (text: string) => [{ area: 'personal' as const, questions: [{ text: 'What does a week look like?', answers: [{ person: 'p1', text }] }] }];

  it('replaces names, slugs, profile links and emails in every text with the description', () => {
    const result = anonymiseFindings(
      findings([MAYA, { name: 'José O’Brien-Núñez', title: 'Engineer' }], {
        areas: answer('Maya said: mail maya.o@lumen.example or see linkedin.com/in/maya-okafor-demo. Jose O\'Brien-Nunez knows OKAFOR well.'),
        takeaways: [{ person: 'p2', text: 'Ask Núñez about José’s team' }],
        resources: [
          { person: 'p1', title: 'Maya’s reading list', url: 'https://maya-okafor-demo.example.com/list' },
          { person: 'p1', title: 'RAPS', url: 'https://www.raps.org/' },
          { person: 'p2', title: 'A profile', url: 'https://de.linkedin.com/in/someone-else' },
        ],
        synthesis: { personal: 'Maya Okafor and José both started in a lab.' },
      }),
    );
    const maya = 'a senior UX researcher at a health-care organisation';
    expect(result.areas[0]!.questions[0]!.answers[0]!.text).toBe(`${maya} said: mail [email] or see ${maya}. an engineer at an organisation knows ${maya} well.`);
    expect(result.takeaways[0]!.text).toBe('Ask an engineer at an organisation about an engineer at an organisation’s team');
    expect(result.resources).toEqual([
      { person: 'p1', title: `${maya}’s reading list` },
      { person: 'p1', title: 'RAPS', url: 'https://www.raps.org/' },
      { person: 'p2', title: 'A profile' },
    ]);
    expect(result.synthesis.personal).toBe(`${maya} and an engineer at an organisation both started in a lab.`);
    expect(result.anonymised).toBe(true);
  });

  it('takes extra identities (an email, a slug) into account, and names no one it cannot tell apart', () => {
    const result = anonymiseFindings(findings([{ name: 'Ann Lee', title: 'Nurse' }, { name: 'Ann Berg', title: 'Vet' }], { takeaways: [{ person: 'p1', text: 'Ann (ann-lee-77, al@clinic.example) met Berg' }] }), [
      { key: 'p1', slug: 'ann-lee-77', email: 'al@clinic.example' },
    ]);
    expect(result.takeaways[0]!.text).toBe('[name] (a nurse at an organisation, a nurse at an organisation) met a vet at an organisation');
  });

  it('finds a name hidden by invisible characters, and leaves words that merely contain it', () => {
    const result = anonymiseFindings(findings([{ name: 'Eva Lund', title: 'Nurse' }], { takeaways: [{ person: 'p1', text: 'E\u200Bva said evaluation at Lundberg matters' }] }));
    expect(result.takeaways[0]!.text).toBe('a nurse at an organisation said evaluation at Lundberg matters');
  });

  it('keeps each text within its limit', () => {
    const result = anonymiseFindings(findings([{ name: 'Al Xu', title: 'Senior Principal Staff Research Engineer' }], { takeaways: [{ person: 'p1', text: 'Al '.repeat(166) }] }));
    expect(result.takeaways[0]!.text.length).toBeLessThanOrEqual(500);
    expect(result.takeaways[0]!.text).not.toMatch(/\bAl\b/iu);
  });
});

// Names built from syllables (accented letters, hyphens, apostrophes) that no fixed word of the output can equal.
const syllable = fc.tuple(fc.constantFrom(...'bdfgklmnprstvzžçñ'), fc.constantFrom(...'aeiouéüøåí')).map(([c, v]) => c + v);
const word = fc.array(syllable, { minLength: 3, maxLength: 4 }).map((parts) => parts.join(''));
const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const namePart = fc.oneof(
  word.map(capital),
  fc.tuple(word, word).map(([a, b]) => `${capital(a)}-${capital(b)}`),
  fc.tuple(fc.constantFrom('O', 'D'), fc.constantFrom("'", '’'), word).map(([p, q, a]) => `${p}${q}${capital(a)}`),
);
const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]/giu, '').toLowerCase();
const personArb = fc.record({ first: namePart, last: namePart, suffix: fc.stringMatching(/^[a-z0-9]{2,6}$/u), hasUrl: fc.boolean() }).map(({ first, last, suffix, hasUrl }) => {
  const slug = `${ascii(first)}-${ascii(last)}-${suffix}`;
  return { name: `${first} ${last}`, first, last, slug, email: `${ascii(first)}.${ascii(last)}@mail.example`, profileUrl: hasUrl ? `https://www.linkedin.com/in/${slug}/` : undefined };
});
type Generated = { name: string; first: string; last: string; slug: string; email: string; profileUrl?: string };

/** A piece of text naming one of the people in one of the ways people write it. */
function mention(person: Generated, how: number): string {
  const bare = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
  return [
    person.name,
    person.first,
    person.last,
    person.name.toUpperCase(),
    `${person.first.toLowerCase()}'s`,
    bare(person.name),
    `(${person.last})`,
    person.slug,
    `https://www.linkedin.com/in/${person.slug}/?trk=x`,
    `linkedin.com/in/${encodeURIComponent(person.slug)}.`,
    person.email,
    `<${person.email.toUpperCase()}>`,
    person.name.replace(' ', '\n'),
    person.profileUrl ?? person.name,
  ][how % 14]!;
}
const FILLER = ['She said', 'the team', 'ask about', 'a lab', 'regulatory work', '—', 'ok.', 'Ω data', 'über'];

describe('anonymiseFindings (property)', () => {
  it('leaves no name, first or last name, slug, email or profile link of anyone anywhere in the output', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(personArb, { minLength: 1, maxLength: 4, selector: (p) => p.slug }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 30 }),
        (people, picks) => {
          const piece = ([who, how, filler]: [number, number, number]) => `${FILLER[filler % FILLER.length]} ${mention(people[who % people.length]!, how)}`;
          const text = (from: number, count: number) => picks.slice(from, from + count).map(piece).join(' ') || 'nothing';
          const input = findings(
            people.map((p, i) => ({ name: p.name, ...(p.profileUrl ? { profileUrl: p.profileUrl } : {}), ...(i % 2 ? { title: 'Clinical Scientist', company: 'Acme Bio' } : {}) })),
            {
              path: { name: 'Clinical research', why: text(0, 2) },
              areas: [{ area: 'landscape', questions: [{ text: text(1, 2), answers: people.map((_, i) => ({ person: `p${i + 1}`, text: text(i, 10) })) }] }],
              unsorted: [{ text: 'Other', answers: [{ person: 'p1', text: text(3, 5) }] }],
              takeaways: [{ person: 'p1', text: text(2, 4) }],
              resources: [{ person: 'p1', title: text(4, 3), url: `https://example.org/${people[0]!.slug}` }],
              referrals: people.length > 1 ? [{ from: 'p1', to: 'p2' }] : [],
              synthesis: { leads: text(5, 8) },
            },
          );
          const result = anonymiseFindings(input, people.map((p, i) => ({ key: `p${i + 1}`, slug: p.slug, email: p.email })));
          expect(FindingsSchema.parse(result)).toEqual(result);
          expect(result.anonymised).toBe(true);
          const out = JSON.stringify(result);
          const folded = out.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/gu, "'");
          for (const person of people) {
            for (const trace of [person.name, person.first, person.last]) {
              const needle = trace.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/gu, "'").replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
              expect(folded).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, 'u'));
            }
            expect(folded).not.toContain(person.slug);
            expect(folded).not.toContain(ascii(person.first) + '.' + ascii(person.last));
          }
          expect(out).not.toContain('@');
          expect(folded).not.toContain('linkedin.com/in/');
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
