import { defineConfig } from 'wxt';
import { PROFILE_MODULE_PATH } from './lib/profile-module';
import { buildProfileModule } from './scripts/profile-module';

// Everything the extension does happens on the user's machine: the only host it
// touches is the LinkedIn page that is already open, and only to read it.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'build:done': (wxt) => buildProfileModule(wxt.config.root, wxt.config.outDir, wxt.config.mode === 'production'),
    // The extension pages (built together) load what the popup's first screen needs (React, Dexie, the
    // reads of what is owed and their wording) as one file rather than the several chunks the bundler
    // would cut it into: each file costs a page a request through the browser process before its first
    // screen (popup, first item: ~100 -> ~85 ms with 10,000 contacts in an A/B of the bench). The
    // sidebar's boot stays apart: it loads none of it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'popup')) return;
      const firstScreen = [
        /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|date-fns)[\\/]/u,
        /[\\/](storage[\\/](db|due-reads|migrations[\\/][^\\/]+)|hooks[\\/]use-now|components[\\/](FollowUpList|ErrorBoundary))\.tsx?$/u,
        /[\\/]lib[\\/](followups[\\/](due-words|groups)|course[\\/]due|format|model[\\/](due|message-kinds))\.ts$/u,
      ];
      const rollup = ((config.build ??= {}).rollupOptions ??= {});
      rollup.output = {
        ...rollup.output,
        codeSplitting: { groups: [{ name: 'core', test: (id: string) => firstScreen.some((pattern) => pattern.test(id)) }] },
      } as never;
    },
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
