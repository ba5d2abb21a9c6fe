/**
 * Call-through without a web service: the access number, the PIN and the destination go into a
 * local dial template (default `%account[cth_access_number]%,,%account[x-cth-pin]%#%targetNumber%#`)
 * and come out as the dial string, with no network at all. No browser APIs.
 */
import { expandDialString } from './dial';
import { failWith, type Result } from './result';
import { accountParameters, DEFAULT_DIAL_TEMPLATE, type Settings } from '../settings/settings';
import { newNonce } from './template';

/** The template in use: the user's, or the default when the field is empty. */
export function dialTemplate(settings: Settings): string {
  const own = typeof settings.cth_dial_template === 'string' ? settings.cth_dial_template.trim() : '';
  return own || DEFAULT_DIAL_TEMPLATE;
}

/**
 * The dial string for `targetNumber` (E.164) from the local template. Values are substituted raw
 * and real (the password too): the dial string never leaves the device except to the user's dialer.
 * Decision: here %targetNumber% is the E.164 number without its "+" (country code and number,
 * e.g. 12133734253): it is sent as DTMF tones, which have no "+", and a "+" after the start is
 * not dialable. A provider that wants a prefix writes it in the template (`00%targetNumber%`).
 */
export async function buildOfflineDialString(
  settings: Settings,
  targetNumber: string,
  globals: Record<string, string>,
): Promise<Result<string>> {
  const access = typeof settings.cth_access_number === 'string' ? settings.cth_access_number.trim() : '';
  if (access === '') return failWith('errNoAccessNumber');
  return expandDialString(dialTemplate(settings), {
    account: { ...accountParameters(settings), cth_access_number: access },
    targetNumber: targetNumber.replace(/^\+/, ''),
    globals,
    nonce: newNonce(),
    secureTransport: true,
  });
}
