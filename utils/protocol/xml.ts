/**
 * A safe reader for the flat XML documents of the protocol (`<response>`, `<account>`):
 * fast-xml-parser with entity processing off, DOCTYPE refused, predefined entities decoded here.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problem as makeProblem, type Problem } from './problem';
import { failProblem, failWith, ok, problemOf, type Result } from './result';
import { errorText } from './template';

/** Element names fast-xml-parser refuses or renames to prevent prototype pollution. */
export const RESERVED_NAMES = [
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
    if (declaration) return failWith('errXmlDoctype');
    // The parser would throw on some of these and silently rename others; say so instead.
    for (const match of xml.matchAll(/<\/?([^\s/>!?]+)/g)) {
      if (RESERVED_NAMES.includes(match[1]!)) return failWith('errXmlReservedName', match[1]!);
    }
    const valid = XMLValidator.validate(xml);
    if (valid !== true) return failWith('errXmlMalformedAt', valid.err.msg.replace(/\.$/, ''), valid.err.line);

    const top = PARSER.parse(xml) as XmlNode[];
    const roots = top.filter((n) => !('#text' in n) && !('#cdata' in n));
    if (roots.length !== 1) return failWith('errXmlOneRoot', rootName);
    const root = roots[0]!;
    const name = Object.keys(root)[0];
    if (name !== rootName) return failWith('errXmlWrongRoot', name ?? '', rootName);

    const entries: [string, string][] = [];
    const seen = new Set<string>();
    for (const child of asNodes(root[rootName])) {
      const key = Object.keys(child)[0] ?? '';
      if (key === '#text' || key === '#cdata') {
        if (strictness === 'strict' && textOf(child).trim() !== '') {
          return failWith('errXmlStrayText', rootName);
        }
        continue;
      }
      const value = elementText(key, asNodes(child[key]), strictness);
      if (!value.ok) {
        if (strictness === 'strict') return value;
        continue;
      }
      if (seen.has(key)) {
        if (strictness === 'strict') return failWith('errXmlRepeated', key);
        continue;
      }
      seen.add(key);
      entries.push([key, value.value]);
    }
    return ok(entries);
  } catch (e) {
    return failWith('errXmlMalformed', errorText(e));
  }
}

function elementText(key: string, children: XmlNode[], strictness: XmlStrictness): Result<string> {
  const segments: { text: string; cdata: boolean }[] = [];
  for (const child of children) {
    if ('#text' in child) segments.push({ text: String(child['#text'] ?? ''), cdata: false });
    else if ('#cdata' in child) segments.push({ text: textOf(child), cdata: true });
    else if (strictness === 'strict') return failWith('errXmlNested', key);
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
    if (!decoded.ok) return failWith('errXmlInElement', key, problemOf(decoded));
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
  let problem: Problem | undefined;
  const out = text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z_][A-Za-z0-9_.:-]*);/g, (whole, ref: string) => {
    if (ref[0] !== '#') {
      if (Object.prototype.hasOwnProperty.call(PREDEFINED, ref)) return PREDEFINED[ref]!;
      problem ??= makeProblem('errXmlUnknownEntity', `&${ref};`);
      return whole;
    }
    const hex = ref[1] === 'x' || ref[1] === 'X';
    const digits = ref.slice(hex ? 2 : 1);
    const code = digits.length > 8 ? NaN : parseInt(digits, hex ? 16 : 10);
    // XML 1.1's range minus NUL; surrogates are not characters.
    if (Number.isFinite(code) && code >= 1 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
      return String.fromCodePoint(code);
    }
    problem ??= makeProblem('errXmlBadReference', whole);
    return whole;
  });
  if (problem && strictness === 'strict') return failProblem(problem);
  return ok(out);
}
