/**
 * The content script as the background registers it (entrypoints/background/content-registration.ts),
 * declared once for the registration and the tests.
 */

/** WXT's output path of entrypoints/content-script.ts (an unlisted script). */
export const CONTENT_SCRIPT_FILE = '/content-script.js';

/** document_idle: after the document is parsed, so the first screenful is there to read. */
export const CONTENT_SCRIPT_RUN_AT = 'document_idle';
