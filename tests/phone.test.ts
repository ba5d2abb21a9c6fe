import { describe, expect, it } from 'vitest';
import { parseTarget, toE164 } from '../utils/protocol/phone';

describe('toE164', () => {
  it('spec example: +1 (555) 123-1234 is +15551231234', () => {
    expect(toE164('+1 (555) 123-1234')).toEqual({ ok: true, value: '+15551231234' });
  });
  it('a national number uses the default country', () => {
    expect(toE164('(201) 555-0123', 'US')).toEqual({ ok: true, value: '+12015550123' });
    expect(toE164('030 1234567', 'DE')).toEqual({ ok: true, value: '+49301234567' });
    expect(toE164('020 7946 0018', 'GB')).toEqual({ ok: true, value: '+442079460018' });
  });
  it('an international number ignores the default country', () => {
    expect(toE164('+49 30 1234567', 'US')).toEqual({ ok: true, value: '+49301234567' });
    expect(toE164('00 49 30 1234567', 'DE')).toEqual({ ok: true, value: '+49301234567' });
  });
  it('full-width digits and plus are understood', () => {
    expect(toE164('＋１ ５５５ １２３ １２３４')).toEqual({ ok: true, value: '+15551231234' });
  });
  it('a national number without any country is refused', () => {
    expect(toE164('(201) 555-0123')).toEqual({
      ok: false,
      error: '“(201) 555-0123” is not a phone number ThruDial can call.',
      problem: { code: 'errNotPhoneNumber', params: ['(201) 555-0123'] },
    });
  });
  it('text that is not a phone number is refused with a clear error', () => {
    for (const s of ['', 'hello', '12', '+1 555', '1'.repeat(400)]) {
      const r = toE164(s, 'US');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/is not a phone number ThruDial can call\.$/);
    }
  });
  it('an unknown default country is ignored rather than an error', () => {
    expect(toE164('+1 201 555 0123', 'ZZ')).toEqual({ ok: true, value: '+12015550123' });
  });
});

describe('parseTarget', () => {
  it('keeps an extension out of the E.164 number', () => {
    expect(parseTarget('+1 201-555-0123 ext. 42', 'US')).toEqual({ ok: true, value: { e164: '+12015550123', extension: '42' } });
  });
  it('has no extension when there is none', () => {
    expect(parseTarget('+1 201-555-0123', 'US')).toEqual({ ok: true, value: { e164: '+12015550123' } });
  });
});
