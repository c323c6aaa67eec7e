/**
 * Performance marks the sidebar sets in its own frame at each stage of showing a person, read by
 * `npm run bench` (scripts/bench/sidebar.ts). Each mark's `detail` is the profile slug where one applies.
 * Marks cost nothing a user would notice and send nothing anywhere.
 */
export const SIDEBAR_MARKS = {
  /** start.tsx runs: every chunk of the app is fetched, parsed and evaluated. */
  scriptStart: 'coffee-chats:script-start',
  /** The first state naming a read page for a slug arrived from the background. */
  state: 'coffee-chats:state',
  /** The person's name is on screen: first by the boot script (plain text), after an in-app move by the app. */
  name: 'coffee-chats:name',
  /** The Person panel for that slug is on screen, with its form and buttons (the app has loaded). */
  panel: 'coffee-chats:panel',
} as const;

export function markStage(name: (typeof SIDEBAR_MARKS)[keyof typeof SIDEBAR_MARKS], slug?: string): void {
  performance.mark(name, { detail: slug ?? null });
}
