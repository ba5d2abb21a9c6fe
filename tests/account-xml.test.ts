import { describe, expect, it } from 'vitest';
import { parseAccountXml, toAccountXml } from '../utils/protocol/account-xml';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';

const parsed = (xml: string) => {
  const r = parseAccountXml(xml);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (xml: string) => {
  const r = parseAccountXml(xml);
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('parseAccountXml', () => {
  it('spec example: &amp; in cth_ws_url is an XML-escaped &', () => {
    const xml =
      '<account><username>johndow</username>' +
      '<cth_ws_url>https://example.com/callthrough/?u=%account[username]%&amp;to=%targetNumber%</cth_ws_url>' +
      '<x-cth-pin>1234</x-cth-pin></account>';
    expect(parsed(xml)).toEqual({
      username: 'johndow',
      cth_ws_url: 'https://example.com/callthrough/?u=%account[username]%&to=%targetNumber%',
      custom: { 'x-cth-pin': '1234' },
    });
  });
  it('every provider key sets its field, every other key goes to custom', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<account>
  <cth_ws_url>https://e.com/</cth_ws_url>
  <cth_ws_postData>{ "username" : "%account[username]%", "to" : "%targetNumber%" }</cth_ws_postData>
  <cth_ws_contentType>application/json</cth_ws_contentType>
  <cth_ws_method>POST</cth_ws_method>
  <cth_ws_customHeaders>X-A: 1\\nX-B: 2</cth_ws_customHeaders>
  <cth_ws_timeout>20</cth_ws_timeout>
  <password>pw</password>
  <host>sip.example.com</host>
  <cloud_username>cu</cloud_username>
  <!-- a comment -->
</account>`;
    expect(parsed(xml)).toEqual({
      cth_ws_url: 'https://e.com/',
      cth_ws_postData: '{ "username" : "%account[username]%", "to" : "%targetNumber%" }',
      cth_ws_contentType: 'application/json',
      cth_ws_method: 'POST',
      cth_ws_customHeaders: 'X-A: 1\\nX-B: 2',
      cth_ws_timeout: '20',
      password: 'pw',
      custom: { host: 'sip.example.com', cloud_username: 'cu' },
    });
  });
  it('values are trimmed of surrounding whitespace, inner text kept exactly', () => {
    expect(parsed('<account><username>\n   a  b \n</username><password/></account>')).toEqual({ username: 'a  b', password: '' });
  });
  it('predefined entities, character references and CDATA are decoded', () => {
    expect(parsed('<account><username>&lt;&gt;&quot;&apos;&amp;&#65;&#x42;<![CDATA[&amp;]]></username></account>').username).toBe(
      `<>"'&AB&amp;`,
    );
  });
  it('empty, malformed, wrong root, nested and repeated keys are errors', () => {
    expect(error('')).toMatch(/empty/);
    expect(error('<account><username>x</account>')).toMatch(/malformed/);
    expect(error('<settings><username>x</username></settings>')).toMatch(/<settings>/);
    expect(error('<account><username><b>x</b></username></account>')).toMatch(/another element/);
    expect(error('<account><username>a</username><username>b</username></account>')).toMatch(/more than once/);
    expect(error('<account>stray<username>a</username></account>')).toMatch(/text outside/);
    expect(error('<account><a>&nbsp;</a></account>')).toMatch(/&nbsp;/);
    expect(error('<account><a>&#0;</a></account>')).toMatch(/character reference/);
    expect(error('<account><__proto__>x</__proto__></account>')).toMatch(/<__proto__> cannot be used/);
    expect(error('<account><toString>x</toString></account>')).toMatch(/<toString> cannot be used/);
  });
  it('a DOCTYPE is refused: an entity bomb is never expanded', () => {
    const bomb =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><account><username>&lol2;</username></account>';
    expect(error(bomb)).toMatch(/DOCTYPE/);
  });
  it('a DOCTYPE is refused: an external entity is never fetched or expanded', () => {
    expect(error('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><account><password>&x;</password></account>')).toMatch(/DOCTYPE/);
  });
  it('never returns a partial result: one bad element fails the whole import', () => {
    expect(parseAccountXml('<account><username>ok</username><a>&bogus;</a></account>').ok).toBe(false);
  });
});

describe('toAccountXml', () => {
  const s: Settings = {
    ...DEFAULT_SETTINGS,
    cth_ws_url: 'https://example.com/?u=%account[username]%&to=%targetNumber%',
    cth_ws_postData: '<x a="1">\n  %account[username]%\n</x>',
    username: '  lead & trail\r\n',
    password: 'p<w>',
    custom: { 'x-cth-pin': '1234', cloud_password: 'cp', 'bad key': 'skipped' },
  };
  it('escapes & as &amp; in values', () => {
    expect(toAccountXml(s)).toContain('<cth_ws_url>https://example.com/?u=%account[username]%&amp;to=%targetNumber%</cth_ws_url>');
  });
  it('leaves the password (and cloud_password) out unless asked', () => {
    expect(toAccountXml(s)).not.toContain('<password>');
    expect(toAccountXml(s)).not.toContain('cloud_password');
    expect(toAccountXml(s, { includePassword: true })).toContain('<password>p&lt;w&gt;</password>');
  });
  it('round-trips through parseAccountXml, including edge whitespace and CR', () => {
    const back = parsed(toAccountXml(s, { includePassword: true }));
    const { 'bad key': _skipped, ...custom } = s.custom;
    expect({ ...DEFAULT_SETTINGS, ...back }).toEqual({ ...s, custom });
  });
});
