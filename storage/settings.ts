import { getDb, type CoffeeChatsDb } from './db';
import { refreshAll } from './followups';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schemas';

export async function getSettings(db: CoffeeChatsDb = getDb()): Promise<Settings> {
  const row = await db.settings.get('user');
  const parsed = SettingsSchema.safeParse(row ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/**
 * Saves the user's settings. The cadences decide what is due and when, so every
 * contact's stored schedule is recomputed in the same transaction.
 */
export async function saveSettings(input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()): Promise<Settings> {
  const settings = SettingsSchema.parse(input);
  await db.transaction('rw', [db.contacts, db.interactions, db.meetings, db.settings], async () => {
    await db.settings.put(settings);
    await refreshAll(now, db);
  });
  return settings;
}
