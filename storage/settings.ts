import type { ScheduleSettings } from '@/lib/followups/next-due';
import { getDb, type CoffeeChatsDb } from './db';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schemas';

export async function getSettings(db: CoffeeChatsDb = getDb()): Promise<Settings> {
  const row = await db.settings.get('user');
  const parsed = SettingsSchema.safeParse(row ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(input: unknown, db: CoffeeChatsDb = getDb()): Promise<Settings> {
  const settings = SettingsSchema.parse(input);
  await db.settings.put(settings);
  return settings;
}

export function scheduleOf(settings: Settings): ScheduleSettings {
  return settings.cadences;
}
