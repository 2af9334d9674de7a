import { defineConfig } from 'wxt';

// Hosts Parley's content scripts run on. Nothing else gets host access.
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

export default defineConfig({
  // Never launch a browser of WXT's own (there is none to download here); `npm run demo` drives Chromium.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Parley',
    description:
      'Reads difficult email negotiations in Gmail and Outlook on the web. Everything stays on your machine.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    host_permissions: MAIL_HOSTS,
    action: { default_title: 'Parley' },
    // Firefox needs a stable add-on id for storage to survive restarts of an installed build.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parley@parley-extension.example',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
