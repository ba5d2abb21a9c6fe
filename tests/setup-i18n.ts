/**
 * The fake browser of WxtVitest does not implement i18n: give it the real messages, English by
 * default, with Chrome's `$1`..`$9` substitution. `useLocale('de')` switches for one test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;

export function readMessages(locale: string): Messages {
  const file = path.resolve(import.meta.dirname, `../public/_locales/${locale}/messages.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Messages;
}

const en = readMessages('en');
let current = en;

/** Chrome's getMessage: the locale's message, else the default locale's, else ''; `$n` filled in one pass, `$$` is `$`. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const text = current[key]?.message ?? en[key]?.message;
  if (text === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export function useLocale(locale: string): void {
  current = locale === 'en' ? en : readMessages(locale);
}

Object.assign(fakeBrowser.i18n, {
  getMessage,
  getUILanguage: () => 'en',
});
