/** The message files: same keys and placeholders in every language; the t() helper and plurals. */
import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, messageLocale, t, tn, tProblem, type MessageKey } from '../utils/i18n';
import { problem } from '../utils/protocol/problem';
import { validateSettings } from '../utils/settings/validate';
import { DEFAULT_SETTINGS } from '../utils/settings/settings';
import { readMessages, useLocale } from './setup-i18n';

const LOCALES = ['de', 'cs'] as const;
const en = readMessages('en');
/** Extra plural forms a language may have beyond English's `_one` / `_other`. */
const PLURAL_EXTRA = /^(.*)_(zero|two|few|many)$/;

function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}

afterEach(() => useLocale('en'));

describe('messages.json', () => {
  it('keys are Chrome message names, unique ignoring case', () => {
    for (const locale of ['en', ...LOCALES]) {
      const keys = Object.keys(readMessages(locale));
      for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
    }
  });

  it.each(LOCALES)('%s has every English key, and nothing else but plural forms', (locale) => {
    const messages = readMessages(locale);
    expect(Object.keys(en).filter((key) => !(key in messages))).toEqual([]);
    const extra = Object.keys(messages).filter((key) => !(key in en));
    for (const key of extra) expect(`${PLURAL_EXTRA.exec(key)?.[1]}_other` in en, key).toBe(true);
  });

  it.each(LOCALES)('%s uses the same $1..$9 placeholders as English, and no empty message', (locale) => {
    const messages = readMessages(locale);
    for (const [key, value] of Object.entries(messages)) {
      expect(value.message.trim(), key).not.toBe('');
      const base = PLURAL_EXTRA.exec(key)?.[1];
      const english = en[key] ?? en[`${base}_other`]!;
      expect(placeholders(value.message), key).toEqual(placeholders(english.message));
    }
  });

  it('localeCode names its own language', () => {
    expect(en.localeCode!.message).toBe('en');
    for (const locale of LOCALES) expect(readMessages(locale).localeCode!.message).toBe(locale);
  });
});

describe('t()', () => {
  it('fills in $1.. and leaves $ in substitutions alone', () => {
    expect(t('callCalling', '+1 213')).toBe('Calling +1 213…');
    expect(t('siteEnable', '$1.example')).toBe('Enable ThruDial on $1.example');
  });

  it('a key the browser does not know shows as the key', () => {
    expect(t('noSuchMessage' as MessageKey)).toBe('noSuchMessage');
  });

  it('follows the browser language', () => {
    useLocale('de');
    expect(t('popupCall')).toBe('Anrufen');
    expect(messageLocale()).toBe('de');
    useLocale('cs');
    expect(t('fieldServiceUrl')).toBe('URL služby');
  });

  it('plurals follow the language: Czech has a form for 2 to 4', () => {
    expect([1, 2, 5].map((n) => tn('imported', n))).toEqual(['Imported 1 setting.', 'Imported 2 settings.', 'Imported 5 settings.']);
    useLocale('cs');
    expect([1, 3, 5].map((n) => tn('imported', n))).toEqual([
      'Bylo importováno 1 nastavení.', 'Byla importována 3 nastavení.', 'Bylo importováno 5 nastavení.',
    ]);
    useLocale('de');
    expect(tn('problems', 1)).toBe('Ein Problem verhindert das Speichern der Einstellungen:');
    expect(tn('problems', 2)).toBe('2 Probleme verhindern das Speichern der Einstellungen:');
  });

  it('numbers are written the language\'s way', () => {
    expect(formatNumber(8192)).toBe('8,192');
    useLocale('de');
    expect(formatNumber(8192)).toBe('8.192');
  });

  it('settings problems are translated too', () => {
    useLocale('de');
    const problems = validateSettings({ ...DEFAULT_SETTINGS, cth_ws_url: 'ftp://example.com/' });
    expect(problems.map((p) => tProblem(p.problem))).toContain('Die Dienst-URL muss mit https:// oder http:// beginnen.');
    const long = validateSettings({ ...DEFAULT_SETTINGS, cth_ws_url: `https://example.com/${'x'.repeat(9000)}` });
    expect(long[0]!.problem).toEqual(problem('vTooLong', problem('field_cth_ws_url'), 9020, 8192));
    expect(long.map((p) => tProblem(p.problem))).toEqual(['Zu lang: Dienst-URL (9.020 Zeichen; höchstens 8.192).']);
  });
});
