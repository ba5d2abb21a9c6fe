import { describe, expect, it } from 'vitest';
import { findNumberMatches } from '../utils/matcher';
import { mayHoldNumber, normalizeForMatching } from '../utils/matcher/normalize';
import { resolveDefaultCountry } from '../utils/protocol/country';

const found = (text: string, country?: string | string[]) => findNumberMatches(text, country).map((m) => m.text);

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

  it('normalizing maps every character back to the page text', () => {
    expect(normalizeForMatching('a  b').origin).toEqual([0, 1, 3]);
    expect(normalizeForMatching('ab c')).toEqual({ text: 'ab c', origin: [0, 1, 2, 3] });
    expect(normalizeForMatching('x\u00A0\u2009１').origin).toEqual([0, 1, 3]);
  });

  it('text whose digit groups are only dates, addresses, versions and glued ids is not matched, and a number beside them is', () => {
    const decoys = 'Opened 2024-05-13 and 05/12/2025, ref #12345678, host 192.168.100.200, build 10.0.19041.1234, SKU12345678.';
    expect(found(decoys, 'US')).toEqual([]);
    expect(found(`${decoys} Call (213) 373-4253.`, 'US')).toEqual(['(213) 373-4253']);
    expect(found(`${decoys} Tel. 030 12345678`, 'DE')).toEqual(['030 12345678']);
  });

  it('the cheap pre-check passes every phone shape and skips text whose digits cannot form one', () => {
    for (const text of ['(213) 373-4253', '+44 20 7946 0958', '０３‐１２３４‐５６７８', '030/1234567', '+1 (213)\u00A0373.4253', '[213] 373~4253'])
      expect(mayHoldNumber(`Call ${text} now`), text).toBe(true);
    for (const text of ['€ 12.345,00', 'a1b2c3d4e5f6g7', '12:30 to 14:45', 'v1.2 build 345', '1,234,567'])
      expect(mayHoldNumber(text), text).toBe(false);
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

describe('labels before a number decide', () => {
  it.each([
    ['US', 'Fax: (646) 555-0142'],
    ['DE', 'Telefax 089 4455 6677'],
    ['DE', 'Fax-Nr.: 0711 / 123 456'],
    ['FR', 'Télécopie : 04 78 12 34 56'],
    ['GB', 'F +44 161 496 0999'],
    ['DE', 'Rechnungsnummer 0402 8877 66'],
    ['DE', 'Konto 1234 5678 90'],
    ['FR', 'Commande n° 04 78 12 34 56'],
    ['US', 'Invoice no. (646) 555-0142'],
  ])('%s: %s is not a number to call', (country, text) => {
    expect(found(text, country)).toEqual([]);
  });

  it('the phone line next to a fax line is kept', () => {
    expect(found('Tel. 089 4455 6677, Fax 089 4455 6678', 'DE')).toEqual(['089 4455 6677']);
    expect(found('T +44 161 496 0000 F +44 161 496 0999', 'GB')).toEqual(['+44 161 496 0000']);
  });

  it('a combined Tel./Fax line is a phone line', () => {
    expect(found('Tel./Fax 089 4455 6677', 'DE')).toEqual(['089 4455 6677']);
  });

  it('department names are no reference labels', () => {
    expect(found('Orders: (646) 555-0142', 'US')).toEqual(['(646) 555-0142']);
    expect(found('Service client : 04 78 12 34 56', 'FR')).toEqual(['04 78 12 34 56']);
  });

  it('a label in the previous cell counts when the run has none', () => {
    expect(findNumberMatches('089 4455 6678', 'DE', { labelBefore: () => 'Fax' })).toEqual([]);
    expect(found('089 4455 6678', 'DE')).toEqual(['089 4455 6678']);
  });
});

describe('an unbroken digit run needs a phone cue', () => {
  it('without one it is an id', () => {
    expect(found('Kundenkonto 0894455667', 'DE')).toEqual([]);
    expect(found('ref 6465550142', 'US')).toEqual([]);
  });
  it('with a label, a phone symbol or a tel: link it is a number', () => {
    expect(found('Tel. 0894455667', 'DE')).toEqual(['0894455667']);
    expect(found('☎ 0894455667', 'DE')).toEqual(['0894455667']);
    expect(findNumberMatches('0894455667', 'DE', { inTelLink: () => true }).map((m) => m.text)).toEqual(['0894455667']);
  });
  it('+CC numbers need none', () => {
    expect(found('+498944556677', 'DE')).toEqual(['+498944556677']);
  });
});

describe('shapes that are not phone numbers', () => {
  it.each([
    ['US', 'Intern 2011 – 04/2013'],
    ['DE', 'Praktikum 04/2012 – 09/2013'],
    ['US', 'Fund USD 646 555 0142'],
    ['DE', 'EUR 1 646 555,01'],
    ['US', 'Browser 118.0.5993.117'],
    ['US', 'Item 6465-5501-42'],
    ['JP', '型式 0612-3456-78'],
    ['US', 'see example.org/u/6465550142'],
    ['US', 'id=6465550142'],
    ['US', 'widget-6465550142-box'],
  ])('%s: %s', (country, text) => {
    expect(found(text, country)).toEqual([]);
  });
});

describe('how numbers are grouped and prefixed', () => {
  it('common groupings that differ from libphonenumber formatting are kept', () => {
    expect(found('0207 946 0123', 'GB')).toEqual(['0207 946 0123']);
    expect(found('0 805 123 456', 'FR')).toEqual(['0 805 123 456']);
    expect(found('Tel. 0711 2580 1234', 'DE')).toEqual(['0711 2580 1234']);
  });
  it('the trunk prefix may be left out where the country formats it as optional', () => {
    expect(found('Mobile: 91234 56789', 'IN')).toEqual(['91234 56789']);
  });
  it('a list of countries: national numbers not valid for the first are read for the next', () => {
    const [m] = findNumberMatches('Telefon 030 2850 9000', ['US', 'DE']);
    expect(m).toMatchObject({ text: '030 2850 9000', country: 'DE' });
    expect(findNumberMatches('(646) 555-0142', ['US', 'DE'])[0]).toMatchObject({ country: 'US' });
  });
});

describe('extensions', () => {
  it('a comma or semicolon with a space after the number is punctuation, not a pause', () => {
    expect(found('call 0800 123 4567, 24 hours a day', 'GB')).toEqual(['0800 123 4567']);
    expect(found('call 212-555-0186, 7 days a week', 'US')).toEqual(['212-555-0186']);
    expect(found('Call us on 020 7946 0958, 9am to 5pm', 'GB')).toEqual(['020 7946 0958']);
    expect(found('Call 212-555-0186; 7 days a week', 'US')).toEqual(['212-555-0186']);
    expect(found('Tel. 0711 123456, 0711 654321', 'DE')).toEqual(['0711 123456', '0711 654321']);
  });
  it('a comma touching the number and the digits, or an extension word, is an extension', () => {
    expect(found('Dial 212-555-0186,,7', 'US')).toEqual(['212-555-0186,,7']);
    expect(found('Direct line: 415-555-0127, ext. 88', 'US')).toEqual(['415-555-0127, ext. 88']);
  });
  it('an extension in brackets belongs to the number', () => {
    expect(found('Tel: 01273 224300 (extn 212)', 'GB')).toEqual(['01273 224300 (extn 212)']);
    expect(found('Billing: (312) 555-0163 (ext. 42)', 'US')).toEqual(['(312) 555-0163 (ext. 42)']);
    expect(found('Sales (212) 555-0100 [x 245]', 'US')).toEqual(['(212) 555-0100 [x 245]']);
    expect(found('Sales (212) 555-0100 (ext. 245]', 'US')).toEqual(['(212) 555-0100']);
  });
});

describe('national numbers', () => {
  it('the area code on its own, then groups of two to four digits', () => {
    expect(found('Tel. 030 231 45 67', 'NL')).toEqual(['030 231 45 67']);
    expect(found('Telefoon 0318 12 34 56', 'NL')).toEqual(['0318 12 34 56']);
    expect(found('Item 6465-5501-42', 'US')).toEqual([]);
  });
  it('need seven digits after the trunk prefix, whatever follows', () => {
    expect(found('Telefoon 14 030', 'NL')).toEqual([]);
    expect(found('Telefoon 14 030 of 030 286 00 00', 'NL')).toEqual(['030 286 00 00']);
  });
  it('need the trunk prefix where the country has one and the number no national format', () => {
    expect(found('164 07 57', 'DE')).toEqual([]);
    expect(found('Tel. 0164 07 57', 'DE')).toEqual(['0164 07 57']);
  });
  it('read for the page language only, they must be grouped as that country does', () => {
    expect(found('0123.456.789', ['BE', 'FR'])).toEqual([]);
    expect(found('Téléphone : 01 42 68 53 00', ['US', 'FR'])).toEqual(['01 42 68 53 00']);
  });
});

describe('more labels', () => {
  it.each([
    ['DE', 'Firmware-Version 0164 07 57 12'],
    ['DE', 'Seite 030 1234567'],
    ['US', 'Page 212 555 0186'],
    ['BE', "N° d'entreprise 0123.456.789"],
    ['BE', 'Ondernemingsnummer 0470 12 34 56'],
    ['BE', 'KBO 0470 12 34 56'],
    ['FR', 'Numéro de commande 04 78 12 34 56'],
  ])('%s: %s is not a number to call', (country, text) => {
    expect(found(text, country)).toEqual([]);
  });
  it('a label cell that starts with a fax word, with a qualifier', () => {
    expect(findNumberMatches('(617) 555-0199', 'US', { labelBefore: () => 'Fax (all offices)' })).toEqual([]);
    expect(findNumberMatches('(617) 555-0199', 'US', { labelBefore: () => 'Fax – Sales:' })).toEqual([]);
    expect(findNumberMatches('(617) 555-0199', 'US', { labelBefore: () => 'Fax / Phone' })).toHaveLength(1);
    expect(findNumberMatches('(617) 555-0199', 'US', { labelBefore: () => 'Phone (all offices)' })).toHaveLength(1);
  });
});

describe('fax labels in any script', () => {
  it.each([
    ['GR', 'Φαξ: 210 123 4568'],
    ['KR', '팩스 02-1234-5679'],
    ['RU', 'Факс: +7 495 123-45-67'],
    ['JP', 'ファクス 03-1234-5678'],
    ['JP', 'ファックス 03-1234-5678'],
    ['CN', '传真：010 6552 9988'],
    ['DE', 'F. 030 1234568'],
    ['DE', 'fax. 030 1234568'],
    ['DE', 'Telefax 030 1234568'],
    ['TR', 'Faks: 0212 123 45 68'],
  ])('%s: %s is a fax line', (country, text) => {
    expect(found(text, country)).toEqual([]);
  });
  it('a phone word before the fax word makes a combined line', () => {
    expect(found('Тел./факс: +7 495 123-45-67', 'RU')).toEqual(['+7 495 123-45-67']);
    expect(found('Τηλ./Φαξ: 210 123 4567', 'GR')).toEqual(['210 123 4567']);
  });
});

describe('a phone label right before a number', () => {
  it('vouches for customary groupings libphonenumber-js does not format', () => {
    expect(found('Tlf. 412 34 567', 'NO')).toEqual(['412 34 567']);
    expect(found('Tel.: 213 456 789', 'PT')).toEqual(['213 456 789']);
    expect(found('Kontonummer 412 34 567', 'NO')).toEqual([]);
    expect(found('412 34 567', 'NO')).toEqual([]);
  });
  it('with the trunk prefix, vouches for short numbers', () => {
    expect(found('Service-Nummer 030 2970', 'DE')).toEqual(['030 2970']);
    expect(found('vaihde (09) 4711 · Ajanvaraus 09 1234 5678', 'FI')).toEqual(['(09) 4711', '09 1234 5678']);
    expect(found('vaihde (09) 4711', 'FI')).toEqual(['(09) 4711']);
    expect(found('Tel: 0302970', 'DE')).toEqual([]);
    expect(found('Tel: 30 2970', 'DE')).toEqual([]);
    expect(found('Service 030 2970', 'DE')).toEqual([]);
  });
});

describe('a short service number the country dials without a trunk prefix', () => {
  it('is taken in groups right after a phone label, when the metadata calls it toll-free, shared-cost or UAN', () => {
    expect(found('Bookings and enquiries: call 13 22 11 or visit any branch.', 'AU')).toEqual(['13 22 11']);
    expect(found('Phone 13 14 50', 'AU')).toEqual(['13 14 50']);
    expect(found('Chiama 803 116', 'IT')).toEqual(['803 116']);
    expect(findNumberMatches('call 13 22 11', 'AU')[0]?.country).toBe('AU');
  });
  it('is not taken without the label, unbroken, or when it is not a service line', () => {
    expect(found('13 22 11', 'AU')).toEqual([]);
    expect(found('Open 13 22 11 days', 'AU')).toEqual([]);
    expect(found('call 132211', 'AU')).toEqual([]);
    expect(found('Tel. 412 345', 'AU')).toEqual([]);
    expect(found('Telefoon 14 030', 'NL')).toEqual([]);
    expect(found('Phone: 10 115 Berlin', 'DE')).toEqual([]);
    expect(found('Call us 24 hours: 13 22 11 or 12:30', 'US')).toEqual([]);
  });
  it('the cheap pre-check lets six grouped digits through, the candidate test only after a phone label', () => {
    expect(mayHoldNumber('call 13 22 11')).toBe(true);
    expect(found('Price 123 456 items, order 12 34 56', 'AU')).toEqual([]);
  });
});

describe('reference words before a service or office word name a line to call', () => {
  it('is not a reference label', () => {
    expect(found('Paket servis: 0212 123 45 67', 'TR')).toEqual(['0212 123 45 67']);
    expect(found('Finska kontoret: 00358 40 123 4567', 'SE')).toEqual(['00358 40 123 4567']);
    expect(found('Paket 0212 123 45 67', 'TR')).toEqual([]);
  });
});

describe('a number is never read with a country or digits the page did not write', () => {
  it.each([
    ['US', 'London desk +44 20 7946 0018 09:32', '+44 20 7946 0018'],
    ['US', 'Head office +44 (0)20 7946 0019 (2 April 2002)', '+44 (0)20 7946 0019'],
    ['US', 'Munich +49 (0)89 1234567 24/7', '+49 (0)89 1234567'],
    ['DE', 'Zentrale 0049 89 1234567 24/7.', '0049 89 1234567'],
    ['US', 'Call (914) 555-0100 04/21/2020', '(914) 555-0100'],
    ['DE', 'Berlin +49 30 1234567 09:32 Uhr', '+49 30 1234567'],
    ['DE', 'Phone: 213-373-4253. 24/7', '213-373-4253'],
    ['US', 'Call (914) 555-0100 - 04/21/2020', '(914) 555-0100'],
  ])('%s: %s', (country, text, expected) => {
    expect(found(text, country)).toEqual([expected]);
  });

  it('a candidate that leaves out a written country code is dropped, not dialed as a national number', () => {
    for (const m of findNumberMatches('Tel +44 (0)20 7946 0018 (2', ['US', 'GB'])) expect(m.text.startsWith('+44')).toBe(true);
  });
});

describe('digits of two elements written against each other', () => {
  /** The text of `parts` joined, as the tracker reads a run, with the element edges between them. */
  const run = (...parts: string[]) => ({
    text: parts.join(''),
    context: { elementEdges: () => parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('').length) },
  });
  const inRun = (country: string, ...parts: string[]) => {
    const { text, context } = run(...parts);
    return findNumberMatches(text, country, context).map((m) => m.text);
  };

  it.each([
    ['US', ['773-555-0190', '09:32'], '773-555-0190'],
    ['US', ['London desk +44 20 7946 0018', '09:32'], '+44 20 7946 0018'],
    ['US', ['Call (914) 555-0100', '04/21/2020'], '(914) 555-0100'],
    ['US', ['Call 2133734253', '09:32'], '2133734253'],
    ['DE', ['Berlin +49 30 1234567', '24/7'], '+49 30 1234567'],
  ])('%s: a number ends at the edge when reading on would break it: %j', (country, parts, expected) => {
    expect(inRun(country, ...parts)).toEqual([expected]);
  });

  it.each([
    ['US', ['Call ', '+1', '(213) 373-4253'], '+1(213) 373-4253'],
    ['US', ['Call ', '(213)', '373-4253'], '(213)373-4253'],
    ['DE', ['Tel. ', '030', '1234567'], '0301234567'],
    ['DE', ['Tel. 030 28509', '-22'], '030 28509-22'],
    ['GB', ['Tel ', '020', ' 7946 ', '0018'], '020 7946 0018'],
    ['US', ['Call 555', '-0100 or ', '213', '373', '4253'], '2133734253'],
  ])('%s: a number split across elements is found whole: %j', (country, parts, expected) => {
    expect(inRun(country, ...parts)).toEqual([expected]);
  });

  it('never part of digits that run on across an edge, nor a reading out of a time or date before it', () => {
    const wrong = (country: string, parts: string[], written: string) =>
      inRun(country, ...parts).filter((m) => m.replace(/\D/g, '') !== written.replace(/\D/g, ''));
    expect(wrong('DE', ['Call (2', '13) 373-4253 [1]'], '(213) 373-4253')).toEqual([]);
    expect(wrong('DE', ['Tel  21:40 2024-05-12', '020 7946 0018'], '020 7946 0018')).toEqual([]);
    expect(wrong('DE', ['Phone:  24/7', '213-373-4253'], '213-373-4253')).toEqual([]);
    expect(wrong('US', ['Zentrale 0049 89 123', '4567Uhr'], '0049 89 1234567')).toEqual([]);
  });

  it('an element edge never adds a reading across it that the joined text does not give', () => {
    expect(inRun('DE', '030', '1234567')).toEqual([]);
    expect(found('0301234567', 'DE')).toEqual([]);
  });

  it('offsets and context stay those of the page text', () => {
    const { text, context } = run('Call ', '773-555-0190', '09:32');
    const seen: [number, number][] = [];
    const [m] = findNumberMatches(text, 'US', { ...context, inTelLink: (start, end) => (seen.push([start, end]), false) });
    expect(m && text.slice(m.start, m.end)).toBe('773-555-0190');
    expect(seen.every(([start, end]) => text.slice(start, end) === '773-555-0190')).toBe(true);
  });
});

describe('a digit before a number that is no part of it costs nothing', () => {
  it.each([
    ['US', 'Agent 3 (212) 207-1037 available', '(212) 207-1037'],
    ['US', 'Suite 12 (212) 555-0100', '(212) 555-0100'],
  ])('%s: %s', (country, text, expected) => {
    expect(found(text, country)).toEqual([expected]);
  });
});
