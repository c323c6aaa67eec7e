import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/lib/model/settings';
import { getDb, type CoffeeChatsDb } from './db';

/** The user's settings, or the defaults while none are saved (or the stored row no longer parses). */
export async function getSettings(db: CoffeeChatsDb = getDb()): Promise<Settings> {
  const row = await db.settings.get('user');
  const parsed = SettingsSchema.safeParse(row ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
