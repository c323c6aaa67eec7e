export type Persistence = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Asks the browser not to evict this extension's data under storage pressure.
 * (Only pages can ask; the extension also holds `unlimitedStorage`.)
 */
export async function ensurePersistentStorage(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'persistent';
    return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
