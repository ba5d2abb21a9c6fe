/**
 * UI strings through browser.i18n. The texts live in public/_locales/<lang>/messages.json
 * (English is the default locale and the source of the key type). Placeholders are `$1`..`$9`.
 *
 * A key the browser does not know comes back as the key itself, so a missing message shows up
 * in tests and on screen instead of as an empty label. (Unit tests install an English
 * getMessage on the fake browser: tests/setup-i18n.ts.)
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';
import type { Problem } from './protocol/problem';

export type MessageKey = keyof typeof en;

/** Message bases with plural forms: `<base>_one`, `<base>_other` (and `_few`, ... where a language needs them). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/** WXT types getMessage's keys from the same file; plural forms are looked up by name, so any string may be asked for. */
type AnyKey = Parameters<typeof browser.i18n.getMessage>[0];

function message(key: string, substitutions: readonly (string | number)[]): string {
  try {
    return browser.i18n.getMessage(key as AnyKey, substitutions.map(String)) || '';
  } catch {
    return ''; // no extension API here (plain Node), or an invalid key
  }
}

/** The text of `key` in the browser's language, `$1`.. filled from `substitutions`; the key itself when missing. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return message(key, substitutions) || key;
}

/** The language of the messages in use (not the browser's: a French browser gets the English texts). */
export function messageLocale(): string {
  const code = message('localeCode', []);
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code) ? code : 'en';
}

/** `count` as the messages' language writes numbers: 8,192 / 8.192 / 8 192. */
export function formatNumber(count: number): string {
  try {
    return count.toLocaleString(messageLocale());
  } catch {
    return String(count);
  }
}

/** The plural form of `base` for `count`; `$1` is the formatted count, `$2`.. the `substitutions`. */
export function tn(base: PluralKey, count: number, ...substitutions: (string | number)[]): string {
  let category: string = 'other';
  try {
    category = new Intl.PluralRules(messageLocale()).select(count);
  } catch {
    // keep 'other'
  }
  const subs = [formatNumber(count), ...substitutions];
  return message(`${base}_${category}`, subs) || t(`${base}_other` as MessageKey, ...subs);
}

/** A problem from the core (utils/protocol/problem.ts) in the user's language; its parameters that are problems too. */
export function tProblem(p: Problem | string): string {
  if (typeof p === 'string') return p;
  return t(p.code as MessageKey, ...p.params.map((param) => (typeof param === 'object' ? tProblem(param) : typeof param === 'number' ? formatNumber(param) : param)));
}

/** What a failed Result says, in the user's language (its English text when the core gave no code). */
export function failureText(failure: { error: string; problem?: Problem }): string {
  return failure.problem ? tProblem(failure.problem) : failure.error;
}
