import { describe, expect, it } from 'vitest';
import { buildRequest, previewRequest, type CallRequest } from '../utils/protocol/request';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';
import { sha1Hex } from '../utils/protocol/template';

const NONCE = 'ffeeddccbbaa99887766554433221100';
const GLOBALS = { installid: 'install-1', appid: 'app-1' };
const settings = (over: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  username: 'johndow',
  password: 'pa ss&word',
  ...over,
});
const build = async (over: Partial<Settings>, target = '+15551231234'): Promise<CallRequest> => {
  const r = await buildRequest(settings(over), target, GLOBALS, NONCE);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const buildError = async (over: Partial<Settings>): Promise<string> => {
  const r = await buildRequest(settings(over), '+15551231234', GLOBALS, NONCE);
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('spec examples', () => {
  it('URL with query string (cth_ws_url example, &amp; unescaped): GET with the values percent-encoded', async () => {
    const req = await build({ cth_ws_url: 'https://example.com/callthrough/?u=%account[username]%&to=%targetNumber%' });
    expect(req).toEqual({
      method: 'GET',
      url: 'https://example.com/callthrough/?u=johndow&to=%2B15551231234',
      headers: {},
      timeoutMs: 15000,
    });
  });
  it('URL without query string: placeholders in the path', async () => {
    const req = await build({ cth_ws_url: 'https://example.com/callthrough/%account[username]%/%targetNumber%' });
    expect(req.method).toBe('GET');
    expect(req.url).toBe('https://example.com/callthrough/johndow/%2B15551231234');
  });
  it('GET method, XML example request: /callthrough/?username=johndow&targetNumber=12345678', async () => {
    const req = await build(
      { cth_ws_url: 'https://example.com/callthrough/?username=%account[username]%&targetNumber=%targetNumber%' },
      '12345678',
    );
    expect(req.url).toBe('https://example.com/callthrough/?username=johndow&targetNumber=12345678');
    expect(req.body).toBeUndefined();
  });
  it('GET method, JSON example request: /callthrough/johndow/12345678', async () => {
    const req = await build({ cth_ws_url: 'https://example.com/callthrough/%account[username]%/%targetNumber%' }, '12345678');
    expect(new URL(req.url).pathname).toBe('/callthrough/johndow/12345678');
  });
  it('postData for application/x-www-form-urlencoded: POST with the default Content-Type and form-encoded values', async () => {
    const req = await build({
      cth_ws_url: 'https://example.com/callthrough/',
      cth_ws_postData: 'username=%account[username]%&to=%targetNumber%',
    });
    expect(req).toEqual({
      method: 'POST',
      url: 'https://example.com/callthrough/',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'username=johndow&to=%2B15551231234',
      timeoutMs: 15000,
    });
    expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({ username: 'johndow', to: '+15551231234' });
  });
  it('postData for application/json: JSON-escaped values, the template kept as written', async () => {
    const req = await build({
      cth_ws_url: 'https://example.com/callthrough/',
      cth_ws_postData: '{ "username" : "%account[username]%", "to" : "%targetNumber%" }',
      cth_ws_contentType: 'application/json',
    });
    expect(req.method).toBe('POST');
    expect(req.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(req.body).toBe('{ "username" : "johndow", "to" : "+15551231234" }');
  });
});

describe('URL', () => {
  it('an empty URL is an error naming Service URL (cth_ws_url)', async () => {
    expect(await buildError({ cth_ws_url: '  ' })).toMatch(/Service URL \(cth_ws_url\)/);
  });
  it('only http: and https: are accepted', async () => {
    for (const url of ['ftp://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'example.com/x', '%account[u]%://x']) {
      expect(await buildError({ cth_ws_url: url })).toMatch(/Service URL \(cth_ws_url\)/);
    }
  });
  it('a URL that does not parse after expansion is an error naming the setting', async () => {
    expect(await buildError({ cth_ws_url: 'https://' })).toMatch(/Service URL \(cth_ws_url\)/);
  });
  it('credentials before the host are refused (fetch would reject them)', async () => {
    expect(await buildError({ cth_ws_url: 'https://a:b@example.com/' })).toMatch(/user name or password/);
  });
  it('the scheme is read case-insensitively from the template text', async () => {
    expect((await build({ cth_ws_url: ' HTTPS://example.com/?p=%account[password]%' })).url).toBe(
      'https://example.com/?p=pa%20ss%26word',
    );
  });
});

describe('password rule', () => {
  it('over http the password is masked in URL, body and headers', async () => {
    const req = await build({
      cth_ws_url: 'http://example.com/?p=%account[password]%',
      cth_ws_postData: 'p=%account[password]%&c=%account[cloud_password]%',
      cth_ws_customHeaders: 'X-Pass: %account[password]%',
      custom: { cloud_password: 'cloudy' },
    });
    expect(req.url).toBe('http://example.com/?p=********');
    expect(req.body).toBe('p=********&c=********');
    expect(req.headers['X-Pass']).toBe('********');
  });
  it('over https the password is real', async () => {
    const req = await build({ cth_ws_url: 'https://example.com/', cth_ws_postData: 'p=%account[password]%' });
    expect(req.body).toBe('p=pa+ss%26word');
  });
  it('over http sha1 of nonce+password uses the real password and the same nonce everywhere', async () => {
    const req = await build({
      cth_ws_url: 'http://example.com/?n=%nonce%&h=%sha1(%nonce%%account[password]%)%',
      cth_ws_postData: 'n=%nonce%',
      cth_ws_customHeaders: 'X-Nonce: %nonce%',
    });
    const h = await sha1Hex(NONCE + 'pa ss&word');
    expect(req.url).toBe(`http://example.com/?n=${NONCE}&h=${h}`);
    expect(req.body).toBe(`n=${NONCE}`);
    expect(req.headers['X-Nonce']).toBe(NONCE);
  });
  it('a placeholder cannot switch the scheme to https', async () => {
    expect(await buildError({ cth_ws_url: '%account[scheme]%://example.com/', custom: { scheme: 'https' } })).toMatch(
      /must start with http/,
    );
  });
});

describe('method and body', () => {
  it('empty method with empty postData is GET without body or Content-Type', async () => {
    const req = await build({ cth_ws_url: 'https://example.com/' });
    expect(req.method).toBe('GET');
    expect(req.body).toBeUndefined();
    expect(req.headers).toEqual({});
  });
  it('cth_ws_method is case-insensitive', async () => {
    expect((await build({ cth_ws_url: 'https://e.com/', cth_ws_method: 'put', cth_ws_postData: 'a=1' })).method).toBe('PUT');
    expect((await build({ cth_ws_url: 'https://e.com/', cth_ws_method: 'Delete' })).method).toBe('DELETE');
  });
  it('an unknown method is an error naming cth_ws_method', async () => {
    expect(await buildError({ cth_ws_url: 'https://e.com/', cth_ws_method: 'PATCH' })).toMatch(/cth_ws_method/);
  });
  it('GET and HEAD never have a body, even with postData', async () => {
    for (const m of ['GET', 'HEAD']) {
      const req = await build({ cth_ws_url: 'https://e.com/', cth_ws_method: m, cth_ws_postData: 'a=1' });
      expect(req.body).toBeUndefined();
      expect(req.headers['Content-Type']).toBeUndefined();
    }
  });
  it('POST with empty postData sends no body and no Content-Type', async () => {
    const req = await build({ cth_ws_url: 'https://e.com/', cth_ws_method: 'POST' });
    expect(req.body).toBeUndefined();
    expect(req.headers).toEqual({});
  });
  it('body escaping follows the Content-Type media type, parameters ignored', async () => {
    const v = { username: `a "b" <c> & d` };
    const body = async (ct: string) =>
      (await build({ cth_ws_url: 'https://e.com/', cth_ws_postData: '%account[username]%', cth_ws_contentType: ct, ...v })).body;
    expect(await body('Application/JSON; charset=utf-8')).toBe('a \\"b\\" <c> & d');
    expect(await body('application/vnd.api+json')).toBe('a \\"b\\" <c> & d');
    expect(await body('application/x-www-form-urlencoded')).toBe('a+%22b%22+%3Cc%3E+%26+d');
    expect(await body('text/xml')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
    expect(await body('application/xml')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
    expect(await body('application/soap+xml')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
    expect(await body('text/plain')).toBe('a "b" <c> & d');
  });
  it('the configured Content-Type is sent as written', async () => {
    const req = await build({ cth_ws_url: 'https://e.com/', cth_ws_postData: '{}', cth_ws_contentType: 'application/json; charset=utf-8' });
    expect(req.headers['Content-Type']).toBe('application/json; charset=utf-8');
  });
});

describe('custom headers', () => {
  it('one Name: value per line, split on real newlines and on a literal \\n', async () => {
    const req = await build({
      cth_ws_url: 'https://e.com/',
      cth_ws_customHeaders: 'X-User: %account[username]%\r\nX-App: %appid%\\nX-Install:%installid%\n\n',
    });
    expect(req.headers).toEqual({ 'X-User': 'johndow', 'X-App': 'app-1', 'X-Install': 'install-1' });
  });
  it('header values are expanded raw', async () => {
    const req = await build({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'X-To: %targetNumber% x' });
    expect(req.headers['X-To']).toBe('+15551231234 x');
  });
  it('a header name that is not an HTTP token is an error', async () => {
    expect(await buildError({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'Bad Name: 1' })).toMatch(/not a valid header name/);
  });
  it('a line without a colon is an error', async () => {
    expect(await buildError({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'just text' })).toMatch(/Name: value/);
  });
  it('a value expanding to CR/LF is an error (no header injection)', async () => {
    const e = await buildError({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'X-A: %account[x]%', custom: { x: '1\r\nX-Evil: 2' } });
    expect(e).toMatch(/line break/);
  });
  it('a value fetch cannot send (non-Latin-1) is a clear error', async () => {
    expect(await buildError({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'X-A: ☎' })).toMatch(/Latin-1/);
  });
  it('Content-Type among custom headers is refused in favour of cth_ws_contentType', async () => {
    expect(await buildError({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'content-type: text/plain' })).toMatch(
      /cth_ws_contentType/,
    );
  });
  it('a repeated header name joins the values with a comma', async () => {
    const req = await build({ cth_ws_url: 'https://e.com/', cth_ws_customHeaders: 'X-A: 1\nx-a: 2' });
    expect(req.headers).toEqual({ 'X-A': '1, 2' });
  });
});

describe('timeout', () => {
  it('empty cth_ws_timeout means 15 seconds', async () => {
    expect((await build({ cth_ws_url: 'https://e.com/' })).timeoutMs).toBe(15000);
  });
  it('cth_ws_timeout is seconds', async () => {
    expect((await build({ cth_ws_url: 'https://e.com/', cth_ws_timeout: ' 30 ' })).timeoutMs).toBe(30000);
    expect((await build({ cth_ws_url: 'https://e.com/', cth_ws_timeout: '2.5' })).timeoutMs).toBe(2500);
  });
  it('the timeout is capped at 120 seconds', async () => {
    expect((await build({ cth_ws_url: 'https://e.com/', cth_ws_timeout: '9999' })).timeoutMs).toBe(120000);
  });
  it('a non-numeric, zero or negative timeout is an error naming Timeout (cth_ws_timeout)', async () => {
    for (const t of ['abc', '0', '-5', '1e3', 'Infinity']) {
      expect(await buildError({ cth_ws_url: 'https://e.com/', cth_ws_timeout: t })).toMatch(/Timeout \(cth_ws_timeout\)/);
    }
  });
});

describe('previewRequest', () => {
  it('masks the password over https in URL, headers and body, in every encoding', async () => {
    const s = settings({
      password: "p'w d&\"x",
      cth_ws_url: "https://e.com/%account[password]%?p=%account[password]%",
      cth_ws_postData: '{"p":"%account[password]%"}',
      cth_ws_contentType: 'application/json',
      cth_ws_customHeaders: 'X-P: %account[password]%',
    });
    const r = await buildRequest(s, '+15551231234', GLOBALS, NONCE);
    if (!r.ok) throw new Error(r.error);
    const preview = previewRequest(r.value, s);
    expect(preview.url).toBe('https://e.com/********?p=********');
    expect(preview.body).toBe('{"p":"********"}');
    expect(preview.headers['X-P']).toBe('********');
    expect(preview.headers['Content-Type']).toBe('application/json');
    expect(JSON.stringify(preview)).not.toContain('w d');
  });
  it('masks the form-encoded password and cloud_password', () => {
    const s = settings({ password: 'a b', custom: { cloud_password: 'zz9' } });
    const preview = previewRequest({ method: 'POST', url: 'https://e.com/', headers: {}, body: 'p=a+b&c=zz9', timeoutMs: 1 }, s);
    expect(preview.body).toBe('p=********&c=********');
  });
  it('leaves everything as it is when the password is empty', () => {
    const req = { method: 'GET', url: 'https://e.com/?a=1', headers: { A: 'b' }, timeoutMs: 1 };
    expect(previewRequest(req, settings({ password: '' }))).toEqual({ method: 'GET', url: 'https://e.com/?a=1', headers: { A: 'b' } });
  });
});
