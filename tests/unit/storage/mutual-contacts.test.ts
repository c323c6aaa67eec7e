import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { saveContact } from '@/storage/contacts';
import { mutualContactsFor } from '@/storage/overview';

const T = Date.UTC(2026, 11, 2, 9, 0);
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const person = (name: string) => ({ name, experience: [], education: [] });

describe('mutualContactsFor: which mutual connections are saved contacts', () => {
  it('finds them by their profile link, or by name when the page names them only', async () => {
    const noor = await saveContact('noor-haddad-19', person('Noor Haddad'), T, db);
    const tobias = await saveContact('tobias-brandt', person('Tobias Brandt'), T, db);
    await saveContact('someone-else', person('Someone Else'), T, db);
    const found = await mutualContactsFor(
      [{ name: 'Noor Haddad', profileUrl: 'https://www.linkedin.com/in/noor-haddad-19/' }, { name: 'tobias brandt' }, { name: 'Not Saved' }],
      db,
    );
    expect(found).toEqual([
      { id: noor.id, name: 'Noor Haddad' },
      { id: tobias.id, name: 'Tobias Brandt' },
    ]);
  });

  it('never takes a namesake with another profile for them', async () => {
    await saveContact('noor-haddad-other', person('Noor Haddad'), T, db);
    expect(await mutualContactsFor([{ name: 'Noor Haddad', profileUrl: 'https://www.linkedin.com/in/noor-haddad-19/' }], db)).toEqual([]);
  });

  it('finds nobody when the page names nobody', async () => {
    expect(await mutualContactsFor(undefined, db)).toEqual([]);
  });
});
