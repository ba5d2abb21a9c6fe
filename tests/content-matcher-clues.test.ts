/**
 * Issue 11: the clue that decides a number wherever the page puts it (the matcher's side; the
 * page-side context is stubbed here and read from the DOM in tracker/match-context.ts).
 */
import { describe, expect, it } from 'vitest';
import { findNumberMatches, type MatchContext } from '../utils/matcher';

const found = (text: string, country: string, context: MatchContext = {}) => findNumberMatches(text, [country], context);
const texts = (text: string, country: string, context: MatchContext = {}) => found(text, country, context).map((m) => m.text);

describe('class 0: the nearest lang wins', () => {
  it('a German section on an English page reads its national numbers as German', () => {
    expect(found('Telefon: 030 2345 6700', 'US', { sectionLang: () => 'de-DE' })).toMatchObject([{ text: '030 2345 6700', country: 'DE' }]);
    expect(found('電話 03-1234-5678', 'US', { sectionLang: () => 'ja' })).toMatchObject([{ country: 'JP' }]);
    expect(texts('Telefon: 030 2345 6700', 'US')).toEqual([]);
  });
});

describe('class 1: fax and phone clues elsewhere than right before the number', () => {
  it.each([
    ['US', '(215) 555-0141 fax'],
    ['US', '(503) 555-0121 (F)'],
    ['US', '(312) 555-0166 [fax]'],
    ['US', '617-555-0189 (Main Fax Line)'],
    ['GB', 'Facsimile: +44 20 7946 0599'],
    ['GB', 'f: 0113 496 0731'],
  ])('%s: %s is a fax line', (country, text) => {
    expect(texts(text, country)).toEqual([]);
  });

  it('a fax word after a number that goes on to the next number labels that one', () => {
    expect(texts('Tel: (312) 555-3900Fax: (312) 555-3901', 'US')).toEqual(['(312) 555-3900']);
    expect(texts('t: 0113 496 0730  f: 0113 496 0731', 'GB')).toEqual(['0113 496 0730']);
  });

  it('a Fax column header or a Fax heading above rejects; a Phone header vouches for an unbroken run', () => {
    expect(texts('(617) 555-0129', 'US', { columnHeader: () => 'Fax' })).toEqual([]);
    expect(texts('Sales: (415) 555-0118', 'US', { headingAbove: () => 'Fax' })).toEqual([]);
    expect(texts('Tel. (415) 555-0118', 'US', { headingAbove: () => 'Fax' })).toEqual(['(415) 555-0118']);
    expect(texts('2125550134', 'US', { columnHeader: () => 'Phone' })).toEqual(['2125550134']);
    expect(texts('2125550134', 'US')).toEqual([]);
  });

  it("under a Phone column header, a reference word in the cell before is the row's content, not the number's label", () => {
    // The bench's tables (Name | Phone | ...): a name cell reading "order invoice" made the number a reference.
    expect(texts('646-865-3545', 'US', { labelBefore: () => 'invoice is', columnHeader: () => 'Phone' })).toEqual(['646-865-3545']);
    expect(texts('+44 20 7946 0677', 'US', { labelBefore: () => 'order invoice', columnHeader: () => 'Phone' })).toEqual(['+44 20 7946 0677']);
    // A row labelled Fax under a Phone header is a fax line; a reference row under a header that does not name phones stays one.
    expect(texts('(617) 555-0199', 'US', { labelBefore: () => 'Fax (all offices)', columnHeader: () => 'Phone' })).toEqual([]);
    expect(texts('2024-118733', 'US', { labelBefore: () => 'Permit #', columnHeader: () => 'Contact' })).toEqual([]);
    expect(texts('646-865-3545', 'US', { labelBefore: () => 'Invoice no.', columnHeader: () => 'Value' })).toEqual([]);
  });
});

describe('class 2: international prefix 00 in more forms', () => {
  it.each([
    ['DE', 'Telefon 0049 (0)89 1234567', '0049 (0)89 1234567'],
    ['NL', 'Tel.: 0031 (0)20 123 4567', '0031 (0)20 123 4567'],
    ['US', 'call 0049 89 2180 3000 (9am', '0049 89 2180 3000'],
  ])('%s: %s', (country, text, want) => {
    expect(texts(text, country)).toEqual([want]);
  });

  it('a 00 inside a number is no prefix', () => {
    expect(texts('Tel 020 7946 0018 at', 'GB')).toEqual(['020 7946 0018']);
  });
});

describe('class 3: numbers glued to CJK text', () => {
  it.each([
    ['JP', 'お電話は03-1234-5678まで', '03-1234-5678'],
    ['CN', '客服电话号码是010-12345678，工作时间', '010-12345678'],
    ['CN', '手机13800138000（微信同号）', '13800138000'],
  ])('%s: %s', (country, text, want) => {
    expect(texts(text, country)).toEqual([want]);
  });

  it('a fax word glued to its number is still a fax', () => {
    expect(texts('電話06-6123-4567／FAX06-6123-4568', 'JP')).toEqual(['06-6123-4567']);
  });
});

describe('class 4: web text habits', () => {
  it.each([
    ['US', 'Emergency contact:___(617) 555-0147___', '(617) 555-0147'],
    ['GB', 'From abroad: ++44 20 7946 0311 (Mon', '++44 20 7946 0311'],
    ['BR', 'Telefone: (+55)(15) 3702-7523', '(+55)(15) 3702-7523'],
  ])('%s: %s', (country, text, want) => {
    expect(texts(text, country)).toEqual([want]);
  });

  it('one underscore still glues an identifier', () => {
    expect(texts('id_(617) 555-0147', 'US')).toEqual([]);
  });
});

describe('class 5: vanity numbers', () => {
  it('the whole text is matched and the keypad digits are what to dial', () => {
    expect(found('Call 1-800-FLOWERS or visit', 'US')).toMatchObject([{ text: '1-800-FLOWERS', dial: '1-800-3569377' }]);
    expect(found('Order now: (503) 55-PIZZA', 'US')).toMatchObject([{ text: '(503) 55-PIZZA', dial: '(503) 55-74992' }]);
    expect(texts('ZIP 212-555-0100 ON', 'US')).toEqual(['212-555-0100']);
  });
});

describe('class 6: a country named next to a national number', () => {
  it.each([
    ['US', 'UK: 020 7946 0321', 'GB'],
    ['US', 'Deutschland: 030 2345678', 'DE'],
    ['GB', 'Helplines — NL 020-123 4567', 'NL'],
    ['DE', 'Schweiz: 044 668 18 00', 'CH'],
  ])('%s page: %s', (country, text, want) => {
    expect(found(text, country)).toMatchObject([{ country: want }]);
  });
});

describe('class 7: too loose', () => {
  it.each([
    ['US', 'PO 4752282026'],
    ['US', 'SN 1152 2873 9103'],
    ['US', 'S/N 1152 2873 9103'],
    ['US', 'Permit # 2024-118733'],
  ])('%s: %s is an id', (country, text) => {
    expect(texts(text, country)).toEqual([]);
  });

  it('text the page does not draw is not matched', () => {
    expect(texts('Old line (212) 555-0175', 'US', { isInvisible: () => true })).toEqual([]);
  });
});

describe('class 8: letters that only look like labels (names in a web app row)', () => {
  it.each([
    ['Agent Fa, team F (202) 235-1185', '(202) 235-1185'], // a team named F, not "F" for fax
    ['Building F (617) 555-0140', '(617) 555-0140'],
    ['Agent Uk, team E (718) 592-9372', '(718) 592-9372'], // "Uk" names a person, not the UK
    ['Agent Az, team G (212) 550-7050', '(212) 550-7050'], // "Az" further back is a name, not Aktenzeichen
  ])('US: %s', (text, number) => {
    expect(texts(text, 'US')).toEqual([number]);
  });

  it.each([
    ['US', 'T (202) 235-1184 F (202) 235-1185', ['(202) 235-1184']],
    ['US', 'team F: (202) 235-1185', []],
    ['GB', 'UK: 020 7946 0321 and uk 020 7946 0322', ['020 7946 0321', '020 7946 0322']],
    ['US', 'Az. 4752282026', []],
  ])('%s: %s keeps its label', (country, text, want) => {
    expect(texts(text, country)).toEqual(want);
  });
});
