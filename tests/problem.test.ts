/** Errors as codes with parameters (utils/protocol/problem.ts): English from the message file, translated by tProblem. */
import { afterEach, describe, expect, it } from 'vitest';
import { toTelUri } from '../utils/protocol/dial';
import { failureText, tProblem } from '../utils/i18n';
import { numberFromSelection } from '../utils/menu-target';
import { english, fillMessage, problem, type Problem } from '../utils/protocol/problem';
import { runCall } from '../utils/protocol/call';
import { sendRequest } from '../utils/protocol/client';
import { parseTarget } from '../utils/protocol/phone';
import { buildRequest, type CallRequest } from '../utils/protocol/request';
import { parseResponse } from '../utils/protocol/response';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';
import { parseHostList } from '../utils/sites/site-policy';
import { expandTemplate } from '../utils/protocol/template';
import { useLocale } from './setup-i18n';

afterEach(() => useLocale('en'));

describe('problems', () => {
  it('the English text is the message file’s, with parameters and nested problems filled in', () => {
    expect(english(problem('errSelectionNoNumber', 'Hello'))).toBe('ThruDial found no phone number in “Hello”.');
    expect(english(problem('errTwoProblems', problem('errServiceUnreachable', 'timeout'), problem('errNoAccessNumber'))))
      .toBe('The call-through service could not be reached (timeout). Set the access number for call-through without a web service.');
    expect(fillMessage('$1 costs $$5 ($2)', ['It', 'x'])).toBe('It costs $5 (x)');
  });

  it('a refused dial string is said in German in a German browser', () => {
    useLocale('de');
    const refused = toTelUri('+1555x123');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toBe('The dial string contains “x” (U+0078), which a phone cannot dial.');
    expect(failureText(refused)).toBe('Die Wählzeichenfolge enthält „x“ (U+0078), das ein Telefon nicht wählen kann.');
    const selection = numberFromSelection('Hallo');
    if (!selection.ok) expect(tProblem(selection.problem!)).toBe('ThruDial hat in „Hallo“ keine Telefonnummer gefunden.');
  });

  it('runCall says its outcome through the describe it is given', async () => {
    useLocale('cs');
    const result = await runCall({ settings: DEFAULT_SETTINGS, number: '+12133734253', globals: {}, send: async () => { throw new Error('unused'); }, describe: tProblem });
    expect(result.outcome).toEqual({ kind: 'error', message: 'Nejprve nastavte URL služby call-through v nastavení ThruDial.' });
  });
});

describe('options-page refusals in the user’s language', () => {
  it('Account XML and settings files', async () => {
    const { parseAccountXml } = await import('../utils/protocol/account-xml');
    const { importSettings } = await import('../utils/settings/transfer');
    useLocale('de');
    const xml = parseAccountXml('<account><a>&foo;</a></account>');
    expect(xml.ok).toBe(false);
    if (!xml.ok) {
      expect(xml.error).toBe('The account XML cannot be imported: <a>: &foo; is not an entity ThruDial knows (only &amp; &lt; &gt; &quot; &apos; and numeric references).');
      expect(failureText(xml)).toBe('Das Konto-XML kann nicht importiert werden: <a>: &foo; ist keine Entity, die ThruDial kennt (nur &amp; &lt; &gt; &quot; &apos; und numerische Referenzen).');
    }
    const file = importSettings(JSON.stringify({ format: 'thrudial-settings', version: 9, settings: {} }));
    if (!file.ok) expect(failureText(file)).toBe('Die Einstellungsdatei kann nicht importiert werden: sie stammt von einem neueren ThruDial (Einstellungsversion 9; dieses liest bis 2). Aktualisieren Sie ThruDial und importieren Sie dann erneut.');
    expect(file.ok).toBe(false);
  });
});

describe('the protocol core fails with codes and parameters, never with English sentences', () => {
  const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, custom: {}, ...over });
  const request = (over: Partial<Settings>) => buildRequest(settings(over), '+15551231234', {}, 'n');
  const codeOf = (r: { ok: boolean; problem?: Problem }) => (r.ok ? undefined : r.problem);

  it('request.ts: each refused setting is a code, with what was set as a parameter', async () => {
    expect(codeOf(await request({ cth_ws_url: ' ' }))).toEqual(problem('errRequestUrlEmpty'));
    expect(codeOf(await request({ cth_ws_url: 'ftp://e.com/' }))).toEqual(problem('errRequestUrlScheme'));
    expect(codeOf(await request({ cth_ws_url: 'https://' }))).toEqual(problem('errRequestUrlInvalid'));
    expect(codeOf(await request({ cth_ws_url: 'https://a:b@e.com/' }))).toEqual(problem('errRequestUrlCredentials'));
    expect(codeOf(await request({ cth_ws_url: 'https://e.com/', cth_ws_method: 'PATCH' }))).toEqual(
      problem('errRequestMethod', 'GET, POST, PUT, HEAD, DELETE', 'PATCH'),
    );
    expect(codeOf(await request({ cth_ws_url: 'https://e.com/', cth_ws_timeout: 'soon' }))).toEqual(problem('errRequestTimeout', 'soon'));
    expect(codeOf(await request({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'just text' }))).toEqual(problem('errRequestHeaderLine', 'just text'));
    expect(codeOf(await request({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'Bad Name: 1' }))).toEqual(problem('errRequestHeaderName', 'Bad Name'));
    expect(codeOf(await request({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'Content-Type: a/b' }))).toEqual(problem('errRequestHeaderContentType'));
    expect(codeOf(await request({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'X-A: ☎' }))).toEqual(
      problem('errRequestHeaderValue', 'X-A', problem('errValueNotLatin1')),
    );
    expect(codeOf(await request({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'X-U: %account[username]%', username: 'a\nb' }))).toEqual(
      problem('errRequestHeaderTemplate', 'X-U', problem('errTemplateHeaderLineBreak', '%account[username]%')),
    );
    expect(codeOf(await request({ cth_ws_url: 'https://e.com/', cth_ws_postData: 'x', cth_ws_contentType: 'a/b\u0000' }))).toEqual(
      problem('errRequestContentType', problem('errValueNul')),
    );
  });

  it('template.ts: too deep a %sha1(...)% nesting names the limit', async () => {
    const deep = `${'%sha1('.repeat(9)}x${')%'.repeat(9)}`;
    const r = await expandTemplate(deep, { account: {}, targetNumber: '', globals: {}, nonce: '', secureTransport: true }, 'url');
    expect(codeOf(r)).toEqual(problem('errTemplateSha1Nesting', 8));
  });

  it('client.ts: refusals before sending are codes', async () => {
    const send = (over: Partial<CallRequest>) => sendRequest({ method: 'GET', url: 'https://e.com/', headers: {}, timeoutMs: 1000, ...over }, { fetch: neverFetch });
    expect(codeOf(await send({ url: 'not a url' }))).toEqual(problem('errClientUrlInvalid'));
    expect(codeOf(await send({ url: 'ftp://e.com/' }))).toEqual(problem('errClientUrlScheme'));
    expect(codeOf(await send({ body: 'x' }))).toEqual(problem('errClientBody', 'GET'));
    expect(codeOf(await send({ headers: { 'X-A': '☎' } }))).toEqual(problem('errClientHeaderValue', 'X-A'));
  });

  it('client.ts: a timeout and a failed connection are unreachable, with the host and the duration as parameters', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const late = await sendRequest({ method: 'GET', url: 'https://e.com/x?password=1', headers: {}, timeoutMs: 20 }, { fetch: hanging });
    expect(late).toMatchObject({ ok: false, unreachable: true, problem: problem('errServiceTimeout', problem('unitSeconds', 0.02)) });
    const refused = await sendRequest({ method: 'GET', url: 'https://e.com:8443/x', headers: {}, timeoutMs: 1000 }, { fetch: neverFetch });
    expect(refused).toMatchObject({ ok: false, unreachable: true, problem: problem('errServiceNoConnection', 'e.com:8443') });
  });

  it('response.ts: an unreadable answer says why as a nested code', () => {
    expect(parseResponse({ status: 200, contentType: 'application/json', body: '[1]' })).toEqual({
      kind: 'error',
      problem: problem('errResponseUnreadableWhy', problem('errJsonNotObject')),
    });
    expect(parseResponse({ status: 200, contentType: 'text/xml', body: '<response/>' })).toEqual({ kind: 'error', problem: problem('errNoDialString') });
  });

  it('phone.ts and site-policy.ts: the refused text is a parameter', () => {
    expect(codeOf(parseTarget('hello'))).toEqual(problem('errNotPhoneNumber', 'hello'));
    expect(parseHostList('https://e.com').problems[0]!.problem).toEqual(problem('errSiteScheme'));
  });

  it('a German browser gets the core’s refusals in German', async () => {
    useLocale('de');
    const r = await request({ cth_ws_url: 'https://e.com/', cth_ws_timeout: 'bald' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(failureText(r)).toBe('Zeitlimit (cth_ws_timeout) muss eine Anzahl Sekunden größer als 0 sein, nicht „bald“.');
    const answer = parseResponse({ status: 200, contentType: 'application/json', body: '{' });
    if (answer.kind === 'error') expect(tProblem(answer.problem)).toBe('Der Call-Through-Dienst hat eine Antwort gesendet, die ThruDial nicht lesen konnte: fehlerhaftes JSON.');
    expect(answer.kind).toBe('error');
  });
});

const neverFetch: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};
