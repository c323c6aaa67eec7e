/**
 * Where the build puts the content script's profile module (see scripts/profile-module.ts):
 * the profile reader and the sidebar frame, as one ES module. The content script runs on
 * every LinkedIn page but imports this only on the first profile page it sees, so the feed,
 * search and messaging carry a script of a few kilobytes.
 */
export const PROFILE_MODULE_PATH = '/content-scripts/linkedin-profile.js';
