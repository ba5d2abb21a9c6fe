import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Texts in public/_locales/<lang>/messages.json; the toolbar title is set in the popup's index.html.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, history, site lists. scripting: register the content script for the sites
    // the user granted. activeTab: the popup may read the current tab's site to offer "Enable on <site>".
    // docs/permissions.md justifies each one.
    // contextMenus: "Call “…” with ThruDial" on selected text and tel:/callto: links. The call-selection
    // shortcut reads the selection through activeTab + scripting.
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    commands: {
      'call-selection': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandCallSelection__' },
      _execute_action: { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_commandOpenDialer__' },
    },
    // Asked for at runtime, never at install: the sites the content script runs on (welcome page,
    // popup, options allow list) and the call-through service's origin (options page, at save).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Administrator policy (Chromium): what an organisation may preset, see utils/managed-policy.ts.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'thrudial@example.invalid',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
