import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccountXml, toAccountXml } from '../utils/protocol/account-xml';
import { toTelUri } from '../utils/protocol/dial';
import { buildRequest } from '../utils/protocol/request';
import { parseResponse } from '../utils/protocol/response';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';
import { expandTemplate, type Escaping, type TemplateContext } from '../utils/protocol/template';

const NONCE = '0123456789abcdef0123456789abcdef';
const ESCAPINGS: Escaping[] = ['url', 'form', 'json', 'xml', 'header', 'raw'];

/** Full Unicode, well-formed (every code point, including controls). */
const unicode = fc.string({ unit: 'binary', maxLength: 40 });
/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const anyText = fc.oneof(unicode, codeUnits);

/** Templates built from the language's own pieces, so the parser's edge cases come up often. */
const template = fc
  .array(
    fc.oneof(
      fc.constantFrom('%', '%%', '%sha1(', ')%', ')', '(', '%account[', ']%', '%nonce%', '%targetNumber%', '%account[v]%',
        '%account[password]%', '%imei%', '%installid%', '%20', '%2B', '%unknown%', '\\n', '\n', ':'),
      anyText,
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const ctxFor = (v: string, secureTransport: boolean): TemplateContext => ({
  account: { v, password: v, username: v },
  targetNumber: '+15551231234',
  globals: { installid: v },
  nonce: NONCE,
  secureTransport,
});

const settingsWith = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, username: 'u', password: 'p', ...over });

describe('template and request properties', () => {
  it('expandTemplate never throws, for any template, value and escaping', async () => {
    await fc.assert(
      fc.asyncProperty(template, anyText, fc.boolean(), fc.constantFrom(...ESCAPINGS), async (t, v, secure, escaping) => {
        const r = await expandTemplate(t, ctxFor(v, secure), escaping);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('buildRequest never throws, for any templates in every setting', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          cth_ws_url: fc.oneof(template, template.map((t) => `https://example.com/${t}`), template.map((t) => `http://e.com/?${t}`)),
          cth_ws_postData: template,
          cth_ws_contentType: fc.oneof(fc.constantFrom('', 'application/json', 'text/xml', 'application/x-www-form-urlencoded'), anyText),
          cth_ws_method: fc.oneof(fc.constantFrom('', 'GET', 'post', 'PUT', 'HEAD', 'DELETE'), anyText),
          cth_ws_customHeaders: template,
          cth_ws_timeout: fc.oneof(fc.constantFrom('', '5', '0'), anyText),
          password: anyText,
          custom: fc.dictionary(anyText, anyText, { maxKeys: 3 }),
        }),
        anyText,
        async (over, target) => {
          const r = await buildRequest(settingsWith(over), target, { installid: 'i' });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('url: decodeURIComponent of the substituted part gives back the value', async () => {
    await fc.assert(
      fc.asyncProperty(unicode, async (v) => {
        const r = await buildRequest(settingsWith({ cth_ws_url: 'https://example.com/cth?v=%account[v]%&end=1', custom: { v } }), '+1', {}, NONCE);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const query = new URL(r.value.url).search;
        const encoded = /^\?v=([^&]*)&end=1$/.exec(query)?.[1];
        expect(encoded).toBeDefined();
        expect(decodeURIComponent(encoded!)).toBe(v);
      }),
      { numRuns: 1500 },
    );
  });

  it('form: URLSearchParams reads back the value from a form body', async () => {
    await fc.assert(
      fc.asyncProperty(unicode, async (v) => {
        const r = await buildRequest(
          settingsWith({ cth_ws_url: 'https://example.com/', cth_ws_postData: 'v=%account[v]%&to=%targetNumber%', custom: { v } }),
          '+15551231234',
          {},
          NONCE,
        );
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const params = new URLSearchParams(r.value.body);
        expect(params.get('v')).toBe(v);
        expect(params.get('to')).toBe('+15551231234');
      }),
      { numRuns: 1500 },
    );
  });

  it('json: JSON.parse of {"v":"%account[v]%"} gives back the value, lone surrogates included', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (v) => {
        const r = await buildRequest(
          settingsWith({
            cth_ws_url: 'https://example.com/',
            cth_ws_postData: '{"v":"%account[v]%"}',
            cth_ws_contentType: 'application/json',
            custom: { v },
          }),
          '+1',
          {},
          NONCE,
        );
        expect(r.ok).toBe(true);
        if (r.ok) expect(JSON.parse(r.value.body!)).toEqual({ v });
      }),
      { numRuns: 1500 },
    );
  });

  it('over http the password never appears in URL, headers or body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[a-z0-9]{12}$/), template, async (secret, t) => {
        const password = `PW${secret}`;
        const r = await buildRequest(
          settingsWith({
            password,
            cth_ws_url: `http://example.com/?p=%account[password]%&t=${encodeURIComponent(t.toWellFormed())}`,
            cth_ws_postData: `${t}%account[password]%`,
            cth_ws_customHeaders: `X-P: %account[password]%`,
          }),
          '+1',
          {},
          NONCE,
        );
        expect(r.ok).toBe(true);
        if (r.ok) expect(JSON.stringify(r.value)).not.toContain(password);
      }),
      { numRuns: 800 },
    );
  });
});

describe('response, dial and account XML properties', () => {
  const contentType = fc.oneof(
    fc.constant(null),
    fc.constantFrom('application/json', 'text/xml', 'application/xml; charset=utf-8', 'application/x-www-form-urlencoded', 'application/x+json', 'text/html'),
    anyText,
  );
  const body = fc.oneof(
    anyText,
    fc.json(),
    anyText.map((s) => `<response><dialString>${s}</dialString><message>${s}</message></response>`),
    anyText.map((s) => `dialString=${s}&message=${s}`),
    fc.constant('<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><response><message>&b;</message></response>'),
  );

  it('parseResponse always returns one of the four kinds and never throws', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 999 }), contentType, body, (status, ct, b) => {
        const answer = parseResponse({ status, contentType: ct, body: b });
        expect(['dialString', 'message', 'silent', 'error']).toContain(answer.kind);
        if (answer.kind === 'message') {
          expect(answer.message.length).toBeLessThanOrEqual(500);
          expect(answer.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        }
        if (answer.kind === 'dialString') expect(status >= 200 && status < 300).toBe(true);
      }),
      { numRuns: 2500 },
    );
  });

  it('toTelUri never throws, and a tel: URI it makes holds only dialable characters and no raw #', () => {
    const dialish = fc.oneof(anyText, fc.stringMatching(/^\+?[0-9*#,;pw ().\/-]{0,30}$/));
    fc.assert(
      fc.property(dialish, (s) => {
        const r = toTelUri(s);
        if (r.ok) {
          expect(r.value.telUri).toMatch(/^tel:\+?([0-9*,;pwPW]|%23)+$/);
          expect(r.value.telUri).toBe(`tel:${r.value.dialString.replace(/#/g, '%23')}`);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('parseAccountXml never throws, for any text and XML-like text', () => {
    const xmlish = fc
      .array(fc.oneof(fc.constantFrom('<account>', '</account>', '<a>', '</a>', '<!DOCTYPE x>', '<![CDATA[', ']]>', '&amp;', '&#', ';', '<', '>', '&'), anyText), {
        maxLength: 10,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(anyText, xmlish), (xml) => {
        const r = parseAccountXml(xml);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 1500 },
    );
  });

  it('parseAccountXml(toAccountXml(settings)) gives the settings back', () => {
    // NUL cannot be written in XML at all; every other character must survive.
    const value = unicode.map((s) => s.replace(/\0/g, ''));
    const key = fc.stringMatching(/^x-[a-z0-9_.-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.record({
          cth_ws_url: value,
          cth_ws_postData: value,
          cth_ws_contentType: value,
          cth_ws_method: value,
          cth_ws_customHeaders: value,
          cth_ws_timeout: value,
          username: value,
          password: value,
          custom: fc.dictionary(key, value, { maxKeys: 4 }),
        }),
        (over) => {
          const s: Settings = { ...DEFAULT_SETTINGS, ...over };
          const back = parseAccountXml(toAccountXml(s, { includePassword: true }));
          expect(back.ok).toBe(true);
          if (back.ok) expect({ ...DEFAULT_SETTINGS, custom: {}, ...back.value }).toEqual(s);
        },
      ),
      { numRuns: 1200 },
    );
  });
});
