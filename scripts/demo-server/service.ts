/**
 * The demo Web Call-Through service: what a provider's server does with one request.
 * "Spec" below is shared/spec/web-call-through.txt, "notes" is shared/spec/acrobits-notes.md.
 * Pure logic: a parsed request in, a status + headers + body out (no sockets here).
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface DemoAccount {
  username: string;
  password: string;
  /** false: the service refuses with the spec's "Not enough credit for call-through." */
  credit: boolean;
}

export const DEFAULT_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'johndow', password: 'secret', credit: true },
  { username: 'broke', password: 'secret', credit: false },
];

/** The access number the app dials; the PIN comes from the account's x-cth-pin (spec, "GET method, XML"). */
export const ACCESS_NUMBER = '+15551231234';

/** What the password looks like when the client sent it over http: the notes' password rule masks it. */
export const MASKED_PASSWORD = '********';

export const WRONG_CREDENTIALS = 'Unknown account or wrong password.';
export const NO_CREDIT = 'Not enough credit for call-through.';
export const CREDENTIALS_NEEDED = 'This request needs credentials: password over https, or nonce and hash.';
export const PASSWORD_OVER_HTTP = 'The password must only travel over https; over http send nonce and hash = sha1(nonce + password).';

/** One request as the server received it. */
export interface IncomingCall {
  method: string;
  scheme: 'http' | 'https';
  /** Path and query, parsed against the server's own origin. */
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface DemoReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The reply formats of the spec's Response section (text/xml is the spec example's own). */
export type ReplyFormat = 'xml' | 'appxml' | 'json' | 'form';

interface CallParameters {
  username?: string;
  targetNumber?: string;
  password?: string;
  nonce?: string;
  hash?: string;
  /** Path form `/callthrough/U/N` (spec, "GET method, JSON"). */
  pathForm: boolean;
}

/** The dial string for a target: access number, pause, PIN placeholder, destination as DTMF (spec example). */
export function dialStringFor(targetNumber: string): string {
  const digits = targetNumber.replace(/\D/g, '');
  return `${ACCESS_NUMBER},,%account[x-cth-pin]%#${digits}#`;
}

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/**
 * Answers `/callthrough/...` (query form, path form, form POST or JSON POST).
 * Order: read parameters -> account and credentials -> special numbers -> credit -> dial string.
 */
export function answerCallThrough(call: IncomingCall, accounts: readonly DemoAccount[]): DemoReply {
  const format = chooseFormat(call);
  const read = readParameters(call);
  if (typeof read === 'string') return reply(format, 400, { message: read });
  const params = read;
  if (!params.username) return reply(format, 400, { message: 'The request has no username.' });
  if (!params.targetNumber || !/\d/.test(params.targetNumber)) {
    return reply(format, 400, { message: 'The request has no target number.' });
  }

  const account = accounts.find((a) => a.username === params.username);
  const refusal = checkCredentials(call, params, account);
  if (refusal) return reply(format, 403, { message: refusal });

  // Special number for demos and tests: a target ending in 500 fails on the server's side with
  // no message, which the spec says the app "silently ignores".
  if (params.targetNumber.replace(/\D/g, '').endsWith('500')) return { status: 500, headers: {}, body: '' };

  // Exactly the spec's second example: 403, application/json, a message.
  if (!account!.credit) {
    return {
      status: 403,
      headers: { 'Content-Type': 'application/json' },
      body: `{\n    "message" : "${NO_CREDIT}"\n}`,
    };
  }
  return reply(format, 200, { dialString: dialStringFor(params.targetNumber) });
}

/**
 * Credentials (the spec's Warning and the notes' password rule):
 * - `password` is checked only over https; over http it should arrive masked as ********, and a
 *   real password over http is refused (it has already leaked; a provider should not reward that).
 * - `nonce` + `hash` = sha1(nonce + password) in hex is accepted over http and https.
 *   (A production server should also refuse a nonce it has seen before; the demo does not, so
 *   tests may use fixed nonces.)
 * - No credential at all: trusted on the username alone for GET (query and path form), because the
 *   spec's two complete request/response examples carry only a username (such a server would
 *   recognise its users by other means, e.g. the caller ID of the call that follows). A POST,
 *   PUT or DELETE without credentials is refused.
 * Returns the refusal message, or null when the request may go on.
 */
function checkCredentials(call: IncomingCall, params: CallParameters, account: DemoAccount | undefined): string | null {
  const password = params.password === MASKED_PASSWORD ? undefined : params.password || undefined;
  if (password !== undefined && call.scheme === 'http') return PASSWORD_OVER_HTTP;
  if (!account) return WRONG_CREDENTIALS;
  if (password !== undefined) return password === account.password ? null : WRONG_CREDENTIALS;
  if (params.nonce && params.hash) {
    return params.hash.toLowerCase() === sha1Hex(params.nonce + account.password) ? null : WRONG_CREDENTIALS;
  }
  if (params.nonce || params.hash) return WRONG_CREDENTIALS;
  return call.method === 'GET' || call.method === 'HEAD' ? null : CREDENTIALS_NEEDED;
}

/**
 * Parameters from wherever the client put them. Names: `username` or `u`, `targetNumber` or `to`
 * (the spec's URL and body examples use both spellings), `password`, `nonce`, `hash`.
 * A body (form or JSON) overrides the query. Returns a message when the request cannot be read.
 */
function readParameters(call: IncomingCall): CallParameters | string {
  const fields = new Map<string, string>();
  for (const [name, value] of call.url.searchParams) fields.set(name, value);

  const segments = call.url.pathname.split('/').filter(Boolean); // ['callthrough', U?, N?]
  const pathForm = segments.length === 3;
  if (segments.length === 2 || segments.length > 3) return 'Use /callthrough/?username=U&targetNumber=N or /callthrough/U/N.';
  if (pathForm) {
    try {
      fields.set('username', decodeURIComponent(segments[1]!));
      fields.set('targetNumber', decodeURIComponent(segments[2]!));
    } catch {
      return 'The path is not valid percent-encoding.';
    }
  }

  if (call.body.trim() !== '') {
    const type = mediaType(call.headers['content-type']) ?? 'application/x-www-form-urlencoded'; // spec's default
    if (type === 'application/json' || type.endsWith('+json')) {
      let json: unknown;
      try {
        json = JSON.parse(call.body);
      } catch {
        return 'The JSON body could not be read.';
      }
      if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'The JSON body must be an object.';
      for (const [name, value] of Object.entries(json)) {
        if (typeof value === 'string' || typeof value === 'number') fields.set(name, String(value));
      }
    } else if (type === 'application/x-www-form-urlencoded') {
      for (const [name, value] of new URLSearchParams(call.body)) fields.set(name, value);
    } else {
      return 'The demo service reads form (application/x-www-form-urlencoded) or JSON bodies.';
    }
  }

  return {
    username: fields.get('username') ?? fields.get('u'),
    targetNumber: fields.get('targetNumber') ?? fields.get('to'),
    password: fields.get('password'),
    nonce: fields.get('nonce'),
    hash: fields.get('hash'),
    pathForm,
  };
}

/** `format` query parameter first, else the Accept header, else text/xml as in the spec's example. */
export function chooseFormat(call: IncomingCall): ReplyFormat {
  const asked = call.url.searchParams.get('format');
  if (asked === 'xml' || asked === 'appxml' || asked === 'json' || asked === 'form') return asked;
  const accept = (call.headers.accept ?? '').toLowerCase();
  if (accept.includes('application/json')) return 'json';
  if (accept.includes('application/x-www-form-urlencoded')) return 'form';
  if (accept.includes('application/xml')) return 'appxml';
  return 'xml';
}

/** A body with the spec's recognised fields, `dialString` and/or `message`, in the chosen format. */
export function reply(format: ReplyFormat, status: number, fields: { dialString?: string; message?: string }): DemoReply {
  const entries = Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined);
  switch (format) {
    case 'json':
      return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(Object.fromEntries(entries)) };
    case 'form':
      return { status, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(entries).toString() };
    case 'xml':
    case 'appxml': {
      const children = entries.map(([name, value]) => `    <${name}>${escapeXml(value)}</${name}>\n`).join('');
      const type = format === 'xml' ? 'text/xml' : 'application/xml';
      return { status, headers: { 'Content-Type': type }, body: `<response>\n${children}</response>\n` };
    }
  }
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function mediaType(header: string | undefined): string | null {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}
