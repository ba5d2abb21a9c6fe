/**
 * The provider's `<account>...</account>` document <-> Settings, plus the safe reader of flat
 * XML documents (one root, child elements holding text) that response.ts shares.
 * Safety: no DOCTYPE, so no entity can be declared or expanded (billion laughs, external
 * entities); only the five predefined entities and numeric character references are decoded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fail, ok, type Result } from './result';
import { PROVIDER_KEYS, type ProviderKey, type Settings } from './settings';
import { errorText, escapeXml } from './template';

// ---------------------------------------------------------------------------------------------
// Account XML

/** Parse a provisioned account document; every key it holds is returned, or nothing at all. */
export function parseAccountXml(xml: string): Result<Partial<Settings>> {
  try {
    if (typeof xml !== 'string' || xml.trim() === '') return fail('The account XML is empty.');
    const read = readFlatXml(xml, 'account', 'strict');
    if (!read.ok) return fail(`The account XML cannot be imported: ${read.error}`);

    const settings: Partial<Settings> = {};
    const custom: [string, string][] = [];
    for (const [key, value] of read.value) {
      if (isProviderKey(key)) settings[key] = value;
      else custom.push([key, value]);
    }
    // fromEntries defines own properties, so a key like "constructor" stays plain data.
    if (custom.length > 0) settings.custom = Object.fromEntries(custom);
    return ok(settings);
  } catch (e) {
    return fail(`The account XML cannot be imported (${errorText(e)}).`);
  }
}

/**
 * Settings as an account document that parseAccountXml reads back unchanged.
 * The password is left out unless asked for; defaultCountry and dialMode are ThruDial's own
 * preferences, not Account XML keys, and custom keys that are not XML names cannot be written.
 */
export function toAccountXml(settings: Settings, options: { includePassword?: boolean } = {}): string {
  const lines: string[] = [];
  const written = new Set<string>();
  for (const key of PROVIDER_KEYS) {
    if (key === 'password' && !options.includePassword) continue;
    lines.push(element(key, typeof settings[key] === 'string' ? settings[key] : ''));
    written.add(key);
  }
  for (const [key, value] of Object.entries(settings.custom ?? {})) {
    if (written.has(key) || PROVIDER_KEYS.includes(key as ProviderKey) || !isXmlName(key)) continue;
    if (key === 'password' || key === 'cloud_password') {
      if (!options.includePassword) continue;
    }
    lines.push(element(key, typeof value === 'string' ? value : ''));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<account>\n${lines.join('\n')}\n</account>\n`;
}

function element(name: string, value: string): string {
  return `  <${name}>${encodeText(value)}</${name}>`;
}

/**
 * XML text that survives the reader: the five entities escaped, CR and other control characters
 * as character references (parsers fold CR), edge whitespace as references (the reader trims
 * literal edge whitespace only). NUL and lone surrogates cannot be written; they become U+FFFD.
 */
function encodeText(value: string): string {
  const clean = value.toWellFormed().replace(/\0/g, '\ufffd');
  const escaped = escapeXml(clean).replace(/[\u0001-\u0008\u000b\u000c\u000d\u000e-\u001f\u007f]/g, charRef);
  const lead = /^[ \t\n]*/.exec(escaped)![0];
  const rest = escaped.slice(lead.length);
  const trail = /[ \t\n]*$/.exec(rest)![0];
  const middle = rest.slice(0, rest.length - trail.length);
  return lead.replace(/[ \t\n]/g, charRef) + middle + trail.replace(/[ \t\n]/g, charRef);
}

function charRef(c: string): string {
  return `&#${c.codePointAt(0)};`;
}

function isProviderKey(key: string): key is ProviderKey {
  return (PROVIDER_KEYS as readonly string[]).includes(key);
}

// XML 1.0 Name, ASCII-strict enough for account keys (x-cth-pin, cloud_username, ...).
function isXmlName(name: string): boolean {
  return /^[A-Za-z_:][A-Za-z0-9_:.-]*$/.test(name) && !/^xml/i.test(name) && !RESERVED_NAMES.includes(name);
}

/** Element names fast-xml-parser refuses or renames to prevent prototype pollution. */
const RESERVED_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
];

// ---------------------------------------------------------------------------------------------
// Flat XML reader, shared with response.ts

/**
 * 'strict' (account import): nested elements, repeated keys, stray text and unknown entity
 * references are errors. 'lenient' (service responses): the first occurrence of a key wins,
 * nested elements and stray text are ignored, unknown references stay as written.
 */
export type XmlStrictness = 'strict' | 'lenient';

type XmlNode = Record<string, unknown>;

const PARSER = new XMLParser({
  processEntities: false, // never expand entities; decodeXmlText does the predefined ones
  htmlEntities: false,
  preserveOrder: true, // keeps repeated keys visible
  ignoreAttributes: true,
  parseTagValue: false, // "0123" stays text
  trimValues: false, // trimmed here, so character references at the edges survive
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** The child elements of `rootName` as [name, text] pairs in document order. */
export function readFlatXml(xml: string, rootName: string, strictness: XmlStrictness): Result<[string, string][]> {
  try {
    // Only comments and CDATA may start with <!; a DOCTYPE could declare entities.
    const declaration = /<!(?!--|\[CDATA\[)/.exec(xml);
    if (declaration) return fail('DOCTYPE and entity declarations are not accepted.');
    // The parser would throw on some of these and silently rename others; say so instead.
    for (const match of xml.matchAll(/<\/?([^\s/>!?]+)/g)) {
      if (RESERVED_NAMES.includes(match[1]!)) return fail(`<${match[1]}> cannot be used as an element name.`);
    }
    const valid = XMLValidator.validate(xml);
    if (valid !== true) return fail(`malformed XML (${valid.err.msg} at line ${valid.err.line}).`);

    const top = PARSER.parse(xml) as XmlNode[];
    const roots = top.filter((n) => !('#text' in n) && !('#cdata' in n));
    if (roots.length !== 1) return fail(`expected one <${rootName}> element.`);
    const root = roots[0]!;
    const name = Object.keys(root)[0];
    if (name !== rootName) return fail(`the root element is <${name ?? ''}>, not <${rootName}>.`);

    const entries: [string, string][] = [];
    const seen = new Set<string>();
    for (const child of asNodes(root[rootName])) {
      const key = Object.keys(child)[0] ?? '';
      if (key === '#text' || key === '#cdata') {
        if (strictness === 'strict' && textOf(child).trim() !== '') {
          return fail(`<${rootName}> holds text outside of its elements.`);
        }
        continue;
      }
      const value = elementText(key, asNodes(child[key]), strictness);
      if (!value.ok) {
        if (strictness === 'strict') return value;
        continue;
      }
      if (seen.has(key)) {
        if (strictness === 'strict') return fail(`<${key}> appears more than once.`);
        continue;
      }
      seen.add(key);
      entries.push([key, value.value]);
    }
    return ok(entries);
  } catch (e) {
    return fail(`malformed XML (${errorText(e)}).`);
  }
}

function elementText(key: string, children: XmlNode[], strictness: XmlStrictness): Result<string> {
  const segments: { text: string; cdata: boolean }[] = [];
  for (const child of children) {
    if ('#text' in child) segments.push({ text: String(child['#text'] ?? ''), cdata: false });
    else if ('#cdata' in child) segments.push({ text: textOf(child), cdata: true });
    else if (strictness === 'strict') return fail(`<${key}> holds another element; only text is allowed.`);
  }
  // Trim literal XML whitespace at the edges before decoding, so &#32; etc. are kept.
  while (segments.length > 0) {
    const first = segments[0]!;
    first.text = first.text.replace(/^[ \t\r\n]+/, '');
    if (first.text !== '') break;
    segments.shift();
  }
  while (segments.length > 0) {
    const last = segments[segments.length - 1]!;
    last.text = last.text.replace(/[ \t\r\n]+$/, '');
    if (last.text !== '') break;
    segments.pop();
  }
  let value = '';
  for (const segment of segments) {
    if (segment.cdata) {
      value += segment.text;
      continue;
    }
    const decoded = decodeXmlText(segment.text, strictness);
    if (!decoded.ok) return fail(`<${key}>: ${decoded.error}`);
    value += decoded.value;
  }
  return ok(value);
}

function asNodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? (value.filter((n) => n && typeof n === 'object') as XmlNode[]) : [];
}

function textOf(node: XmlNode): string {
  if ('#text' in node) return String(node['#text'] ?? '');
  if ('#cdata' in node) return asNodes(node['#cdata']).map(textOf).join('');
  return '';
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode the five predefined entities and numeric character references, in one pass. */
export function decodeXmlText(text: string, strictness: XmlStrictness): Result<string> {
  let problem: string | undefined;
  const out = text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z_][A-Za-z0-9_.:-]*);/g, (whole, ref: string) => {
    if (ref[0] !== '#') {
      if (Object.prototype.hasOwnProperty.call(PREDEFINED, ref)) return PREDEFINED[ref]!;
      problem ??= `&${ref}; is not an entity ThruDial knows (only &amp; &lt; &gt; &quot; &apos; and numeric references).`;
      return whole;
    }
    const hex = ref[1] === 'x' || ref[1] === 'X';
    const digits = ref.slice(hex ? 2 : 1);
    const code = digits.length > 8 ? NaN : parseInt(digits, hex ? 16 : 10);
    // XML 1.1's range minus NUL; surrogates are not characters.
    if (Number.isFinite(code) && code >= 1 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
      return String.fromCodePoint(code);
    }
    problem ??= `${whole} is not a valid character reference.`;
    return whole;
  });
  if (problem && strictness === 'strict') return fail(problem);
  return ok(out);
}
