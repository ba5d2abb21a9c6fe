/**
 * The detection eval's scoring (tests/e2e/eval-detect.ts): what counts as the number a case
 * expects, a fax underlined or a non-number. A cut or re-countried number must never score.
 */
import { describe, expect, it } from 'vitest';
import type { DetectionCase } from './detection-corpus';
import { normalizeDetection, scoreCase } from './e2e/eval-detect';

const caseOf = (c: Partial<DetectionCase>): DetectionCase => ({ id: 'page-us-x', category: 'page', country: 'US', html: '', expected: [], ...c });

describe('eval-detect scoring', () => {
  it('reads 00 and ++ as the international prefix and capital letters on the keypad', () => {
    expect(normalizeDetection('0049 89 2180 3000', 'US')).toBe('+498921803000');
    expect(normalizeDetection('++44 20 7946 0311', 'GB')).toBe('+442079460311');
    expect(normalizeDetection('1-800-FLOWERS', 'US')).toBe('+18003569377');
    expect(normalizeDetection('(617) 555-0143', 'US')).toBe('+16175550143');
  });

  it('a number cut from its country code is a wrong number, not the expected one', () => {
    const r = scoreCase(caseOf({ expected: ['+442079460018'] }), ['20 7946 0018']);
    expect(r.hits).toEqual([]);
    expect(r.nonNumbers.map((d) => d.e164)).toEqual(['+12079460018']);
  });

  it("a national number counts for another country when written with that country's trunk prefix, or inside its lang", () => {
    expect(scoreCase(caseOf({ expected: ['+442079460321'] }), ['020 7946 0321']).hits).toEqual(['+442079460321']);
    expect(scoreCase(caseOf({ expected: ['+493023456700'] }), [{ text: '030 2345 6700', lang: 'de-DE' }]).hits).toEqual(['+493023456700']);
  });

  it('what a click dialled settles it', () => {
    const c = caseOf({ country: 'DE', expected: ['+41446681800'] });
    expect(scoreCase(c, [{ text: '044 668 18 00', dialed: '+49446681800' }]).misses).toEqual(['+41446681800']);
    expect(scoreCase(c, [{ text: '044 668 18 00', dialed: '+41446681800' }]).hits).toEqual(['+41446681800']);
  });

  it('an underlined fax line is counted apart from other false positives', () => {
    const r = scoreCase(caseOf({ expected: ['+12155550140'], faxes: ['+12155550141'] }), ['(215) 555-0140', '(215) 555-0141', '4752282026']);
    expect(r.hits).toEqual(['+12155550140']);
    expect(r.faxUnderlined.map((d) => d.text)).toEqual(['(215) 555-0141']);
    expect(r.nonNumbers.map((d) => d.text)).toEqual(['4752282026']);
  });
});
