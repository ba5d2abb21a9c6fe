/**
 * The Web Call-Through template language: %account[KEY]%, %targetNumber%, global parameters,
 * %nonce% and %sha1(ARG)%, with each substituted value escaped for where it lands.
 * Everything that is not one of these forms (%20, %2B, unknown %names%, a lone %) passes
 * through byte for byte, and the template's own characters are never escaped.
 */
import { failWith, ok, type Result } from './result';

/** Where an expanded value lands, which decides how it is escaped. */
export type Escaping = 'url' | 'form' | 'json' | 'xml' | 'header' | 'raw';

export interface TemplateContext {
  /** The %account[KEY]% scope (see accountParameters in settings.ts). */
  account: Record<string, string>;
  /** Destination in E.164. */
  targetNumber: string;
  /** Global parameters such as installid and appid. */
  globals: Record<string, string>;
  /** One value per request, the same at every occurrence. */
  nonce: string;
  /** The request goes over https:, so the password may travel in clear. */
  secureTransport: boolean;
}

/**
 * Global device identifiers of the Acrobits apps that a browser does not have;
 * they expand to the empty string unless ctx.globals supplies them.
 */
export const GLOBAL_DEVICE_PARAMETERS: readonly string[] = [
  'imei',
  'imsi',
  'udid',
  'uniqueid',
  'deviceid',
  'device_id',
  'macaddress',
  'serialnumber',
];

/** Account keys that never travel over plain http:. */
export const SECRET_ACCOUNT_KEYS: readonly string[] = ['password', 'cloud_password'];
export const PASSWORD_MASK = '********';

/** Deeper %sha1(%sha1(...)%)% nesting than this is refused instead of recursing without bound. */
const MAX_SHA1_NESTING = 8;

/** 32 lowercase hex characters from the platform's CSPRNG. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return toHex(bytes);
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'account'; key: string }
  | { kind: 'name'; name: string }
  | { kind: 'sha1'; arg: Node[] };

/** Expand `template`, escaping only the substituted values as `escaping` says. */
export async function expandTemplate(
  template: string,
  ctx: TemplateContext,
  escaping: Escaping,
): Promise<Result<string>> {
  try {
    if (typeof template !== 'string') return failWith('errTemplateNotText');
    const parsed = parseTemplate(template, ctx);
    if (!parsed.ok) return parsed;
    let out = '';
    for (const node of parsed.value) {
      if (node.kind === 'text') {
        out += node.text;
      } else if (node.kind === 'sha1') {
        // Hex needs no escaping in any context.
        out += await sha1Node(node.arg, ctx);
      } else {
        const value = valueOf(node, ctx, !ctx.secureTransport);
        const escaped = escapeValue(value, escaping, node);
        if (!escaped.ok) return escaped;
        out += escaped.value;
      }
    }
    return ok(out);
  } catch (e) {
    return failWith('errTemplateExpand', errorText(e));
  }
}

/** SHA-1 of the UTF-8 bytes of `text`, as 40 lowercase hex characters. */
export async function sha1Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}

// ---------------------------------------------------------------------------------------------
// Parsing: one left-to-right scan with a stack for %sha1( ... )%, so a closing `)%` always
// belongs to the innermost open %sha1( and the work stays linear in the template's length.

const ACCOUNT_RE = /^%account\[([^\]%]*)\]%/;
const NAME_RE = /^%([A-Za-z_][A-Za-z0-9_.-]*)%/;
const SHA1_OPEN = '%sha1(';
const SHA1_CLOSE = ')%';

function parseTemplate(template: string, ctx: TemplateContext): Result<Node[]> {
  // Each frame collects the nodes of one %sha1( argument; frame 0 is the template itself.
  const stack: { start: number; nodes: Node[] }[] = [{ start: 0, nodes: [] }];
  let text = '';
  const top = () => stack[stack.length - 1]!;
  const flush = () => {
    if (text) top().nodes.push({ kind: 'text', text });
    text = '';
  };

  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch === ')' && stack.length > 1 && template.startsWith(SHA1_CLOSE, i)) {
      flush();
      const frame = stack.pop()!;
      top().nodes.push({ kind: 'sha1', arg: frame.nodes });
      i += SHA1_CLOSE.length;
      continue;
    }
    if (ch !== '%') {
      text += ch;
      i++;
      continue;
    }
    if (template.startsWith(SHA1_OPEN, i)) {
      if (stack.length > MAX_SHA1_NESTING) {
        return failWith('errTemplateSha1Nesting', MAX_SHA1_NESTING);
      }
      flush();
      stack.push({ start: i, nodes: [] });
      i += SHA1_OPEN.length;
      continue;
    }
    const rest = template.slice(i, i + 512);
    const account = ACCOUNT_RE.exec(rest);
    if (account) {
      flush();
      top().nodes.push({ kind: 'account', key: account[1]! });
      i += account[0].length;
      continue;
    }
    const name = NAME_RE.exec(rest);
    if (name && isKnownName(name[1]!, ctx)) {
      flush();
      top().nodes.push({ kind: 'name', name: name[1]! });
      i += name[0].length;
      continue;
    }
    // Not a placeholder (%20, %2B, unknown %names%, a lone %): keep the % as written.
    text += ch;
    i++;
  }
  flush();

  // A %sha1( that never closed is plain text: put its literal opening back in front of its content.
  while (stack.length > 1) {
    const frame = stack.pop()!;
    const parent = top().nodes;
    parent.push({ kind: 'text', text: SHA1_OPEN }, ...frame.nodes);
  }
  return ok(stack[0]!.nodes);
}

function isKnownName(name: string, ctx: TemplateContext): boolean {
  return (
    name === 'targetNumber' ||
    name === 'nonce' ||
    hasOwn(ctx.globals, name) ||
    GLOBAL_DEVICE_PARAMETERS.includes(name)
  );
}

// ---------------------------------------------------------------------------------------------
// Values

function valueOf(node: Node, ctx: TemplateContext, maskSecrets: boolean): string {
  if (node.kind === 'account') {
    if (maskSecrets && SECRET_ACCOUNT_KEYS.includes(node.key)) return PASSWORD_MASK;
    return stringAt(ctx.account, node.key);
  }
  if (node.kind === 'name') {
    if (node.name === 'targetNumber') return asString(ctx.targetNumber);
    if (node.name === 'nonce') return asString(ctx.nonce);
    return stringAt(ctx.globals, node.name);
  }
  return '';
}

/** The argument of %sha1(...)% is expanded without escaping and with the real password. */
async function sha1Node(arg: Node[], ctx: TemplateContext): Promise<string> {
  let text = '';
  for (const node of arg) {
    if (node.kind === 'text') text += node.text;
    else if (node.kind === 'sha1') text += await sha1Node(node.arg, ctx);
    else text += valueOf(node, ctx, false);
  }
  return sha1Hex(text);
}

function escapeValue(value: string, escaping: Escaping, node: Node): Result<string> {
  switch (escaping) {
    case 'url':
      // encodeURIComponent throws on lone surrogates; U+FFFD is what fetch would send anyway.
      return ok(encodeURIComponent(value.toWellFormed()));
    case 'form':
      return ok(new URLSearchParams([['v', value]]).toString().slice(2));
    case 'json':
      return ok(JSON.stringify(value).slice(1, -1));
    case 'xml':
      return ok(escapeXml(value));
    case 'header':
      if (/[\r\n]/.test(value)) {
        return failWith('errTemplateHeaderLineBreak', placeholderText(node));
      }
      return ok(value);
    case 'raw':
      return ok(value);
    default:
      return failWith('errTemplateEscaping', String(escaping));
  }
}

/** The five XML predefined entities; enough for text and attribute values. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function placeholderText(node: Node): string {
  if (node.kind === 'account') return `%account[${node.key}]%`;
  if (node.kind === 'name') return `%${node.name}%`;
  return '%…%'; // not reached: only account and name nodes are escaped
}

// Own properties only: a key such as "constructor" must not reach Object.prototype.
function stringAt(record: Record<string, string> | undefined, key: string): string {
  if (!record || !hasOwn(record, key)) return '';
  return asString(record[key]);
}
function hasOwn(record: Record<string, string> | undefined, key: string): boolean {
  return !!record && Object.prototype.hasOwnProperty.call(record, key);
}
function asString(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
