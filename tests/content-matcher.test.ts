import { describe, expect, it } from 'vitest';
import { findNumberMatches, normalizeForMatching, resolveDefaultCountry } from '../entrypoints/content/matcher';

const found = (text: string, country?: string) => findNumberMatches(text, country).map((m) => m.text);

describe('numbers are found in page text', () => {
  it.each([
    ['US', 'Call (213) 373-4253 today', '(213) 373-4253'],
    ['US', 'Phone: +1 213 373 4253.', '+1 213 373 4253'],
    ['US', 'or 213.373.4253', '213.373.4253'],
    ['DE', 'Tel. 030 12345678', '030 12345678'],
    ['DE', 'Tel.: 089 / 12 34 56', '089 / 12 34 56'],
    ['DE', 'Zentrale +49 (0)30 12345678', '+49 (0)30 12345678'],
    ['GB', 'Ring 020 7946 0958 now', '020 7946 0958'],
    ['GB', '+44 20 7946 0958', '+44 20 7946 0958'],
    ['FR', 'Appelez le 01 23 45 67 89', '01 23 45 67 89'],
    ['FR', 'ou le 01.23.45.67.89', '01.23.45.67.89'],
    ['US', 'Paris: +33 1 23 45 67 89', '+33 1 23 45 67 89'],
  ])('%s: %s', (country, text, expected) => {
    expect(found(text, country)).toEqual([expected]);
  });

  it('offsets point at the original text', () => {
    const text = 'A: (213) 373-4253, B: +44 20 7946 0958';
    for (const m of findNumberMatches(text, 'US')) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findNumberMatches(text, 'US')).toHaveLength(2);
  });

  it('no-break, narrow and thin spaces and line breaks separate digits like spaces', () => {
    expect(found('+1\u202F213\u2009373\u00A04253', 'US')).toEqual(['+1\u202F213\u2009373\u00A04253']);
    expect(found('Call +1 213\n    373 4253', 'US')).toEqual(['+1 213\n    373 4253']);
  });

  it('full-width digits are numbers too, and the page text is kept as written', () => {
    expect(found('電話 ＋１ ２１３ ３７３ ４２５３', 'JP')).toEqual(['＋１ ２１３ ３７３ ４２５３']);
    expect(normalizeForMatching('＋１\u3000\n２').text).toBe('+1 2');
  });
});

describe('what is not a phone number is left alone', () => {
  it.each([
    ['US', 'Published 2024-03-15'],
    ['DE', 'Stand: 15.03.2024'],
    ['US', 'Due 03/15/2024'],
    ['DE', 'Am 15.03.2024 um 10:30 Uhr'],
    ['US', 'Updated 2024-03-15 14:30'],
    ['DE', 'Mo-Fr 08:00-18:00'],
    ['US', 'Total $1,234,567.89'],
    ['US', 'Price 2133734253 €'],
    ['US', 'Server 192.168.100.200'],
    ['US', 'Windows 10.0.19041.1234'],
    ['US', 'Release v2.13.373.4253'],
    ['US', 'Order #2133734253'],
    ['US', 'ISBN 978-3-16-148410-0'],
    ['US', 'see https://example.com/items/2133734253'],
    ['US', 'SKU AB2133734253'],
    ['DE', 'Bestellnummer 3012345678'],
  ])('%s: %s', (country, text) => {
    expect(found(text, country)).toEqual([]);
  });
});

describe('default country', () => {
  it('the page hint wins, then the setting, then the browser region', () => {
    expect(resolveDefaultCountry('de', 'US', 'fr-FR')).toBe('DE');
    expect(resolveDefaultCountry(undefined, 'gb', 'fr-FR')).toBe('GB');
    expect(resolveDefaultCountry(undefined, '', 'fr-FR')).toBe('FR');
    expect(resolveDefaultCountry(undefined, undefined, 'en')).toBeUndefined();
  });

  it('a national number needs a country; an international one does not', () => {
    expect(found('(213) 373-4253')).toEqual([]);
    expect(found('+1 213 373 4253')).toEqual(['+1 213 373 4253']);
  });
});
