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
