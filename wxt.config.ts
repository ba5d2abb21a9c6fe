import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { UNDERLINE_CSS_FILE, underlineCss } from './entrypoints/content/tracker/underline-style';

/**
 * libphonenumber-js ships its metadata as a 156 KB object literal; V8 reads the same data as a
 * JSON.parse string noticeably faster, which is most of the content script's evaluation time, and
 * only when a number is first looked for.
 */
function metadataAsJsonParse(): Plugin {
  return {
    name: 'thrudial:libphonenumber-metadata-json-parse',
    load(id) {
      const match = /libphonenumber-js\/(metadata\.\w+\.json)\.js$/.exec(id.split('?')[0]!);
      if (!match) return null;
      const json = fs.readFileSync(id.split('?')[0]!.replace(/\.js$/, ''), 'utf8');
      // Costs about 20 KB of bundle (the patterns' backslashes are escaped twice) for ~10 ms less evaluation.
      // Parsed on first use only: a frame or page whose text holds no candidate never pays for it.
      const text = JSON.stringify(JSON.stringify(JSON.parse(json)));
      return `let parsed;
const load = () => (parsed ??= JSON.parse(${text}));
export default new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => Object.getOwnPropertyDescriptor(load(), key),
});`;
    },
  };
}

/**
 * WXT builds each content or unlisted script on its own, so a build's input tells which one it is
 * (entrypoints/content-script.ts, an unlisted script).
 */
function buildsContentScript(input: unknown): boolean {
  return JSON.stringify(input ?? '').includes('entrypoints/content-script.');
}

/**
 * The content script's `wxt/browser` (its own modules' and WXT's runtime's) is the browser's own
 * namespace (entrypoints/content/browser-namespace.ts says why); every other entrypoint keeps the polyfill.
 */
function contentScriptBrowser(): Plugin {
  let content = false;
  return {
    name: 'thrudial:content-script-browser-namespace',
    enforce: 'pre',
    options(options) {
      content = buildsContentScript(options.input);
    },
    resolveId(source) {
      if (!content || (source !== 'wxt/browser' && source !== '@wxt-dev/webextension-polyfill/browser')) return null;
      return fileURLToPath(new URL('./entrypoints/content/browser-namespace.ts', import.meta.url));
    },
  };
}

/**
 * What the content script's bundle must never hold: the extension pages' components, the settings
 * table, the matcher's full pipeline and libphonenumber-js (the background matches). Every byte of
 * it is parsed in every page at document_start, and WXT's auto-imports can pull such a module in
 * unasked (its scan once took the content script's own `label(…)` and `shown` for the options
 * page's exports): the build fails instead.
 */
const NOT_IN_CONTENT_SCRIPT = /\/components\/|\/utils\/settings\/|\/utils\/matcher\/index\.ts$|\/utils\/menu-target\.ts$|\/libphonenumber-js\//;

function contentScriptBoundary(): Plugin {
  let content = false;
  return {
    name: 'thrudial:content-script-boundary',
    options(options) {
      content = buildsContentScript(options.input);
    },
    generateBundle() {
      if (!content) return;
      for (const id of this.getModuleIds()) {
        if (!NOT_IN_CONTENT_SCRIPT.test(id)) continue;
        this.error(`the content script imports ${id} (through ${this.getModuleInfo(id)?.importers.join(', ')}): not for its bundle`);
      }
    },
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), metadataAsJsonParse(), contentScriptBrowser(), contentScriptBoundary()] }),
  hooks: {
    // The underline's style, per browser (entrypoints/content/tracker/underline-style.ts).
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: UNDERLINE_CSS_FILE, contents: underlineCss(wxt.config.browser) });
    },
  },
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
    // Administrator policy (Chromium): what an organisation may preset, see utils/settings/managed-policy.ts.
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
