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
  manifest: {
    name: 'Parley',
    description:
      'Reads difficult email negotiations in Gmail and Outlook on the web. Everything stays on your machine.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: MAIL_HOSTS,
    action: { default_title: 'Parley' },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
