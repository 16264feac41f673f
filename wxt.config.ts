import { defineConfig } from 'wxt';
import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import type { InlineConfig } from 'vite';

/**
 * Content scripts get WXT's own `browser` (the browser's promise API: chrome.*
 * in Chrome MV3, browser.* in Firefox), not webextension-polyfill: it is 2.6 KB
 * gzip of every messenger's 30 KB budget, and a content script needs nothing of
 * it (it answers messages with sendResponse, the one form both browsers take
 * natively). The worker, popup and options keep the polyfill.
 */
function nativeBrowserInContentScripts(config: InlineConfig): void {
  const native = createRequire(import.meta.url).resolve('wxt/browser');
  const alias = config.resolve?.alias;
  config.resolve ??= {};
  config.resolve.alias = Array.isArray(alias)
    ? [{ find: 'wxt/browser', replacement: native }, ...alias.filter((a) => a.find !== 'wxt/browser')]
    : { ...alias, 'wxt/browser': native };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // WXT picks the icons up from public/icon/<size>.png.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the contact and snooze; alarms: the badge and snooze expiry in an
    // MV3 service worker. Host access comes only from the content script's
    // matches (the messenger sites); nothing else.
    permissions: ['storage', 'alarms'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'breathing-room@breathing-room.app',
              // 140 is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Firefox's built-in consent: this add-on collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The sources zip Mozilla's review asks for (`wxt zip -b firefox`): what builds the add-on, and the data and
  // scripts that generate lib/rules/model-weights.ts. WXT already leaves out node_modules, .output, dotfiles and
  // *.test.ts; local results and what only tests, benchmarks or docs need go too.
  zip: {
    excludeSources: ['test-results/**', 'bench-results/**', '**/*.log', 'tests/**', 'bench/**', 'docs/**', 'vitest.*.ts'],
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entry) => entry.type === 'content-script')) nativeBrowserInContentScripts(config);
    },
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
});
