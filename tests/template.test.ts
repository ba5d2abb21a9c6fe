import { describe, expect, it } from 'vitest';
import { expandTemplate, newNonce, sha1Hex, type TemplateContext } from '../utils/protocol/template';

const ctx = (over: Partial<TemplateContext> = {}): TemplateContext => ({
  account: { username: 'johndow', password: 's3cr&t pw', cloud_password: 'cl0ud', 'x-cth-pin': '1234' },
  targetNumber: '+15551231234',
  globals: { installid: '6f1c2d7e-0000-4000-8000-000000000001', appid: 'thrudial@example' },
  nonce: '0123456789abcdef0123456789abcdef',
  secureTransport: true,
  ...over,
});

const expand = async (t: string, c = ctx(), e: Parameters<typeof expandTemplate>[2] = 'raw') => {
  const r = await expandTemplate(t, c, e);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('placeholders', () => {
  it('%account[KEY]% is the account value', async () => {
    expect(await expand('%account[username]%/%account[x-cth-pin]%')).toBe('johndow/1234');
  });
  it('a missing account key expands to the empty string', async () => {
    expect(await expand('[%account[nope]%]')).toBe('[]');
  });
  it('an account key that names an Object.prototype member is still missing', async () => {
    expect(await expand('[%account[constructor]%%account[__proto__]%]')).toBe('[]');
  });
  it('%targetNumber% is the E.164 destination', async () => {
    expect(await expand('to=%targetNumber%')).toBe('to=+15551231234');
  });
  it('%installid% and %appid% come from the global parameters', async () => {
    expect(await expand('%installid%|%appid%')).toBe('6f1c2d7e-0000-4000-8000-000000000001|thrudial@example');
  });
  it('device identifiers a browser lacks (%imei%) expand to the empty string', async () => {
    expect(await expand('i=%imei%&u=%udid%')).toBe('i=&u=');
  });
  it('other global parameters from ctx.globals expand too', async () => {
    expect(await expand('%lang%', ctx({ globals: { lang: 'de' } }))).toBe('de');
  });
  it('%20, %2B, unknown %names% and a lone % pass through byte for byte', async () => {
    const t = 'a%20b%2Bc %unknown% 100% %account[ %account %sha1 %%';
    expect(await expand(t, ctx(), 'url')).toBe(t);
  });
  it('the template\'s own characters are never escaped', async () => {
    expect(await expand('https://x/?a=1&b=<"é">', ctx(), 'url')).toBe('https://x/?a=1&b=<"é">');
    expect(await expand('{ "a": "<&>" }', ctx(), 'xml')).toBe('{ "a": "<&>" }');
  });
});

describe('functions', () => {
  it('sha1("abc") is a9993e364706816aba3e25717850c26c9cd0d89d', async () => {
    expect(await expand('%sha1(abc)%')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(await sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
  it('sha1 hashes the UTF-8 bytes of its argument', async () => {
    // "é" is the two bytes c3 a9 in UTF-8
    expect(await expand('%sha1(é)%')).toBe('bf15be717ac1b080b4f1c456692825891ff5073d');
  });
  it('the sha1 argument is a template expanded first, without escaping', async () => {
    const c = ctx({ account: { username: 'a b&c' } });
    expect(await expand('%sha1(%account[username]%:%targetNumber%)%', c, 'url')).toBe(await sha1Hex('a b&c:+15551231234'));
  });
  it('the same nonce appears at every occurrence, and sha1(nonce+password) uses it', async () => {
    const c = ctx();
    const out = await expand('n=%nonce%&h=%sha1(%nonce%%account[password]%)%&again=%nonce%', c, 'url');
    expect(out).toBe(`n=${c.nonce}&h=${await sha1Hex(c.nonce + 's3cr&t pw')}&again=${c.nonce}`);
  });
  it('sha1 of the password over http uses the real password', async () => {
    const c = ctx({ secureTransport: false });
    expect(await expand('%sha1(%account[password]%)%', c)).toBe(await sha1Hex('s3cr&t pw'));
  });
  it('an argument holding % and parentheses is matched to its own )%', async () => {
    expect(await expand('%sha1(50% (f(x)))%!')).toBe(`${await sha1Hex('50% (f(x))')}!`);
    expect(await expand('%sha1(%unknown%)%')).toBe(await sha1Hex('%unknown%'));
  });
  it('nested sha1 hashes the inner hash', async () => {
    expect(await expand('%sha1(%sha1(abc)%)%')).toBe(await sha1Hex('a9993e364706816aba3e25717850c26c9cd0d89d'));
  });
  it('a %sha1( that never closes is plain text, its placeholders still expand', async () => {
    expect(await expand('%sha1(%targetNumber%')).toBe('%sha1(+15551231234');
  });
  it('sha1 nested more than 8 levels deep is a clear error, not a crash', async () => {
    const r = await expandTemplate('%sha1('.repeat(20) + 'x' + ')%'.repeat(20), ctx(), 'raw');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/nested/);
  });
  it('newNonce is 32 lowercase hex characters and fresh each time', () => {
    const a = newNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe('escaping of substituted values', () => {
  it('url: values are percent-encoded, + becomes %2B', async () => {
    expect(await expand('?to=%targetNumber%&u=%account[username]%', ctx({ account: { username: 'a b/ü' } }), 'url')).toBe(
      '?to=%2B15551231234&u=a%20b%2F%C3%BC',
    );
  });
  it('form: values are form-encoded, space becomes +', async () => {
    expect(await expand('u=%account[username]%&to=%targetNumber%', ctx({ account: { username: 'a b&c=d' } }), 'form')).toBe(
      'u=a+b%26c%3Dd&to=%2B15551231234',
    );
  });
  it('json: values are JSON-string-escaped without quotes', async () => {
    const out = await expand('{"u":"%account[username]%"}', ctx({ account: { username: 'a"b\\c\n' } }), 'json');
    expect(JSON.parse(out)).toEqual({ u: 'a"b\\c\n' });
  });
  it('xml: values are XML-escaped', async () => {
    expect(await expand('<u>%account[username]%</u>', ctx({ account: { username: `<a&b>"'` } }), 'xml')).toBe(
      '<u>&lt;a&amp;b&gt;&quot;&apos;</u>',
    );
  });
  it('header: values are raw', async () => {
    expect(await expand('Bearer %account[username]%', ctx({ account: { username: 'a b%20' } }), 'header')).toBe('Bearer a b%20');
  });
  it('header: a value with CR or LF is an error naming the problem', async () => {
    const r = await expandTemplate('X %account[username]%', ctx({ account: { username: 'a\r\nEvil: 1' } }), 'header');
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/%account\[username\]%.*line break/),
      problem: { code: 'errTemplateHeaderLineBreak', params: ['%account[username]%'] },
    });
  });
  it('raw: values are as they are', async () => {
    expect(await expand('%account[username]%', ctx({ account: { username: '%2B &<>' } }), 'raw')).toBe('%2B &<>');
  });
  it('url: a lone surrogate becomes U+FFFD instead of throwing', async () => {
    expect(await expand('%account[v]%', ctx({ account: { v: '\ud800' } }), 'url')).toBe('%EF%BF%BD');
  });
  it('the sha1 result needs no escaping in any context', async () => {
    for (const e of ['url', 'form', 'json', 'xml', 'header', 'raw'] as const) {
      expect(await expand('%sha1(abc)%', ctx(), e)).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    }
  });
});

describe('password rule', () => {
  it('over http the password and cloud_password expand to ********', async () => {
    const c = ctx({ secureTransport: false });
    expect(await expand('p=%account[password]%&c=%account[cloud_password]%', c, 'url')).toBe('p=********&c=********');
  });
  it('over https the password is the real value', async () => {
    expect(await expand('p=%account[password]%', ctx(), 'url')).toBe('p=s3cr%26t%20pw');
  });
});
