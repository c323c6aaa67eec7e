/**
 * What the content script needs only on a profile page: the reader, the checks that the page
 * shows the person its URL names, and the sidebar frame. Built as its own ES module
 * (scripts/profile-module.ts) and imported on the first profile page, so the other LinkedIn
 * pages never load it. Imports are explicit: WXT's auto-imports do not reach this build.
 */
import { extractProfile } from '@/lib/linkedin/extract-profile';
import { pageStructure } from '@/lib/linkedin/page-structure';

export { extractProfile };
export { pageOwner, pagePrint } from '@/lib/linkedin/page-identity';

/** "Report a page we can't read": the page on screen, structure only, with the reader's trace. */
export function describePage(doc: Document, url: URL) {
  return pageStructure(doc, url, extractProfile(doc, url));
}
export { createSidebarFrame } from './sidebar-frame';
