/**
 * Small preferences kept in `browser.storage.local` (not contact data: that is in IndexedDB),
 * as WXT storage items — each with its key, fallback and version in one place.
 */
import { storage } from 'wxt/utils/storage';
import { SIDEBAR_COLLAPSED_KEY } from '@/lib/preferences';

/** Whether the sidebar is folded to its tab; remembered across pages and restarts. */
export const sidebarCollapsed = storage.defineItem<boolean>(`local:${SIDEBAR_COLLAPSED_KEY}`, { fallback: false, version: 1 });

/** Overdue thank-you notes already notified (`contactId@dueAt`), so each is notified once. */
export const notifiedOverdueThankYous = storage.defineItem<string[]>('local:notified:overdue-thank-you', { fallback: [], version: 1 });
