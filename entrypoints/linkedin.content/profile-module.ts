/**
 * What the content script needs only on a profile page: the reader and the
 * sidebar frame. Built as its own ES module (scripts/profile-module.ts) and
 * imported on the first profile page, so the other LinkedIn pages never load it.
 * Imports are explicit: WXT's auto-imports do not reach this build.
 */
export { extractProfile } from '@/lib/linkedin/extract-profile';
export { createSidebarFrame } from './sidebar-frame';
