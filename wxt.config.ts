import { defineConfig } from 'wxt';

// Everything the extension does happens on the user's machine: the only host it
// touches is the LinkedIn page that is already open, and only to read it.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  zip: { excludeSources: ['demo-screenshots/**', 'bench-results.json', 'docs/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: 'Coffee Chats',
    description:
      'Prepare, request and follow up informational interviews from a LinkedIn profile. Your notes stay on your machine.',
    // storage: the sidebar's folded state; unlimitedStorage: a contact book of thousands, never evicted.
    // alarms: the badge turns red when a thank-you becomes overdue, and steps move on as days pass.
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    host_permissions: ['https://www.linkedin.com/*'],
    // Asked for only when the user turns on overdue thank-you notifications.
    optional_permissions: ['notifications'],
    action: { default_title: 'Coffee Chats' },
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: ['https://www.linkedin.com/*'],
        // Chrome: a per-session URL, so LinkedIn's scripts cannot probe for the extension.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'coffee-chats@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
