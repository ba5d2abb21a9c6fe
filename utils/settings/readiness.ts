/**
 * The one answer to "is ThruDial set up?": whether a call can be placed with these settings.
 * A service URL, or call-through without a web service ('always', or 'fallback' with no service
 * to fall back from) dialing from the local template. utils/protocol/call.ts, the popup's notice and the
 * options' validation all ask here.
 */
import type { Settings } from './settings';

export function hasServiceUrl(settings: Pick<Settings, 'cth_ws_url'>): boolean {
  return typeof settings?.cth_ws_url === 'string' && settings.cth_ws_url.trim() !== '';
}

/** Whether the dial string is built locally: 'always' or 'fallback' (anything else counts as 'never'). */
export function dialsOffline(settings: Pick<Settings, 'offlineMode'>): boolean {
  return settings?.offlineMode === 'always' || settings?.offlineMode === 'fallback';
}

/** Whether a call can start: false means "open the options and add a service first". */
export function isSetUp(settings: Pick<Settings, 'cth_ws_url' | 'offlineMode'>): boolean {
  return hasServiceUrl(settings) || dialsOffline(settings);
}
