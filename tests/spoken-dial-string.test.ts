import { describe, expect, it } from 'vitest';
import { spokenDialString } from '../utils/protocol/spoken-dial-string';

describe('a dial string as a person reads it out', () => {
  it('the spec\'s tel: URI: "#" rather than "%23", digits one at a time, pauses as words', () => {
    expect(spokenDialString('tel:+15551231234,,1234%2312345678%23')).toBe(
      '+1 5 5 5 1 2 3 1 2 3 4, pause, pause, 1 2 3 4 # 1 2 3 4 5 6 7 8 #',
    );
  });

  it('the dial string itself reads the same as its tel: URI', () => {
    expect(spokenDialString('+15551231234,,1234#12345678#')).toBe(spokenDialString('tel:+15551231234,,1234%2312345678%23'));
  });

  it('says no separators, and "*" as itself', () => {
    expect(spokenDialString('*31# (030) 123-45')).toBe('* 3 1 # 0 3 0 1 2 3 4 5');
  });

  it('waits and pauses in the caller\'s words, never "%"-escapes', () => {
    expect(spokenDialString('tel:0800;12p3w%2A', { pause: 'Pause', wait: 'warten' })).toBe(
      '0 8 0 0, warten, 1 2, Pause, 3, warten, *',
    );
  });

  it('a stray "%" is left as it is instead of failing', () => {
    expect(spokenDialString('12%')).toBe('1 2');
  });

  it('each digit is said exactly once', () => {
    const spoken = spokenDialString('tel:+4930123456%23');
    expect(spoken.replace(/\D/g, '')).toBe('4930123456');
    expect(spoken.match(/#/g)).toHaveLength(1);
  });
});
