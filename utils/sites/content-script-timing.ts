/**
 * When the content script runs in a page: declared once, for the background's registration
 * (entrypoints/background/content-registration.ts) and WXT's content-script definition.
 * document_idle: after the document is parsed, so the first screenful is there to read.
 */
export const CONTENT_SCRIPT_RUN_AT = 'document_idle';
