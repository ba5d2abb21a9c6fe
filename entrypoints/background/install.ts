/**
 * runtime.onInstalled: what happens once per install (or update). %installid% is made once and
 * kept across updates; a fresh install takes the browser's region as the default country (an
 * update keeps whatever is stored) and opens the welcome page (entrypoints/welcome).
 */
import { browser, type Browser } from 'wxt/browser';
import { countryFromBrowser } from '@/utils/protocol/country';
import { adoptInstallCountry, loadInstallId } from '@/utils/settings/store';

/**
 * The country of the browser's language; undefined when none names one. navigator.language comes
 * first: right after install Chromium's i18n.getUILanguage() can still say en-US while the
 * browser runs in another language (seen with --lang=nl).
 */
export function browserCountry(): string | undefined {
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = undefined;
  }
  const nav = globalThis.navigator;
  return countryFromBrowser([nav?.language, ui, ...(nav?.languages ?? [])]);
}

export async function onInstalled({ reason }: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<void> {
  await loadInstallId();
  if (reason !== 'install') return;
  await Promise.all([
    adoptInstallCountry(browserCountry()).catch((e: unknown) => console.error('ThruDial could not set the default country', e)),
    // First run: explain which sites ThruDial asks for and why.
    browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }),
  ]);
}
