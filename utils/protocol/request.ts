/**
 * Settings -> the HTTP request to the call-through web service ({ method, url, headers, body }).
 * Only builds the request; sending it is client.ts's job.
 */
import { problem, type Problem } from './problem';
import { failWith, ok, problemOf, type Result } from './result';
import { FIELDS, SECONDS_RE, SECRET_ACCOUNT_PARAMETERS, SECRET_KEYS } from '../settings/fields';
import { accountParameters, type Settings } from '../settings/settings';
import {
  errorText,
  escapeXml,
  expandTemplate,
  newNonce,
  PASSWORD_MASK,
  type Escaping,
  type TemplateContext,
} from './template';

export interface CallRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** The request as it would be sent, with the password masked, for the options page's Test. */
export interface RequestPreview {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export const DEFAULT_CONTENT_TYPE = 'application/x-www-form-urlencoded';
export const DEFAULT_TIMEOUT_MS = FIELDS.cth_ws_timeout.defaultSeconds * 1000;
export const MAX_TIMEOUT_MS = FIELDS.cth_ws_timeout.maxSeconds * 1000;
/** The methods cth_ws_method may name ('' = automatic is handled before). */
const METHODS = FIELDS.cth_ws_method.choices.filter((m) => m !== '');


/** Build the request for calling `targetNumber` (E.164). One nonce serves URL, headers and body. */
export async function buildRequest(
  settings: Settings,
  targetNumber: string,
  globals: Record<string, string>,
  nonce: string = newNonce(),
): Promise<Result<CallRequest>> {
  try {
    const urlTemplate = text(settings.cth_ws_url).trim();
    if (!urlTemplate) return failWith('errRequestUrlEmpty');
    // The scheme is read from the template's own text, so no placeholder value can switch it to https.
    const scheme = /^(https?):/i.exec(urlTemplate)?.[1]?.toLowerCase();
    if (!scheme) return failWith('errRequestUrlScheme');
    const secureTransport = scheme === 'https';

    const ctx: TemplateContext = {
      account: accountParameters(settings),
      targetNumber,
      globals,
      nonce,
      secureTransport,
    };

    const expandedUrl = await expandTemplate(urlTemplate, ctx, 'url');
    if (!expandedUrl.ok) return failWith('errRequestUrlTemplate', problemOf(expandedUrl));
    const url = parseServiceUrl(expandedUrl.value, scheme);
    if (!url.ok) return url;

    const method = chooseMethod(settings);
    if (!method.ok) return method;

    const timeoutMs = parseTimeout(settings.cth_ws_timeout);
    if (!timeoutMs.ok) return timeoutMs;

    const headers: Record<string, string> = {};
    let body: string | undefined;
    const postData = text(settings.cth_ws_postData);
    if (method.value !== 'GET' && method.value !== 'HEAD' && postData !== '') {
      const contentType = text(settings.cth_ws_contentType).trim() || DEFAULT_CONTENT_TYPE;
      const badType = headerValueProblem(contentType);
      if (badType) return failWith('errRequestContentType', badType);
      const expandedBody = await expandTemplate(postData, ctx, bodyEscaping(contentType));
      if (!expandedBody.ok) return failWith('errRequestBody', problemOf(expandedBody));
      headers['Content-Type'] = contentType;
      body = expandedBody.value;
    }

    const custom = await expandCustomHeaders(text(settings.cth_ws_customHeaders), ctx);
    if (!custom.ok) return custom;
    Object.assign(headers, custom.value);

    const request: CallRequest = { method: method.value, url: url.value, headers, timeoutMs: timeoutMs.value };
    if (body !== undefined) request.body = body;
    return ok(request);
  } catch (e) {
    return failWith('errRequestBuild', errorText(e));
  }
}

/** How substituted values are escaped in a body of this Content-Type (media type only). */
export function bodyEscaping(contentType: string): Escaping {
  const media = mediaType(contentType);
  if (media === 'application/json' || /^[^/]+\/[^/]+\+json$/.test(media)) return 'json';
  if (media === 'application/x-www-form-urlencoded') return 'form';
  if (media === 'application/xml' || media === 'text/xml' || /^[^/]+\/[^/]+\+xml$/.test(media)) return 'xml';
  return 'raw';
}

/** `type/subtype` lowercased, parameters such as charset dropped. */
export function mediaType(contentType: string | null | undefined): string {
  return typeof contentType === 'string' ? contentType.split(';')[0]!.trim().toLowerCase() : '';
}

function parseServiceUrl(expanded: string, scheme: string): Result<string> {
  let url: URL;
  try {
    url = new URL(expanded);
  } catch {
    return failWith('errRequestUrlInvalid');
  }
  if (url.protocol !== `${scheme}:`) return failWith('errRequestUrlScheme');
  if (!url.hostname) return failWith('errRequestUrlNoHost');
  // fetch refuses URLs with credentials; say so here in words instead of a TypeError later.
  if (url.username || url.password) {
    return failWith('errRequestUrlCredentials');
  }
  return ok(url.href);
}

function chooseMethod(settings: Settings): Result<string> {
  const configured = text(settings.cth_ws_method).trim().toUpperCase();
  if (configured === '') return ok(text(settings.cth_ws_postData) !== '' ? 'POST' : 'GET');
  if ((METHODS as readonly string[]).includes(configured)) return ok(configured);
  return failWith('errRequestMethod', METHODS.join(', '), shorten(configured));
}

function parseTimeout(value: unknown): Result<number> {
  const raw = text(value).trim();
  if (raw === '') return ok(DEFAULT_TIMEOUT_MS);
  const seconds = SECONDS_RE.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) {
    return failWith('errRequestTimeout', shorten(raw));
  }
  return ok(Math.min(Math.round(seconds * 1000), MAX_TIMEOUT_MS) || 1);
}

/** RFC 9110 token: what a method or a header name is made of (the client and validation use it too). */
export const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

async function expandCustomHeaders(spec: string, ctx: TemplateContext): Promise<Result<Record<string, string>>> {
  const headers: Record<string, string> = {};
  const lowerNames = new Map<string, string>();
  // Account XML cannot hold a newline comfortably, so a literal backslash-n also separates lines.
  for (const rawLine of spec.split(/\r\n|\r|\n|\\n/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) return failWith('errRequestHeaderLine', shorten(line));
    const name = line.slice(0, colon).trim();
    if (!HTTP_TOKEN.test(name)) return failWith('errRequestHeaderName', shorten(name));
    if (name.toLowerCase() === 'content-type') {
      return failWith('errRequestHeaderContentType');
    }
    const value = await expandTemplate(line.slice(colon + 1).trim(), ctx, 'header');
    if (!value.ok) return failWith('errRequestHeaderTemplate', name, problemOf(value));
    const badValue = headerValueProblem(value.value);
    if (badValue) return failWith('errRequestHeaderValue', name, badValue);
    // A repeated header is one header with a comma-separated list (RFC 9110 5.3).
    const existing = lowerNames.get(name.toLowerCase());
    if (existing !== undefined) headers[existing] = `${headers[existing]}, ${value.value}`;
    else {
      lowerNames.set(name.toLowerCase(), name);
      headers[name] = value.value;
    }
  }
  return ok(headers);
}

/** fetch accepts only Latin-1 header values without CR, LF or NUL; what is wrong, as the end of a sentence. */
function headerValueProblem(value: string): Problem | undefined {
  if (/[\r\n]/.test(value)) return problem('errValueLineBreak');
  if (value.includes('\0')) return problem('errValueNul');
  if (/[^\u0000-\u00ff]/.test(value)) return problem('errValueNotLatin1');
  return undefined;
}

/**
 * The request for display (options page Test): every form the password (and cloud_password)
 * can take in the URL, headers and body is replaced by ********.
 */
export function previewRequest(req: CallRequest, settings: Settings): RequestPreview {
  const secrets = [
    ...SECRET_KEYS.map((key) => text(settings[key])),
    ...SECRET_ACCOUNT_PARAMETERS.map((key) => ownText(settings.custom, key)),
  ].filter((s) => s !== '');
  const mask = maskerFor(secrets);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = mask(value);
  const preview: RequestPreview = { method: req.method, url: mask(req.url), headers };
  if (req.body !== undefined) preview.body = mask(req.body);
  return preview;
}

function maskerFor(secrets: string[]): (value: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    for (const form of encodedForms(secret)) if (form) forms.add(form);
  }
  if (forms.size === 0) return (value) => value;
  // One pass, longest form first, so a mask is never masked again and overlapping forms are covered.
  const pattern = new RegExp(
    [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'),
    'g',
  );
  return (value) => value.replace(pattern, PASSWORD_MASK);
}

function encodedForms(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), escapeXml(secret)];
  try {
    const uri = encodeURIComponent(secret.toWellFormed());
    forms.push(uri, new URLSearchParams([['v', secret]]).toString().slice(2));
    // new URL() re-encodes some characters (e.g. ' in a query), so take its forms too.
    const normalized = new URL(`http://h/${uri}?${uri}`);
    forms.push(normalized.pathname.slice(1), normalized.search.slice(1));
  } catch {
    // The raw and JSON forms above still apply.
  }
  return forms;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
function ownText(record: Record<string, string> | undefined, key: string): string {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? text(record[key]) : '';
}
function shorten(s: string): string {
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}
