import { describe, expect, it } from 'vitest';
import { english, problem } from '../utils/protocol/problem';
import { NO_DIAL_STRING, parseResponse } from '../utils/protocol/response';

const xml = (status: number, body: string, contentType: string | null = 'text/xml') => parseResponse({ status, contentType, body });

describe('spec examples', () => {
  it('200 text/xml <response><dialString> is the dial string, placeholders kept for expansion', () => {
    const body = '<response>\n    <dialString>+15551231234,,%account[x-cth-pin]%#12345678#</dialString>\n</response>';
    expect(xml(200, body)).toEqual({ kind: 'dialString', dialString: '+15551231234,,%account[x-cth-pin]%#12345678#' });
  });
  it('403 application/json message is shown: "Not enough credit for call-through."', () => {
    const body = '{\n    "message" : "Not enough credit for call-through."\n}';
    expect(parseResponse({ status: 403, contentType: 'application/json', body })).toEqual({
      kind: 'message',
      message: 'Not enough credit for call-through.',
    });
  });
});

describe('status', () => {
  it('any 2xx is success', () => {
    for (const status of [200, 201, 204, 299]) {
      expect(xml(status, '<response><dialString>123</dialString></response>').kind).toBe('dialString');
    }
  });
  it('non-2xx with a message shows the message', () => {
    expect(xml(500, '<response><message>Try later</message></response>')).toEqual({ kind: 'message', message: 'Try later' });
  });
  it('non-2xx without message is silent', () => {
    expect(xml(404, '<response></response>')).toEqual({ kind: 'silent' });
    expect(xml(404, '<response><message>  </message></response>')).toEqual({ kind: 'silent' });
    expect(xml(302, '')).toEqual({ kind: 'silent' });
  });
  it('non-2xx with a malformed or empty body is silent', () => {
    expect(xml(500, '<html><body>Internal error')).toEqual({ kind: 'silent' });
    expect(parseResponse({ status: 500, contentType: 'application/json', body: '{oops' })).toEqual({ kind: 'silent' });
  });
  it('non-2xx ignores a dial string', () => {
    expect(xml(403, '<response><dialString>123</dialString></response>')).toEqual({ kind: 'silent' });
  });
  it('2xx without a dial string shows the message if there is one', () => {
    expect(xml(200, '<response><message>Number blocked</message></response>')).toEqual({ kind: 'message', message: 'Number blocked' });
  });
  it('2xx without dial string or message is a clear error', () => {
    expect(xml(200, '<response/>')).toEqual({ kind: 'error', problem: NO_DIAL_STRING });
    expect(xml(200, '')).toEqual({ kind: 'error', problem: NO_DIAL_STRING });
  });
  it('2xx with both dial string and message dials', () => {
    expect(xml(200, '<response><message>hi</message><dialString>1</dialString></response>')).toEqual({ kind: 'dialString', dialString: '1' });
  });
});

describe('formats by Content-Type', () => {
  it('JSON: application/json and */*+json, parameters and case ignored', () => {
    for (const ct of ['application/json', 'Application/JSON; charset=UTF-8', 'application/vnd.thrudial+json']) {
      expect(parseResponse({ status: 200, contentType: ct, body: '{"dialString":" +1555 "}' })).toEqual({ kind: 'dialString', dialString: '+1555' });
    }
  });
  it('JSON: a leading byte-order mark is accepted', () => {
    expect(parseResponse({ status: 200, contentType: 'application/json', body: '\ufeff{"dialString":"1"}' })).toEqual({ kind: 'dialString', dialString: '1' });
  });
  it('JSON: a number counts as a dial string, objects and arrays are ignored', () => {
    expect(parseResponse({ status: 200, contentType: 'application/json', body: '{"dialString":12345678}' })).toEqual({
      kind: 'dialString',
      dialString: '12345678',
    });
    expect(parseResponse({ status: 200, contentType: 'application/json', body: '{"dialString":{"a":1},"message":["x"]}' })).toEqual({
      kind: 'error',
      problem: NO_DIAL_STRING,
    });
  });
  it('JSON: a 2xx malformed body is a clear error (malformed JSON)', () => {
    expect(parseResponse({ status: 200, contentType: 'application/json', body: '{"dialString":' })).toEqual({
      kind: 'error',
      problem: problem('errResponseUnreadableWhy', problem('errJsonMalformed')),
    });
  });
  it('JSON: a 2xx body that is not an object is an error', () => {
    expect(parseResponse({ status: 200, contentType: 'application/json', body: '["+1555"]' }).kind).toBe('error');
  });
  it('form: application/x-www-form-urlencoded fields', () => {
    expect(parseResponse({ status: 200, contentType: 'application/x-www-form-urlencoded', body: 'dialString=%2B1555%2C%2C1234%23' })).toEqual({
      kind: 'dialString',
      dialString: '+1555,,1234#',
    });
    expect(parseResponse({ status: 403, contentType: 'application/x-www-form-urlencoded', body: 'message=No+credit' })).toEqual({
      kind: 'message',
      message: 'No credit',
    });
  });
  it('XML is the default: application/xml, text/xml, unknown and missing Content-Type', () => {
    for (const ct of ['application/xml', 'text/xml; charset=utf-8', 'text/plain', 'text/html', null]) {
      expect(xml(200, '<response><dialString>42</dialString></response>', ct)).toEqual({ kind: 'dialString', dialString: '42' });
    }
  });
  it('XML: values are trimmed and predefined entities and character references decoded', () => {
    expect(xml(403, '<?xml version="1.0"?><response><message>\n  Tom &amp; Jerry &lt;3 &#x263A; &#65;\n</message></response>')).toEqual({
      kind: 'message',
      message: 'Tom & Jerry <3 ☺ A',
    });
  });
  it('XML: CDATA is taken as written', () => {
    expect(xml(200, '<response><dialString><![CDATA[1&amp;2]]></dialString></response>')).toEqual({ kind: 'dialString', dialString: '1&amp;2' });
  });
  it('XML: a 2xx body with another root element is an error', () => {
    expect(xml(200, '<result><dialString>1</dialString></result>').kind).toBe('error');
  });
  it('XML: a 2xx malformed body is a clear error (malformed XML)', () => {
    const answer = xml(200, '<response><dialString>1</response>');
    expect(answer.kind).toBe('error');
    if (answer.kind === 'error') expect(english(answer.problem)).toMatch(/could not read: malformed XML/);
  });
});

describe('XML safety', () => {
  it('an entity bomb (billion laughs) is not expanded', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><response><dialString>&lol3;</dialString></response>';
    const answer = xml(200, bomb);
    expect(answer.kind).toBe('error');
    expect(JSON.stringify(answer)).not.toContain('lollol');
    expect(xml(403, bomb.replace('dialString', 'message').replace('dialString', 'message'))).toEqual({ kind: 'silent' });
  });
  it('an external entity is not expanded', () => {
    const xxe = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><response><message>&xxe;</message></response>';
    expect(xml(403, xxe)).toEqual({ kind: 'silent' });
    expect(xml(200, xxe).kind).toBe('error');
  });
  it('an undeclared entity reference stays as written', () => {
    expect(xml(403, '<response><message>a &nbsp; b</message></response>')).toEqual({ kind: 'message', message: 'a &nbsp; b' });
  });
});

describe('messages', () => {
  it('control characters are stripped from messages', () => {
    expect(parseResponse({ status: 403, contentType: 'application/json', body: '{"message":"a\\u0000b\\u001b[31mc\\u202Ed"}' })).toEqual({
      kind: 'message',
      message: 'a b [31mc d',
    });
  });
  it('messages are bounded to 500 characters', () => {
    const answer = parseResponse({ status: 403, contentType: 'application/json', body: JSON.stringify({ message: 'x'.repeat(5000) }) });
    expect(answer.kind).toBe('message');
    if (answer.kind === 'message') expect(answer.message.length).toBe(500);
  });
  it('never throws on nonsense input', () => {
    expect(parseResponse(null as never).kind).toBe('silent');
    expect(parseResponse({ status: 200, contentType: 5 as never, body: 7 as never }).kind).toBe('error');
  });
});
