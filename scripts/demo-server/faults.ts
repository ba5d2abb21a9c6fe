/**
 * Test-only fault modes: ways a real call-through service (or the network in between) misbehaves.
 * `DemoServer.setFault(mode)` makes every `/callthrough...` request answer that way until
 * `setFault(null)`; the client must turn each into a clear message, never a crash or a leak.
 */
import type { ServerResponse } from 'node:http';
import { dialStringFor, escapeXml, type IncomingCall } from './service';

export const DEMO_FAULTS = [
  /** Never answers (the socket stays open until the client gives up or the server closes). */
  'timeout',
  /** 200 and headers at once, then a valid XML body one byte every 100 ms (a timeout while reading the body). */
  'drip',
  /** 200 text/xml with a 10 MB body, chunked without Content-Length (the client must count and stop). */
  'huge',
  /** 200 text/xml, XML cut off in the middle. */
  'malformed-xml',
  /** 200 application/json, JSON cut off in the middle. */
  'malformed-json',
  /** 200 text/xml with a "billion laughs" DOCTYPE of nested entities inside dialString. */
  'entity-bomb',
  /** 200 text/xml whose dialString is an external entity (file:///etc/passwd); it must never be resolved. */
  'external-entity',
  /** 200 with an XML body and no Content-Type header (the notes: no header means XML). */
  'no-content-type',
  /** 200 with a JSON body labelled text/xml: the label wins, so the body does not parse. */
  'wrong-content-type',
  /** https only: 307 (method and body kept) to the same path and query on the http server, the classic
   *  TLS-proxy misconfiguration that would carry the password in clear. Over http it is ignored. */
  'redirect-to-http',
  /** 302 to the very same URL, forever. */
  'redirect-loop',
  /** Destroys the connection without a byte of answer (connection reset). */
  'reset',
  /** 204 No Content: 2xx without a dial string or message. */
  'empty-204',
  /** 200 with only a message, no dial string (the notes: no call, show the message). */
  'message-only-200',
  /** 403 whose message holds HTML and a script attempt; it must be shown as text. */
  'html-message',
  /** 403 whose message is right-to-left text with a bidi override character. */
  'rtl-message',
  /** 500 with an empty body: non-2xx without a message is silently ignored (spec, Response). */
  'status-500-silent',
] as const;

export type DemoFault = (typeof DEMO_FAULTS)[number];

export const HTML_MESSAGE = '<b>Not enough</b> credit <img src=x onerror="alert(1)"><script>alert(2)</script>';
export const RTL_MESSAGE = '\u202Eلا يوجد رصيد كافٍ للاتصال. אין מספיק יתרה.';

const DRIP_INTERVAL_MS = 100;
const HUGE_BYTES = 10 * 1024 * 1024;

/** Answers `res` as `fault` says. `httpUrl` is the http server's origin (for redirect-to-http). */
export function answerWithFault(fault: DemoFault, call: IncomingCall, res: ServerResponse, httpUrl: string): void {
  const pathTarget = decodeOrKeep(call.url.pathname.split('/').filter(Boolean)[2]);
  const target = call.url.searchParams.get('targetNumber') ?? call.url.searchParams.get('to') ?? pathTarget ?? '12345678';
  const goodXml = `<response>\n    <dialString>${escapeXml(dialStringFor(target))}</dialString>\n</response>\n`;
  switch (fault) {
    case 'timeout':
      return; // the server's close() destroys the socket
    case 'drip':
      return drip(res, goodXml);
    case 'huge':
      return sendHuge(res);
    case 'malformed-xml':
      return send(res, 200, 'text/xml', '<response>\n    <dialString>+15551231234,,%account[x-cth-pin]%#1');
    case 'malformed-json':
      return send(res, 200, 'application/json', '{"dialString": "+15551231234,,%account[x-cth-pin]%#1');
    case 'entity-bomb':
      return send(res, 200, 'text/xml', entityBomb());
    case 'external-entity':
      return send(
        res,
        200,
        'text/xml',
        '<?xml version="1.0"?>\n<!DOCTYPE response [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n' +
          '<response>\n    <dialString>&xxe;</dialString>\n</response>\n',
      );
    case 'no-content-type':
      return send(res, 200, null, goodXml);
    case 'wrong-content-type':
      return send(res, 200, 'text/xml', JSON.stringify({ dialString: dialStringFor(target) }));
    case 'redirect-to-http':
      if (call.scheme === 'http') return send(res, 200, 'text/xml', goodXml);
      res.writeHead(307, { Location: httpUrl + call.url.pathname + call.url.search, 'Content-Length': '0' });
      return void res.end();
    case 'redirect-loop':
      res.writeHead(302, { Location: call.url.pathname + call.url.search, 'Content-Length': '0' });
      return void res.end();
    case 'reset':
      return void res.socket?.destroy();
    case 'empty-204':
      res.writeHead(204);
      return void res.end();
    case 'message-only-200':
      return send(res, 200, 'text/xml', '<response>\n    <message>Your call is being connected; answer the incoming call.</message>\n</response>\n');
    case 'html-message':
      return send(res, 403, 'application/json', JSON.stringify({ message: HTML_MESSAGE }));
    case 'rtl-message':
      return send(res, 403, 'application/json; charset=utf-8', JSON.stringify({ message: RTL_MESSAGE }));
    case 'status-500-silent':
      return send(res, 500, null, '');
  }
}

function decodeOrKeep(text: string | undefined): string | undefined {
  try {
    return text === undefined ? undefined : decodeURIComponent(text);
  } catch {
    return text;
  }
}

function send(res: ServerResponse, status: number, contentType: string | null, body: string): void {
  const headers: Record<string, string> = { 'Content-Length': String(Buffer.byteLength(body)) };
  if (contentType) headers['Content-Type'] = contentType;
  res.writeHead(status, headers);
  res.end(body);
}

function drip(res: ServerResponse, body: string): void {
  const bytes = Buffer.from(body);
  res.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Length': String(bytes.length) });
  res.flushHeaders();
  let sent = 0;
  const timer = setInterval(() => {
    if (sent >= bytes.length) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(bytes.subarray(sent, sent + 1));
    sent += 1;
  }, DRIP_INTERVAL_MS);
  res.on('close', () => clearInterval(timer));
}

/** 10 MB of spaces, written with backpressure; stops when the client goes away. */
function sendHuge(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/xml' }); // chunked: no Content-Length to warn the client
  const chunk = Buffer.alloc(64 * 1024, ' ');
  let left = HUGE_BYTES;
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = () => {
    while (!closed && left > 0) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    if (!closed) res.end();
  };
  pump();
}

/** Ten levels of ten references each: 10^10 "lol"s if a parser expanded it. */
function entityBomb(): string {
  const lines = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 10; i++) lines.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE response [\n  ${lines.join('\n  ')}\n]>\n<response>\n    <dialString>&lol10;</dialString>\n</response>\n`;
}
