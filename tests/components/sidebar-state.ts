import type { SidebarState } from '@/lib/messaging';
import { SidebarStateSchema } from '@/lib/model/protocol';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';

/**
 * What the background pushes to the sidebar for Maya Okafor's profile, read and not saved yet: each test
 * overrides what it is about. Parsed by the schema, so a field added to the state gets its default here.
 */
export function sidebarState(over: Partial<SidebarState> = {}, slug = 'maya-okafor'): SidebarState {
  return SidebarStateSchema.parse({
    page: {
      url: `https://www.linkedin.com/in/${slug}/`,
      slug,
      extraction: {
        profile: { slug, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: 'Maya Okafor', headline: 'UX Researcher', experience: [], education: [] },
        found: ['name', 'headline'],
        missing: [],
        layout: '2026-signed-in',
      },
    },
    contact: null,
    meetings: [],
    lastInteraction: null,
    settings: DEFAULT_SETTINGS,
    templates: [],
    leadMatches: [],
    pageLists: {},
    ...over,
  });
}
