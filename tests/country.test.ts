import { describe, expect, it } from 'vitest';
import { countryFromBrowser, countryFromLanguage, countryFromLocale, countryFromPage, pageCountries } from '../utils/protocol/country';

describe('countryFromPage', () => {
  it('the region of <html lang> comes first', () => {
    expect(countryFromPage('de-DE', 'example.fr')).toBe('DE');
    expect(countryFromPage('en-GB', 'example.com')).toBe('GB');
    expect(countryFromPage('pt_BR', 'example.com')).toBe('BR');
    expect(countryFromPage('zh-Hant-TW', 'example.com')).toBe('TW');
  });
  it('a bare language has no region', () => {
    expect(countryFromPage('de', 'example.com')).toBeUndefined();
    expect(countryFromPage('es-419', 'example.com')).toBeUndefined();
  });
  it('then the ccTLD of the host', () => {
    expect(countryFromPage('de', 'www.example.de')).toBe('DE');
    expect(countryFromPage(null, 'bbc.co.uk')).toBe('GB');
    expect(countryFromPage(undefined, 'example.fr.')).toBe('FR');
    expect(countryFromPage('', 'shop.example.com.co')).toBe('CO');
  });
  it('generic TLDs, generic-use ccTLDs, IPs and localhost say nothing', () => {
    for (const host of ['example.com', 'example.org', 'github.io', 'example.co', 'example.tv', '192.168.0.1', '[::1]', 'localhost', '']) {
      expect(countryFromPage(null, host)).toBeUndefined();
    }
  });
  it('only regions libphonenumber supports are returned', () => {
    expect(countryFromPage('en-ZZ', 'example.eu')).toBeUndefined();
  });
});

describe('countryFromLocale', () => {
  it('returns the region of a browser locale', () => {
    expect(countryFromLocale('en-US')).toBe('US');
    expect(countryFromLocale('fr-CA')).toBe('CA');
    expect(countryFromLocale('de')).toBeUndefined();
    expect(countryFromLocale('')).toBeUndefined();
  });
});

describe('countryFromLanguage', () => {
  it('a bare language names its main country, when it has one', () => {
    expect(countryFromLanguage('de')).toBe('DE');
    expect(countryFromLanguage('ja')).toBe('JP');
    expect(countryFromLanguage('cs')).toBe('CZ');
  });
  it('a tag with its own region adds no language guess (fr-BE is Belgium, not also France)', () => {
    expect(countryFromLanguage('nl-BE')).toBeUndefined();
    expect(countryFromLanguage('fr-BE')).toBeUndefined();
  });
  it('languages of many countries have none', () => {
    for (const lang of ['en', 'es', 'pt', 'ar', 'zh', '', 'x']) expect(countryFromLanguage(lang)).toBeUndefined();
    expect(countryFromLanguage(null)).toBeUndefined();
  });
});

describe('countryFromBrowser', () => {
  it.each([
    [['nl'], 'NL'],
    [['nl-BE'], 'BE'],
    [['nl', 'en-US'], 'NL'],
    [['en-GB', 'en-US'], 'GB'],
    [['en', undefined, 'en-US', 'de'], 'US'],
    [['en', 'fr'], 'FR'],
    [['en'], undefined],
    [[undefined], undefined],
  ] as const)('%j -> %s', (tags, expected) => {
    expect(countryFromBrowser(tags)).toBe(expected);
  });
});

describe('pageCountries: the countries a page is read for', () => {
  it("the page's own hint, then its top page's, then the tab's, then the setting, then the browser's region", () => {
    expect(pageCountries({ lang: 'fr-BE', hostname: 'a.example.de' }, 'NL', 'GB', 'en-US')).toEqual({ pageCountry: 'BE', countries: ['BE'] });
    expect(pageCountries({ lang: '', hostname: '', topLang: 'de-AT', topHostname: 'x.example' }, 'NL', 'GB', 'en-US').pageCountry).toBe('AT');
    expect(pageCountries({ lang: '', hostname: '' }, 'NL', 'GB', 'en-US').pageCountry).toBe('NL');
    expect(pageCountries({}, undefined, 'GB', 'en-US').pageCountry).toBe('GB');
    expect(pageCountries({}, undefined, '', 'en-US').pageCountry).toBe('US');
  });
  it("a page that names only its language gets that language's country last, once", () => {
    expect(pageCountries({ lang: 'de', hostname: 'example.com' }, undefined, 'US', 'en-US')).toEqual({ pageCountry: 'US', countries: ['US', 'DE'] });
    expect(pageCountries({ lang: 'de', hostname: 'example.com' }, undefined, 'DE', 'en-US')).toEqual({ pageCountry: 'DE', countries: ['DE'] });
  });
  it('an unsupported region falls through to the next hint', () => {
    expect(pageCountries({ lang: 'en-XA', hostname: 'example.fr' }, undefined, 'GB', 'en-US').pageCountry).toBe('FR');
  });
});
