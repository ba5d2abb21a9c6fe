/**
 * The service's raw HTTP answer -> what ThruDial does next: dial, show a message, stay silent,
 * or report an error. Format by Content-Type: JSON, form fields, else XML <response>.
 */
import { problem, type Problem } from './problem';
import { problemOf } from './result';
import { readFlatXml } from './xml';
import { mediaType } from './request';

/** What client.ts hands back: the status, the Content-Type header and the body as text. */
export interface RawResponse {
  status: number;
  contentType: string | null;
  body: string;
}

export type ServiceAnswer =
  | { kind: 'dialString'; dialString: string }
  | { kind: 'message'; message: string }
  | { kind: 'silent' }
  | { kind: 'error'; problem: Problem };

export const MAX_MESSAGE_LENGTH = 500;
/** Far above any real answer; client.ts caps the download, this guards the parser on its own. */
const MAX_BODY_LENGTH = 1_000_000;

export const NO_DIAL_STRING = problem('errNoDialString');

interface Fields {
  dialString?: string;
  message?: string;
}

type Format = 'JSON' | 'form' | 'XML';

export function parseResponse(raw: RawResponse): ServiceAnswer {
  try {
    const status = typeof raw?.status === 'number' ? raw.status : 0;
    const success = status >= 200 && status <= 299;
    const body = typeof raw?.body === 'string' ? raw.body : '';
    const format = formatOf(raw?.contentType ?? null);

    let fields: Fields | Problem | string;
    if (body.length > MAX_BODY_LENGTH) fields = problem('errAnswerTooLong', MAX_BODY_LENGTH);
    else if (body.trim() === '') fields = {}; // an empty body carries no fields in any format
    // trim() also drops a leading byte-order mark, which JSON.parse would reject.
    else fields = format === 'JSON' ? readJson(body.trim()) : format === 'form' ? readForm(body) : readXml(body);

    if (typeof fields === 'string' || 'code' in fields) {
      // The spec: a non-2xx answer without a usable message is silently ignored.
      if (!success) return { kind: 'silent' };
      return { kind: 'error', problem: problem('errResponseUnreadableWhy', fields) };
    }

    const message = cleanMessage(fields.message ?? '');
    if (!success) return message ? { kind: 'message', message } : { kind: 'silent' };
    const dialString = (fields.dialString ?? '').trim();
    if (dialString) return { kind: 'dialString', dialString };
    if (message) return { kind: 'message', message };
    return { kind: 'error', problem: NO_DIAL_STRING };
  } catch {
    return { kind: 'error', problem: problem('errResponseUnreadable') };
  }
}

function formatOf(contentType: string | null): Format {
  const media = mediaType(contentType);
  if (media === 'application/json' || /^[^/]+\/[^/]+\+json$/.test(media)) return 'JSON';
  if (media === 'application/x-www-form-urlencoded') return 'form';
  return 'XML';
}

/** Returns the fields, or what is wrong with the body. */
function readJson(body: string): Fields | Problem {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return problem('errJsonMalformed');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return problem('errJsonNotObject');
  const record = data as Record<string, unknown>;
  return { dialString: scalar(record, 'dialString'), message: scalar(record, 'message') };
}

// Numbers count as text (a dial string may arrive as 12345678); objects and arrays are ignored.
function scalar(record: Record<string, unknown>, key: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(record, key)) return undefined;
  const value = record[key];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function readForm(body: string): Fields {
  const params = new URLSearchParams(body.trim());
  return {
    dialString: params.get('dialString')?.trim() ?? undefined,
    message: params.get('message')?.trim() ?? undefined,
  };
}

function readXml(body: string): Fields | Problem | string {
  const read = readFlatXml(body.trim(), 'response', 'lenient');
  if (!read.ok) return problemOf(read);
  const fields: Fields = {};
  for (const [key, value] of read.value) {
    if (key === 'dialString') fields.dialString = value;
    else if (key === 'message') fields.message = value;
  }
  return fields;
}

/** Shown as plain text to the user: no control characters, bounded length. */
function cleanMessage(message: string): string {
  const clean = message
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > MAX_MESSAGE_LENGTH ? `${clean.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : clean;
}
