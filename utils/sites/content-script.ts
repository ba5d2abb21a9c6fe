/**
 * The content script as the background registers it (entrypoints/background/content-registration.ts),
 * declared once for the registration and the tests.
 */

/** WXT's output path of entrypoints/content-script.ts (an unlisted script). */
export const CONTENT_SCRIPT_FILE = '/content-script.js';

/**
 * document_start: on a long page the top is read and underlined while the rest is still parsed.
 * The script itself waits for the first screenful (entrypoints/content/first-screen-parsed.ts).
 */
export const CONTENT_SCRIPT_RUN_AT = 'document_start';
