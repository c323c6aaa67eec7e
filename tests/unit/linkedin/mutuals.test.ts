import { mutualConnections } from '../../../lib/linkedin/from-mutuals';
import { draftMessage } from '../../../lib/outreach/draft';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { loadFixtures, parse } from './load-fixtures';

const fixture = loadFixtures().find((f) => f.name === '2019-signed-in-mutuals')!;
const page = (card: string, nav = '') =>
  parse(`<html><body><header>${nav}</header><main><section data-member-id="1"><h1>Rosa Quintero</h1>${card}</section></main></body></html>`);
const SEARCH = '/search/results/people/?connectionOf=%5B%22ACoAAFAKE%22%5D&amp;network=%5B%22F%22%5D';

describe('mutual connections from the top card', () => {
  it('reads the names the card spells out and the profiles it links (2019 layout)', () => {
    expect(mutualConnections(parse(fixture.html), 'rosa-quintero-19')).toEqual(fixture.spec.mutuals);
  });

  it('never returns the viewer (named in the navigation) nor the person viewed', () => {
    const doc = page(
      `<a href="${SEARCH}"><span aria-hidden="true"><strong>Vera Viewer</strong>, <strong>Ana Ruiz</strong> and 2 others</span></a>
       <div><a href="/in/vera-viewer-19/">Vera</a><a href="/in/rosa-quintero-19/">Rosa Quintero</a><a href="/in/ana-ruiz/">Ana Ruiz</a></div>`,
      '<a href="/in/vera-viewer-19/"><img alt="Vera Viewer" src="https://media.licdn.com/x"></a>',
    );
    expect(mutualConnections(doc, 'rosa-quintero-19')).toEqual([{ name: 'Ana Ruiz', profileUrl: 'https://www.linkedin.com/in/ana-ruiz/' }]);
  });

  it.each([
    ['no mutual-connections link', '<p>500+ connections</p>'],
    ['a link with no names', `<a href="${SEARCH}"><span>3 mutual connections</span></a>`],
  ])('finds none when the card has %s', (_case, card) => {
    expect(mutualConnections(page(card), 'rosa-quintero-19')).toEqual([]);
  });
});

describe('the introduction request to a mutual contact', () => {
  it('greets the contact, names the person, and asks without pressing', () => {
    const { body } = draftMessage('ask-introduction', {
      contact: { name: 'Rosa Quintero', currentTitle: 'Service Designer', currentCompany: 'Initrode Inc.' },
      user: { ...DEFAULT_SETTINGS, ownName: 'Sam Student', fieldOfInterest: 'service design' },
      mutualName: 'Dr. Noor Haddad',
    });
    expect(body).toMatch(/^Hi Noor,/u);
    expect(body).toContain('Rosa Quintero');
    expect(body).not.toMatch(/\bjob\b/u);
    expect(body).not.toContain('undefined');
  });
});
