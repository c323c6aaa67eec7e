/**
 * A contact's career paths in the contact book (issue 15): the list's path filter reads a path's
 * people by the pathUids index, and merging two copies of one person keeps the paths of both.
 */
import { addContact, getContact, listContacts, saveContact, updateContact } from '@/storage/contacts';
import { mergeContacts, unmergeContacts } from '@/storage/merge-contacts';
import { openDb, type CoffeeChatsDb } from '@/storage/db';
import { logMeeting } from '@/storage/history';
import { createPath, deletePath } from '@/storage/paths';

const T = Date.UTC(2026, 10, 16, 9);
let db: CoffeeChatsDb;
beforeEach(() => {
  db = openDb(`path-filter-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());
const person = (name: string, extra: object = {}) => ({ name, experience: [], education: [], ...extra });

it('lists the contacts on a path, with search and status too, and nobody once the path is deleted', async () => {
  const ra = await createPath({ name: 'Regulatory affairs' }, T, db);
  const ux = await createPath({ name: 'UX research' }, T, db);
  const maya = await saveContact('maya', person('Maya Okafor', { currentCompany: 'Lumen Health' }), T, db);
  const bo = await saveContact('bo', person('Bo Chen', { currentCompany: 'Northwind' }), T, db);
  await saveContact('zoe', person('Zoë Martín'), T, db);
  await updateContact(maya.id, { pathUids: [ra.uid, ux.uid] }, T, db);
  await updateContact(bo.id, { pathUids: [ra.uid] }, T, db);
  await logMeeting(bo.id, T + 5, db);
  const names = async (filter: object) => (await listContacts(filter, db)).map((c) => c.name).sort();

  expect(await names({ pathUid: ra.uid })).toEqual(['Bo Chen', 'Maya Okafor']);
  expect(await names({ pathUid: ux.uid })).toEqual(['Maya Okafor']);
  expect(await names({ pathUid: ra.uid, query: 'northwind' })).toEqual(['Bo Chen']);
  expect(await names({ pathUid: ra.uid, status: 'met' })).toEqual(['Bo Chen']);
  expect(await names({ pathUid: ux.uid, status: 'met' })).toEqual([]);

  await deletePath(ux.uid, T + 10, db);
  expect(await names({ pathUid: ux.uid })).toEqual([]);
  expect(await names({})).toEqual(['Bo Chen', 'Maya Okafor', 'Zoë Martín']);
});

it('merging two copies of one person keeps the paths of both, and undoing gives each its own back', async () => {
  const ra = await createPath({ name: 'Regulatory affairs' }, T, db);
  const ux = await createPath({ name: 'UX research' }, T, db);
  const profile = await saveContact('jonas', person('Jonas Weber'), T, db);
  const lead = await addContact({ name: 'Jonas Weber' }, T, db);
  await updateContact(profile.id, { pathUids: [ra.uid] }, T, db);
  await updateContact(lead.id, { pathUids: [ux.uid, ra.uid] }, T, db);

  const merged = await mergeContacts(profile.id, lead.id, T + 10, db);
  expect((await getContact(profile.id, db))?.pathUids).toEqual([ra.uid, ux.uid]);
  expect((await listContacts({ pathUid: ux.uid }, db)).map((c) => c.id)).toEqual([profile.id]);

  await unmergeContacts(merged, T + 20, db);
  expect((await getContact(profile.id, db))?.pathUids).toEqual([ra.uid]);
  expect((await getContact(lead.id, db))?.pathUids).toEqual([ux.uid, ra.uid]);
});
