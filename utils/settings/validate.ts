/**
 * Checks a Settings object before it is saved. Pure: each problem is a code with parameters
 * (utils/protocol/problem.ts) that the options page says beside its field; errors block saving, warnings do not.
 */
import { isSupportedCountry } from 'libphonenumber-js';
import { toTelUri } from '../protocol/dial';
import { HTTP_TOKEN } from '../protocol/request';
import { problem, type Problem, type ProblemCode } from '../protocol/problem';
import { isSetUp } from './readiness';
import { fieldChoices, FIELDS, MAX_CUSTOM_PARAMETERS, MAX_VALUE_LENGTH, SECONDS_RE } from './fields';
import { PROVIDER_KEYS, type Settings } from './settings';

export interface SettingsProblem {
  /** A Settings key, or `custom.N` for the N-th custom account parameter row. */
  field: keyof Settings | string;
  /** What is wrong, as a code with parameters (utils/protocol/problem.ts); pages say it with tProblem. */
  problem: Problem;
  severity: 'error' | 'warning';
}

/** A custom account parameter as edited on the options page, before it becomes `Settings.custom`. */
export interface CustomRow {
  key: string;
  value: string;
}

/** The methods the form offers and Save accepts ('' = automatic). */
export const METHODS: readonly string[] = FIELDS.cth_ws_method.choices;
const MAX_TIMEOUT_SECONDS: number = FIELDS.cth_ws_timeout.maxSeconds;

/** type/subtype with optional parameters, e.g. `application/json; charset=utf-8`. */
const MEDIA_TYPE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\/[!#$%&'*+\-.^_`|~0-9A-Za-z]+\s*(;.*)?$/;
/** `%sha1(...)%` hashes its argument, so a password inside it never travels in clear. */
const SHA1_CALL = /%sha1\(.*?\)%/g;
const CLEAR_PASSWORD = /%account\[(password|cloud_password)\]%/;
/** Any placeholder, replaced by a sample value so the URL template can be parsed. */
const PLACEHOLDER = /%sha1\(.*?\)%|%[A-Za-z_][\w-]*(\[[^\]%]*\])?%/g;

const error = (field: string, p: Problem): SettingsProblem => ({ field, problem: p, severity: 'error' });
const warning = (field: string, p: Problem): SettingsProblem => ({ field, problem: p, severity: 'warning' });

/**
 * Every problem with `s`, in the order the options page shows its fields. Pass `customRows`
 * when validating the page's rows, so that empty or duplicate names can be reported per row.
 */
export function validateSettings(s: Settings, customRows?: readonly CustomRow[]): SettingsProblem[] {
  // Oversized values are reported alone: the checks below are not meant for megabytes of text.
  const oversized = validateSizes(s, customRows);
  if (oversized.length > 0) return oversized;
  const problems: SettingsProblem[] = [];
  const url = s.cth_ws_url.trim();
  const scheme = url ? serviceUrlScheme(url) : undefined;

  // Without a service URL, 'always' and 'fallback' dial from the local template instead.
  if (!isSetUp(s)) {
    problems.push(warning('cth_ws_url', problem('vNoUrl')));
  } else if (url && scheme === undefined) {
    problems.push(error('cth_ws_url', problem('vUrlInvalid', 'https://example.com/callthrough/?to=%targetNumber%')));
  } else if (url && scheme !== 'http:' && scheme !== 'https:') {
    problems.push(error('cth_ws_url', problem('vUrlScheme')));
  }

  if (!METHODS.includes(s.cth_ws_method)) {
    problems.push(error('cth_ws_method', problem('vMethod', METHODS.slice(1).join(', '))));
  } else if ((s.cth_ws_method === 'GET' || s.cth_ws_method === 'HEAD') && s.cth_ws_postData.trim()) {
    problems.push(warning('cth_ws_method', problem('vMethodBody', s.cth_ws_method)));
  }

  const contentType = s.cth_ws_contentType.trim();
  if (contentType && !MEDIA_TYPE.test(contentType)) {
    problems.push(error('cth_ws_contentType', problem('vContentType')));
  }

  problems.push(...validateHeaders(s.cth_ws_customHeaders));

  const timeout = s.cth_ws_timeout.trim();
  if (timeout) {
    const seconds = SECONDS_RE.test(timeout) ? Number(timeout) : NaN;
    if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
      problems.push(error('cth_ws_timeout', problem('vTimeout', MAX_TIMEOUT_SECONDS)));
    }
  }

  problems.push(...validateCustom(customRows ?? Object.entries(s.custom).map(([key, value]) => ({ key, value }))));

  if (!isSupportedCountry(s.defaultCountry)) {
    problems.push(error('defaultCountry', problem('vCountry')));
  }

  if (!fieldChoices('dialMode')!.includes(s.dialMode)) {
    problems.push(error('dialMode', problem('vDialMode')));
  }

  problems.push(...validateOffline(s));

  if (scheme === 'http:') {
    const templates = [s.cth_ws_url, s.cth_ws_postData, s.cth_ws_customHeaders];
    if (templates.some((t) => CLEAR_PASSWORD.test(t.replace(SHA1_CALL, '')))) {
      problems.push(warning('cth_ws_url', problem('vHttpPassword', '%sha1(%nonce%%account[password]%)%')));
    }
  }
  return problems;
}

/** The scheme (`https:`) of a URL template, or undefined when it does not parse even with its placeholders filled in. */
function serviceUrlScheme(template: string): string | undefined {
  try {
    return new URL(template.replace(PLACEHOLDER, 'placeholder')).protocol;
  } catch {
    return undefined;
  }
}

/** Call-through without a web service: the mode, and an access number a phone can dial. */
function validateOffline(s: Settings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!fieldChoices('offlineMode')!.includes(s.offlineMode)) {
    problems.push(error('offlineMode', problem('vOfflineMode')));
  }
  const access = s.cth_access_number.trim();
  if (!access) {
    if (s.offlineMode === 'always' || s.offlineMode === 'fallback') {
      problems.push(error('cth_access_number', problem('vAccessMissing')));
    }
  } else {
    const dial = toTelUri(access);
    if (!dial.ok) {
      problems.push(error('cth_access_number', problem('vAccessInvalid')));
    }
  }
  return problems;
}

function validateHeaders(text: string): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  // A literal `\n` separates headers too, as in the Account XML.
  const lines = text.split(/\r?\n|\\n/).map((line) => line.trim()).filter(Boolean);
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    if (colon < 0) {
      problems.push(error('cth_ws_customHeaders', problem('vHeaderLine', line)));
    } else if (!HTTP_TOKEN.test(name)) {
      problems.push(error('cth_ws_customHeaders', problem('vHeaderName', name)));
    }
  }
  return problems;
}

function validateCustom(rows: readonly CustomRow[]): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = row.key.trim();
    const field = `custom.${index}`;
    if (!key) {
      problems.push(error(field, problem('vCustomEmpty')));
    } else if (/[\s%[\]<>&]/.test(key)) {
      problems.push(error(field, problem('vCustomChars', key)));
    } else if ((PROVIDER_KEYS as readonly string[]).includes(key)) {
      problems.push(error(field, problem('vCustomProvider', key)));
    } else if (seen.has(key)) {
      problems.push(error(field, problem('vCustomTwice', key)));
    }
    seen.add(key);
  });
  return problems;
}

/**
 * A setting's name inside a sentence (`field_<key>`, e.g. "The service URL"); other keys are
 * shown quoted. Every declared text field has one (tests/setting-fields.test.ts).
 */
function fieldLabel(key: string): Problem {
  return Object.hasOwn(FIELDS, key) && key !== 'custom' ? problem(`field_${key}` as ProblemCode) : problem('vQuoted', key);
}

/** Limits that keep storage, the message guard (10,000 characters) and every other check within bounds. */
function validateSizes(s: Settings, customRows?: readonly CustomRow[]): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const max = MAX_VALUE_LENGTH;
  for (const [key, value] of Object.entries(s)) {
    if (typeof value === 'string' && value.length > MAX_VALUE_LENGTH)
      problems.push(error(key, problem('vTooLong', fieldLabel(key), value.length, max)));
  }
  const rows = customRows ?? Object.entries(s.custom).map(([key, value]) => ({ key, value }));
  if (rows.length > MAX_CUSTOM_PARAMETERS) {
    problems.push(error(`custom.${MAX_CUSTOM_PARAMETERS}`,
      problem('vTooManyCustom', rows.length, MAX_CUSTOM_PARAMETERS)));
  }
  rows.slice(0, MAX_CUSTOM_PARAMETERS).forEach((row, index) => {
    const what = row.key.length > MAX_VALUE_LENGTH ? 'vTooLongCustomName' : row.value.length > MAX_VALUE_LENGTH ? 'vTooLongCustomValue' : undefined;
    if (what) problems.push(error(`custom.${index}`, problem(what, index + 1, Math.max(row.key.length, row.value.length), max)));
  });
  return problems;
}
