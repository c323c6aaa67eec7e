import { getDb, type CoffeeChatsDb } from './db';
import { TemplateSchema, type Template } from '@/lib/model/template';

/** The user's own message templates (with placeholders such as {firstName}). */

export async function listTemplates(db: CoffeeChatsDb = getDb()): Promise<(Template & { id: number })[]> {
  return (await db.templates.orderBy('kind').toArray()) as (Template & { id: number })[];
}

export async function saveTemplate(input: unknown, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  const template = TemplateSchema.parse({ ...(input as object), updatedAt: now });
  const id = (await db.templates.put(template)) as number;
  return { ...template, id };
}

export async function deleteTemplate(id: number, db: CoffeeChatsDb = getDb()) {
  await db.templates.delete(id);
}

/**
 * Saves what the user changed in a stored template (`patch`: some of kind, name, subject, text)
 * over the row as it is now, so a change saved from another window to another field stays.
 */
export async function updateTemplate(id: number, patch: Partial<Pick<Template, 'kind' | 'name' | 'subject' | 'body'>>, now = Date.now(), db: CoffeeChatsDb = getDb()) {
  return db.transaction('rw', [db.templates], async () => {
    const stored = await db.templates.get(id);
    if (!stored) throw new Error('That template no longer exists (deleted in another window?).');
    return saveTemplate({ ...stored, ...patch, id }, now, db);
  });
}
