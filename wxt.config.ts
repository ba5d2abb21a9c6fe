import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'ThruDial',
    description: "Click any phone number to call it through your provider's Web Call-Through service.",
    permissions: ['storage'],
    // The call-through service's origin is asked for when the user saves it (options page).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
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
