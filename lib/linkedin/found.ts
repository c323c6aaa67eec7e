import type { Profile } from './profile';

/** What one strategy found: any profile field except the URL-derived ones. */
export type Found = { -readonly [K in keyof Omit<Profile, 'slug' | 'profileUrl'>]?: Profile[K] };
