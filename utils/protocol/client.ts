/**
 * Sends one call-through request and returns the service's raw answer, under the rules that keep
 * the user safe: one deadline for everything, no redirect that could carry the password to http,
 * a cap on the answer's size. Only fetch, AbortController, URL and TextDecoder: it runs in the
 * extension's service worker. Nothing throws out of sendRequest; failures come back as problem codes
 * (utils/protocol/problem.ts) a user understands, naming the host only (never the query, which may hold the password).
 *
 * Redirects (notes: "do not follow redirects that downgrade the scheme"):
 * - https request: fetch with redirect 'manual' and follow ourselves, at most 5 hops, https only.
 *   A Location to http is refused before anything is sent there. In Node (tests) the 3xx and its
 *   Location are visible. Browsers hide them ('opaqueredirect': status 0, no headers), so the
 *   target cannot be checked; following blindly (redirect 'follow' and checking response.url
 *   afterwards) would already have sent the request, password and all, to an http address. So on
 *   an opaque redirect ThruDial stops and asks for the final address as the service URL. Safe
 *   everywhere; the price is that an https service which redirects does not work in the browser.
 * - http request: redirect 'follow' (the browser's own rules). Nothing in it is secret: the
 *   password rule has masked the password in all of it. Note for providers: when a kept-alive
 *   connection is reset, Chromium itself may resend the same request (same nonce) once.
 */
import { HTTP_TOKEN, type CallRequest } from './request';
import type { RawResponse } from './response';
import { problem, type Problem } from './problem';
import { failProblem, failUnreachableWith, failWith, ok, type Result } from './result';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const MAX_REDIRECTS = 5;
const FALLBACK_TIMEOUT_MS = 15_000;

export interface SendOptions {
  /** Largest answer body read; more is refused. Default 64 KiB. */
  maxBodyBytes?: number;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}


const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Request headers that describe the body; dropped when a redirect turns the request into a GET (fetch spec). */
const BODY_HEADERS = new Set(['content-type', 'content-encoding', 'content-language', 'content-location', 'content-length']);

interface Hop {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Thrown inside sendRequest to leave with a problem; caught before it leaves the module. */
class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

export async function sendRequest(req: CallRequest, options: SendOptions = {}): Promise<Result<RawResponse>> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeoutMs = req.timeoutMs > 0 && Number.isFinite(req.timeoutMs) ? req.timeoutMs : FALLBACK_TIMEOUT_MS;

  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return failWith('errClientUrlInvalid');
  }
  const refused = requestProblem(req, url);
  if (refused) return failProblem(refused);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  let hop: Hop = { method: req.method.toUpperCase(), url, headers: { ...req.headers }, body: req.body };
  let stage: 'connect' | 'read' = 'connect';
  try {
    for (let redirects = 0; ; redirects++) {
      stage = 'connect';
      const secure = hop.url.protocol === 'https:';
      const response = await fetchFn(hop.url.href, {
        method: hop.method,
        headers: hop.headers,
        body: hop.body,
        redirect: secure ? 'manual' : 'follow',
        signal: controller.signal,
        credentials: 'omit', // never the user's cookies for the service's site
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });

      if (response.type === 'opaqueredirect') {
        throw new Refusal(problem('errRedirectOpaque', hop.url.host));
      }
      const location = response.headers.get('location');
      if (secure && REDIRECT_STATUSES.has(response.status) && location !== null) {
        await discard(response);
        if (redirects >= MAX_REDIRECTS) {
          throw new Refusal(problem('errRedirectTooMany', MAX_REDIRECTS));
        }
        hop = nextHop(hop, response.status, location);
        continue;
      }

      stage = 'read';
      const body = await readBody(response, maxBodyBytes, controller);
      return ok({ status: response.status, contentType: response.headers.get('content-type'), body });
    }
  } catch (error) {
    if (error instanceof Refusal) return failProblem(error.problem);
    // Timeout and connect failures are `unreachable` (offline mode 'fallback' may dial locally);
    // refusals, a cut-off answer and anything the service said are not.
    if (timedOut) return failUnreachableWith(problem('errServiceTimeout', seconds(timeoutMs)));
    if (stage === 'read') {
      return failWith('errServiceCutOff', hop.url.host);
    }
    return failUnreachableWith(problem('errServiceNoConnection', hop.url.host));
  } finally {
    clearTimeout(timer);
  }
}

/** What fetch would reject with a bare TypeError, said in words instead. */
function requestProblem(req: CallRequest, url: URL): Problem | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem('errClientUrlScheme');
  if (url.username || url.password) return problem('errClientUrlCredentials');
  if (!HTTP_TOKEN.test(req.method)) return problem('errClientMethod');
  if (req.body !== undefined && /^(GET|HEAD)$/i.test(req.method)) return problem('errClientBody', req.method.toUpperCase());
  for (const [name, value] of Object.entries(req.headers)) {
    if (!HTTP_TOKEN.test(name)) return problem('errClientHeaderName', name.slice(0, 40));
    if (/[\r\n\0]|[^\u0000-\u00ff]/.test(value)) return problem('errClientHeaderValue', name);
  }
  return null;
}

/** The request for the next hop, as fetch's "HTTP-redirect fetch" builds it; refuses anything but https. */
function nextHop(hop: Hop, status: number, location: string): Hop {
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch {
    throw new Refusal(problem('errRedirectInvalid'));
  }
  if (url.protocol === 'http:') throw new Refusal(problem('errRedirectDowngrade'));
  if (url.protocol !== 'https:') {
    throw new Refusal(problem('errRedirectScheme', url.protocol));
  }
  if (url.username || url.password) {
    throw new Refusal(problem('errRedirectCredentials'));
  }

  let { method, body } = hop;
  let headers = { ...hop.headers };
  // Like browsers: 301/302 turn a POST into a GET, 303 turns anything but GET/HEAD into a GET; no body then.
  if (((status === 301 || status === 302) && method === 'POST') || (status === 303 && method !== 'GET' && method !== 'HEAD')) {
    method = 'GET';
    body = undefined;
    headers = withoutHeaders(headers, (name) => BODY_HEADERS.has(name));
  }
  // Like browsers: Authorization does not cross to another origin.
  if (url.origin !== hop.url.origin) headers = withoutHeaders(headers, (name) => name === 'authorization');
  return { method, url, headers, body };
}

function withoutHeaders(headers: Record<string, string>, drop: (lowerName: string) => boolean): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop(name.toLowerCase())));
}

/** The body as UTF-8 text (invalid bytes become U+FFFD), refusing more than maxBytes. */
async function readBody(response: Response, maxBytes: number, controller: AbortController): Promise<string> {
  const tooBig = problem('errServiceTooBig', size(maxBytes));
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    controller.abort();
    throw new Refusal(tooBig);
  }
  if (!response.body) return '';

  const decoder = new TextDecoder('utf-8', { fatal: false });
  const reader = response.body.getReader();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      controller.abort(); // stops the download
      reader.cancel().catch(() => {});
      throw new Refusal(tooBig);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to keep from a redirect's body.
  }
}

function seconds(ms: number): Problem {
  const value = Math.round(ms / 10) / 100;
  return problem(value === 1 ? 'unitSecond' : 'unitSeconds', value);
}

function size(bytes: number): Problem {
  return bytes % 1024 === 0 ? problem('unitKiB', bytes / 1024) : problem('unitBytes', bytes);
}
