/**
 * The provider's `<account>...</account>` document <-> Settings, plus the safe reader of flat
 * XML documents (one root, child elements holding text) that response.ts shares.
 * Safety: no DOCTYPE, so no entity can be declared or expanded (billion laughs, external
 * entities); only the five predefined entities and numeric character references are decoded.
 */
import { failWith, ok, problemOf, type Result } from './result';
import { SECRET_ACCOUNT_PARAMETERS, SECRET_KEYS } from '../settings/fields';
import { PROVIDER_KEYS, type ProviderKey, type Settings } from '../settings/settings';
import { errorText, escapeXml } from './template';
import { readFlatXml, RESERVED_NAMES } from './xml';

// ---------------------------------------------------------------------------------------------
// Account XML

/** Parse a provisioned account document; every key it holds is returned, or nothing at all. */
export function parseAccountXml(xml: string): Result<Partial<Settings>> {
  try {
    if (typeof xml !== 'string' || xml.trim() === '') return failWith('errAccountXmlEmpty');
    const read = readFlatXml(xml, 'account', 'strict');
    if (!read.ok) return failWith('errAccountXmlCannot', problemOf(read));

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
    return failWith('errAccountXmlBroken', errorText(e));
  }
}

/**
 * Settings as an account document that parseAccountXml reads back unchanged.
 * Secrets (the password, cloud_password) are left out unless asked for; defaultCountry and dialMode are ThruDial's own
 * preferences, not Account XML keys, and custom keys that are not XML names cannot be written.
 */
export function toAccountXml(settings: Settings, options: { includePassword?: boolean } = {}): string {
  const lines: string[] = [];
  const written = new Set<string>();
  for (const key of PROVIDER_KEYS) {
    if (isSecret(key) && !options.includePassword) continue;
    lines.push(element(key, typeof settings[key] === 'string' ? settings[key] : ''));
    written.add(key);
  }
  for (const [key, value] of Object.entries(settings.custom ?? {})) {
    if (written.has(key) || PROVIDER_KEYS.includes(key as ProviderKey) || !isXmlName(key)) continue;
    if (isSecret(key) && !options.includePassword) continue;
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

/** Secret fields (the password) and secret account parameters (cloud_password), as settings/fields.ts declares them. */
function isSecret(key: string): boolean {
  return (SECRET_KEYS as readonly string[]).includes(key) || (SECRET_ACCOUNT_PARAMETERS as readonly string[]).includes(key);
}

function isProviderKey(key: string): key is ProviderKey {
  return (PROVIDER_KEYS as readonly string[]).includes(key);
}

// XML 1.0 Name, ASCII-strict enough for account keys (x-cth-pin, cloud_username, ...).
function isXmlName(name: string): boolean {
  return /^[A-Za-z_:][A-Za-z0-9_:.-]*$/.test(name) && !/^xml/i.test(name) && !RESERVED_NAMES.includes(name);
}
