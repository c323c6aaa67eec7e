/**
 * The sidebar's career-path messages (issue 15) on WXT's fake browser: paths ticked when saving,
 * the saved contact's paths, and "Add a career path" — each checked against the stored paths,
 * heard only from the context allowed to send it, and only with a payload the protocol accepts.
 */
import { FROM, extension, page, send, withHandlers } from './harness';
import { getContact, getContactBySlug, updateContact } from '@/storage/contacts';
import { createPath, deletePath } from '@/storage/paths';
import { getDb } from '@/storage/db';

withHandlers();

const fields = { name: 'Maya Okafor', experience: [], education: [] };

describe('career paths from the sidebar', () => {
  it('saves the contact on the paths ticked before saving, and adds ticks to a contact saved meanwhile', async () => {
    const ra = await createPath({ name: 'Regulatory affairs' });
    const ux = await createPath({ name: 'UX research' });
    await send('pageChanged', page('maya-okafor', 'Maya Okafor'), FROM.contentScript());
    const saved = (await send('saveContact', { slug: 'maya-okafor', fields, pathUids: [ra.uid] }, FROM.sidebar())) as { pathUids?: string[] };
    expect(saved.pathUids).toEqual([ra.uid]);
    // Another tab ticks another path and saves the same profile again: both stay.
    await send('saveContact', { slug: 'maya-okafor', fields, pathUids: [ux.uid] }, FROM.sidebar());
    expect((await getContactBySlug('maya-okafor'))?.pathUids).toEqual([ra.uid, ux.uid]);
    // Saving without ticks leaves the paths as they are.
    await send('saveContact', { slug: 'maya-okafor', fields }, FROM.sidebar());
    expect((await getContactBySlug('maya-okafor'))?.pathUids).toEqual([ra.uid, ux.uid]);
  });

  it('refuses a save naming a path that no longer exists, or that is not a path uid, and saves nothing', async () => {
    const ra = await createPath({ name: 'Regulatory affairs' });
    await deletePath(ra.uid);
    await send('pageChanged', page('maya-okafor', 'Maya Okafor'), FROM.contentScript());
    await expect(send('saveContact', { slug: 'maya-okafor', fields, pathUids: [ra.uid] }, FROM.sidebar())).rejects.toThrow(/no longer exists/u);
    await expect(send('saveContact', { slug: 'maya-okafor', fields, pathUids: ['<script>'] }, FROM.sidebar())).rejects.toThrow();
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('sets a saved contact’s paths to the list ticked, only for a path that exists and only from the extension', async () => {
    const ra = await createPath({ name: 'Regulatory affairs' });
    const ux = await createPath({ name: 'UX research' });
    await send('pageChanged', page('maya-okafor', 'Maya Okafor'), FROM.contentScript());
    const saved = (await send('saveContact', { slug: 'maya-okafor', fields }, FROM.sidebar())) as { id: number };
    await updateContact(saved.id, { notes: 'Prefers email' });

    const answer = (await send('setContactPaths', { contactId: saved.id, pathUids: [ux.uid, ra.uid] }, FROM.sidebar())) as { pathUids?: string[] };
    expect(answer.pathUids).toEqual([ux.uid, ra.uid]);
    await send('setContactPaths', { contactId: saved.id, pathUids: [ra.uid] }, FROM.sidebar());
    // Only the paths changed: the notes written elsewhere stay.
    expect(await getContact(saved.id)).toMatchObject({ pathUids: [ra.uid], notes: 'Prefers email' });

    await deletePath(ux.uid);
    await expect(send('setContactPaths', { contactId: saved.id, pathUids: [ux.uid] }, FROM.sidebar())).rejects.toThrow(/no longer exists/u);
    await expect(send('setContactPaths', { contactId: saved.id, pathUids: [ra.uid] }, FROM.contentScript())).rejects.toThrow(/not accepted from there/u);
    await expect(send('setContactPaths', { contactId: saved.id, pathUids: [ra.uid] }, FROM.otherExtension())).rejects.toThrow(/not accepted from there/u);
    await expect(send('setContactPaths', { contactId: saved.id + 1, pathUids: [ra.uid] }, FROM.sidebar())).rejects.toThrow(/no longer exists/u);
    expect((await getContact(saved.id))?.pathUids).toEqual([ra.uid]);
  });

  it('opens the contact book’s career paths in a new tab, from the extension only', async () => {
    const opened: { url?: string }[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => void opened.push(tab));
    await send('openPaths', undefined, FROM.sidebar());
    expect(opened).toMatchObject([{ url: extension('options.html#paths') }]);
    await expect(send('openPaths', undefined, FROM.contentScript())).rejects.toThrow(/not accepted from there/u);
    expect(opened).toHaveLength(1);
  });
});
