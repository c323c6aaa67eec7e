import { defineConfig } from 'wxt';
import { PROFILE_MODULE_PATH } from './lib/profile-module';
import { buildProfileModule } from './scripts/profile-module';

// Everything the extension does happens on the user's machine: the only host it
// touches is the LinkedIn page that is already open, and only to read it.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'build:done': (wxt) => buildProfileModule(wxt.config.root, wxt.config.outDir, wxt.config.mode === 'production'),
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(PROFILE_MODULE_PATH);
    },
  },
  zip: { excludeSources: ['demo-screenshots/**', 'bench-results.json', 'docs/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: 'Coffee Chats',
    description:
      'Prepare, request and follow up informational interviews from a LinkedIn profile. Your notes stay on your machine.',
    // storage: the sidebar's folded state; unlimitedStorage: a contact book of thousands, never evicted.
    // alarms: the badge turns red when a thank-you becomes overdue, and steps move on as days pass.
    // scripting (Chrome): the sidebar reaches LinkedIn tabs that were open when the extension was
    // installed or updated (Firefox does that with tabs.executeScript and the host permission).
    permissions: ['storage', 'unlimitedStorage', 'alarms', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: ['https://www.linkedin.com/*'],
    // Asked for only when the user turns on overdue thank-you notifications.
    optional_permissions: ['notifications'],
    action: { default_title: 'Coffee Chats' },
    // Keyboard shortcuts, shown and changeable in the browser's shortcut settings
    // (chrome://extensions/shortcuts, Firefox: about:addons → Manage Extension Shortcuts).
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Open the follow-ups popup',
      },
      'focus-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Move focus into the Coffee Chats sidebar (opening it) and back to the page',
      },
    },
    web_accessible_resources: [
      {
        // The profile module: the content script imports it on profile pages only.
        resources: ['sidebar.html', PROFILE_MODULE_PATH.slice(1)],
        matches: ['https://www.linkedin.com/*'],
        // Chrome: a per-session URL, so LinkedIn's scripts cannot probe for the extension.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Chrome 130-131 refused a content script's import() of a per-session (use_dynamic_url) resource
    // (crbug.com/363027634, fixed in 132): there the sidebar would never appear.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '132' }),
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
