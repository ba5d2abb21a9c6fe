/**
 * Matcher: page text -> phone number matches. Pure: no DOM, no browser APIs.
 * libphonenumber-js finds the candidates (leniency VALID); the guards below drop the shapes it
 * still accepts that a reader would never take for a phone number (dates, IPs, versions, prices,
 * references, fax lines), reading the candidate's shape, its neighbours and its label.
 */
import {
  Metadata,
  findPhoneNumbersInText,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { normalizeCountry } from '@/utils/country';

export interface NumberMatch {
  /** UTF-16 offsets into the text given to findNumberMatches, end exclusive. */
  start: number;
  end: number;
  /** The text as it appears on the page (not normalized). */
  text: string;
  /** The country the number was read for, when it is written in national format. */
  country?: string;
}

/** What the page says around a run of text, for labels the run itself does not hold. */
export interface MatchContext {
  /** The text just before the run: the previous table cell, the <dt> of a <dd>, a label element. */
  labelBefore?: () => string;
  /** Whether the page text [start, end) lies inside a tel: link. */
  inTelLink?: (start: number, end: number) => boolean;
}

/**
 * Text as libphonenumber-js should see it: every kind of space (no-break, thin, narrow,
 * line breaks) -> one ' ' per run, as the page renders it; full-width digits and signs -> ASCII.
 * libphonenumber-js knows some of these, not all, and allows only a few separators in a row.
 * `origin[i]` is the index in the page text of character i.
 */
export function normalizeForMatching(text: string): { text: string; origin: number[] } {
  const { text: out, origin } = normalize(text);
  return { text: out, origin: origin ?? Array.from({ length: text.length }, (_, i) => i) };
}

/** Anything normalize changes: a character outside printable ASCII, a control or a second space. */
const NEEDS_NORMALIZING = /[^\x21-\x7E ]| {2}/;

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** normalizeForMatching; `origin` is undefined when the text is unchanged (then origin[i] = i). */
function normalize(text: string): { text: string; origin?: number[] } {
  if (!NEEDS_NORMALIZING.test(text)) return { text };
  const parts: string[] = [];
  const origin: number[] = [];
  let copyFrom = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (code !== 0x20 || inSpace) {
        parts.push(text.slice(copyFrom, i));
        copyFrom = i + 1;
        if (!inSpace) {
          parts.push(' ');
          origin.push(i);
        }
      } else origin.push(i);
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (code >= 0xff01 && code <= 0xff5e) {
      parts.push(text.slice(copyFrom, i), String.fromCharCode(code - 0xfee0));
      copyFrom = i + 1;
    }
    origin.push(i);
  }
  parts.push(text.slice(copyFrom));
  return { text: parts.join(''), origin };
}

/**
 * Cheap exit before any matching: a phone number needs at least 7 digits (ASCII or full-width),
 * at most 3 characters apart, and those characters are ones libphonenumber-js accepts between
 * digit groups (its VALID_PUNCTUATION: dashes, slashes, dots, brackets, tildes, spaces; the page's
 * other spaces become ' ' in normalize). "€ 12.345,00", "v1.2 build 345" or "a1b2c3d4e5f6g7" never reach it.
 */
const SEVEN_DIGITS =
  /[0-9\uFF10-\uFF19](?:[-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E.\s\u00A0\u00AD\u1680\u2000-\u200B\u2060\u202F\u205F\u3000\uFEFF()\uFF08\uFF09\uFF3B\uFF3D[\]~\u2053\u223C\uFF5E+\uFF0B]{0,3}[0-9\uFF10-\uFF19]){6}/;
export function mayHoldNumber(text: string): boolean {
  return SEVEN_DIGITS.test(text);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const CURRENCY = /\p{Sc}/u;

// ---- shapes ------------------------------------------------------------------------------

/** ISO dates and day/month/year or month/day/year dates with plausible parts. */
function isDateShaped(s: string): boolean {
  let m = /^(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})$/.exec(s);
  if (m) return plausibleYear(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31;
  m = /^(\d{1,2})([-./])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    const monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    // Two-digit years are only taken with '/', '-' or four-digit years: 01.23.45 is a French fragment, not a date.
    return (dayMonth || monthDay) && (m[4]!.length === 4 ? plausibleYear(m[4]!) : m[2] !== '.');
  }
  return false;
}

/** One end of a date range: a date, a month (03/2016, 2016-03) or a bare year. */
function isDatePart(s: string): boolean {
  if (isDateShaped(s)) return true;
  let m = /^(\d{1,2})[-./](\d{4})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 && plausibleYear(m[2]!);
  m = /^(\d{4})[-./](\d{1,2})$/.exec(s);
  if (m) return plausibleYear(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return /^\d{4}$/.test(s) && plausibleYear(s);
}

/** Ranges are split at en/em dashes and spaced hyphens: `2015 – 03/2016`, `03/2015 - 11/2016`. */
const RANGE_SEPARATOR = /\s*[\u2013\u2014]\s*|\s+[-\u2212]\s+/;

function isDateRange(s: string): boolean {
  const parts = s.split(RANGE_SEPARATOR);
  return parts.length > 1 && parts.some(isDatePart);
}

function plausibleYear(y: string): boolean {
  const n = Number(y);
  return n >= 1900 && n <= 2199;
}

/** Shapes that are never dialled: dotted quads (IPs), three or more dot groups after a leading 1-3 digit group without a trunk zero. */
function isTechnicalShape(s: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) return true; // IPv4
  if (/^\d+(\.\d+)+$/.test(s) && !/^[0+]/.test(s) && s.split('.').some((g) => g.length > 4)) return true; // 10.0.19041.1234
  if (/\d,\d{1,2}$/.test(s)) return true; // 2 133 734,25: a decimal amount
  return false;
}

/** Written without the international form: no '+', no 00/011 prefix before the country code. */
function isNationalForm(shape: string, number: PhoneNumber): boolean {
  if (shape.startsWith('+')) return false;
  const digits = shape.replace(/\D/g, '');
  const at = digits.indexOf(number.nationalNumber);
  const before = at > 0 ? digits.slice(0, at) : '';
  return !(before !== '' && before.replace(/0$/, '').endsWith(number.countryCallingCode) && /^(?:00|011)/.test(before));
}

// ---- how the digits are written ----------------------------------------------------------

/** The parts of libphonenumber-js's metadata format objects used here (not in its typings). */
interface NumberFormat {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  nationalPrefixIsOptionalWhenFormattingInNationalFormat(): boolean;
}
const metadata = new Metadata();
const compiled = new Map<string, RegExp>();
const regExpOf = (source: string) => compiled.get(source) ?? compiled.set(source, new RegExp(source)).get(source)!;

/** The national-number format libphonenumber-js would use for this number, if any. */
function formatOf(number: PhoneNumber): NumberFormat | undefined {
  const country = number.country;
  if (!country) return undefined;
  metadata.selectNumberingPlan(country);
  const nn = number.nationalNumber;
  const plan = metadata.numberingPlan as unknown as { formats(): NumberFormat[] } | undefined;
  for (const format of plan?.formats() ?? []) {
    const leading = format.leadingDigitsPatterns();
    if (leading.length && !regExpOf(`^(?:${leading[leading.length - 1]})`).test(nn)) continue;
    if (regExpOf(`^(?:${format.pattern()})$`).test(nn)) return format;
  }
  return undefined;
}

/**
 * A number in national format is written with its trunk prefix where the country writes one:
 * "030 12345678" is a Berlin number, a bare "3012345678" is more likely an order number.
 * The trunk may be left out where the country's own format says it is optional (India's
 * "98765 43210"), or next to a phone label. A number the country has no national format for
 * (German "164 07 57") needs the country's trunk prefix, label or not. Numbers with +CC or an
 * international prefix are taken as they are.
 */
function writtenLikeItsCountry(shape: string, number: PhoneNumber, hasPhoneCue: boolean): boolean {
  if (shape.startsWith('+')) return true;
  const digits = shape.replace(/\D/g, '');
  if (!digits.endsWith(number.nationalNumber)) return true;
  const before = digits.slice(0, digits.length - number.nationalNumber.length);
  if (before !== '' && before.endsWith(number.countryCallingCode)) return true; // 00 49 ..., 011 44 ...
  const formatted = number.formatNational().replace(/\D/g, '');
  const trunk = formatted.slice(0, formatted.length - (number.ext?.length ?? 0) - number.nationalNumber.length);
  if (trunk !== '') {
    if (before === trunk) return true;
    if (before !== '') return false;
    return hasPhoneCue || formatOf(number)?.nationalPrefixIsOptionalWhenFormattingInNationalFormat() === true;
  }
  // Formatted without a trunk by the country itself (Australia's 1300, India's 1800): as written.
  if (formatOf(number)) return true;
  // No national format at all (German pagers "164…", Dutch "14 030"): the country's own trunk
  // prefix is the only sign the digits are a number to call, label or not.
  const prefix = countryNationalPrefix(number);
  return prefix === undefined || before === prefix;
}

/** The trunk prefix of the number's country (0 in most of Europe, 1 in the US), if it has one. */
function countryNationalPrefix(number: PhoneNumber): string | undefined {
  if (!number.country) return undefined;
  metadata.selectNumberingPlan(number.country);
  const plan = metadata.numberingPlan as unknown as { nationalPrefix(): string | undefined } | undefined;
  return plan?.nationalPrefix() || undefined;
}

/**
 * Where the written digit groups break, in national-number positions (the trunk and country
 * code are left out), for the part before any extension.
 */
function writtenBreaks(shape: string, nationalNumber: string): number[] | undefined {
  const breaks: number[] = [];
  let digits = '';
  let gap = false;
  for (const ch of shape) {
    if (ch >= '0' && ch <= '9') {
      if (gap && digits) breaks.push(digits.length);
      gap = false;
      digits += ch;
      if (digits.endsWith(nationalNumber)) {
        const offset = digits.length - nationalNumber.length;
        return breaks.map((b) => b - offset).filter((b) => b > 0);
      }
    } else gap = true;
  }
  return undefined;
}

/**
 * The written groups fit the way the number is formatted (a tolerant STRICT_GROUPING):
 * "Model 2133-7342-53" and "124.0.6367.207" break the area code or exchange apart. Allowed:
 * - the area code (the first formatted group) written on its own, then groups of 2 to 4 digits:
 *   Dutch "030 231 45 67" and "0318 12 34 56", Belgian "02 512 34 56";
 * - any split of a formatted group of five or more digits (German and Austrian subscriber
 *   numbers, India's 5-5 mobiles written 3-3-4);
 * - up to `nearMissesAllowed` breaks a digit away from the formatted ones
 *   (UK "0207 946 0958", French "0 800 123 456").
 */
function groupingFits(shape: string, number: PhoneNumber, nearMissesAllowed = 1): boolean {
  const written = writtenBreaks(shape, number.nationalNumber);
  if (!written || written.length === 0) return true;
  const groups = number
    .formatInternational()
    .replace(/^\+\d+\s*/, '')
    .replace(/\s*ext\..*$/, '')
    .split(/\D+/)
    .filter(Boolean);
  const ends: number[] = [];
  let at = 0;
  for (const g of groups) ends.push((at += g.length));
  const total = number.nationalNumber.length;
  if (written[0] === ends[0] && written.every((b, i) => {
    const size = (i + 1 < written.length ? written[i + 1]! : total) - b;
    return size >= 2 && size <= 4;
  }))
    return true;
  let nearMisses = 0;
  for (const b of written) {
    if (ends.includes(b)) continue;
    let start = 0;
    const free = ends.some((end) => {
      const inside = b > start && b < end && end - start >= 5;
      start = end;
      return inside;
    });
    if (free) continue;
    if (ends.some((end) => Math.abs(end - b) === 1) && ++nearMisses <= nearMissesAllowed) continue;
    return false;
  }
  return true;
}

/**
 * A customary grouping the country's own format does not use, taken when a phone label stands
 * right before the number: Norwegian "412 34 567", Portuguese "213 456 789". The written groups
 * (national number, trunk left out) are at most five, the first 1 to 4 digits, the others 2 to 4.
 */
function plausibleGrouping(shape: string, number: PhoneNumber): boolean {
  const written = writtenBreaks(shape, number.nationalNumber);
  if (!written) return false;
  const bounds = [0, ...written, number.nationalNumber.length];
  if (bounds.length - 1 > 5) return false;
  for (let i = 1; i < bounds.length; i++) {
    const size = bounds[i]! - bounds[i - 1]!;
    if (size > 4 || size < (i === 1 ? 1 : 2)) return false;
  }
  return true;
}

// ---- neighbours --------------------------------------------------------------------------

/** ISO 4217 codes and currency words that mark an amount when written next to the digits. */
const CURRENCY_WORDS = new Set(
  ('USD EUR GBP CHF JPY CNY RMB INR BRL CAD AUD NZD MXN CZK PLN SEK NOK DKK HUF RON BGN RUB UAH TRY ZAR KRW HKD SGD TWD ' +
    'THB IDR MYR PHP VND ILS AED SAR QAR KWD EGP NGN KES ARS CLP COP PEN ISK RSD Kč zł kr Ft lei Rs Rp ' +
    'euro euros dollar dollars yen yuan rupees reais francs pounds').split(' '),
);
const WORD_BEFORE = /([\p{L}$]+)[\s.:]*$/u;
const WORD_AFTER = /^[\s.]*([\p{L}]+)/u;

function isAmount(text: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (before && (CURRENCY_WORDS.has(before[1]!) || /^[A-Z]{0,2}\$$/.test(before[1]!))) return true;
  const after = WORD_AFTER.exec(text.slice(end, end + 10));
  return Boolean(after && CURRENCY_WORDS.has(after[1]!));
}

/** Why a candidate is rejected by its neighbours: glued to a word, a path, a decimal, a time or an amount. */
function hasBadNeighbours(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  if (LETTER_OR_DIGIT.test(before) || LETTER_OR_DIGIT.test(after)) return true;
  if (before === '/' || after === '/' || before === '\\' || after === '\\') return true;
  if (/[.,:]/.test(before) && DIGIT.test(before2)) return true;
  if (/[.,:]/.test(after) && DIGIT.test(after2)) return true;
  if (before === '@' || after === '@' || before === '#' || before === '_' || after === '_') return true;
  if (before === '=' || before === '?' || before === '&') return true;
  // Glued by a hyphen to a word or more digits: SKU AB-2133734253, element-0201234567-wrapper.
  if (before === '-' && LETTER_OR_DIGIT.test(before2)) return true;
  if (after === '-' && LETTER_OR_DIGIT.test(after2)) return true;
  if (after === '%') return true;
  // Amounts: "$ 1 234 567", "1 234 567 €".
  const lead = text.slice(Math.max(0, start - 2), start).trim();
  const trail = text.slice(end, end + 2).trim();
  if ((lead && CURRENCY.test(lead.slice(-1))) || (trail && CURRENCY.test(trail[0]!))) return true;
  return false;
}

/** Inside a URL, an e-mail address or an identifier: the whitespace-delimited token says so. */
const IDENTIFIER_MARK = /:\/\/|www\.|[@=?&_#]|[\p{L}.]\//u;

function insideIdentifier(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && a > start - 200 && text[a - 1] !== ' ') a--;
  let b = end;
  while (b < text.length && b < end + 200 && text[b] !== ' ') b++;
  return IDENTIFIER_MARK.test(text.slice(a, start)) || IDENTIFIER_MARK.test(text.slice(end, b));
}

// ---- labels ------------------------------------------------------------------------------

type Label = 'phone' | 'fax' | 'reference' | 'qualifier' | 'number';

/**
 * Fax lines: Fax, Telefax, Fax-Nr., Faxnummer, Télécopie, Faks, Факс, Φαξ, 팩스, ファックス,
 * 传真/傳真 (full-width too, once normalized). Matched on whole tokens (TOKEN splits on any
 * script's letters, not \b); the CJK words also inside compounds (公司传真, 대표팩스).
 */
const FAX_WORD = /^(?:tele)?fax|^t[ée]l[ée]copie|^faks|^(?:теле)?факс|^φαξ|^τηλεομοιοτυπ|팩스|ファ(?:ッ)?クス|传真|傳真/;
/** Phone labels and call verbs, also inside compounds (Telefonnummer, Bestellhotline, 電話番号). */
const PHONE_PART = /t[eé]l[eé]f|^servicen(?:umme)?r|t[eé]l[eé]ph|phone|mobil|m[oó]vil|handy|natel|portable|celular|cellulare|whatsapp|hotline|helpline|rufnummer|durchwahl|zentrale|switchboard|vaihde|freephone|freecall|appel|ll[aá]m|chiam|ligue|volej|zadzwo|電話|携帯|フリーダイヤル|电话|手机|전화|휴대폰|телеф|τηλέφ|τηλεφ|κινητ/;
const PHONE_WORD = /^(?:t|p|m|ph|tel|tél|tlf|fon|fón|cell|cel|mob|call|ring|dial|bel|sms|kontakt|contact|тел|моб|τηλ|κιν)$/;
/**
 * Labels of numbers that are never phone numbers: invoices, tracking, bank accounts and codes,
 * tax and company ids, product codes. Prefixes, so compounds count (Rechnungsnr., Auftragsnummer).
 */
const REFERENCE_PART =
  /^(?:invoice|rechnung|factu|fattur|auftrag|bestell|kunden(?:nummer|nr)|mitglieds(?:nummer|nr)|referen|réf|ref|tracking|sendung|shipment|parcel|paket|confirm|bestätig|code|codice|serial|serie|model|artikel|sku|iban|konto(?!r)|sort|routing|swift|steuer|fiscal|partita|siret|siren|aadhaar|gstin|symbol|akten|voucher|coupon|gutschein|imei|licen|lizenz|receipt|beleg|vorgang|matricul|dossier|isbn|issn|gtin|ondernemingsn|version|firmware|revision)|注文|番号|品番|型番|口座|法人|会員/;
/**
 * Words that name a reference only together with a number word ("Order no.", "Commande n°",
 * "Customer number"); alone they name a line to call ("Orders:", "Service client :").
 */
const QUALIFIER_PART =
  /^(?:order|customer|client|member|kunde|mitglied|booking|buchung|reservation|account|contract|vertrag|case|ticket|policy|claim|transaction|lot|batch|item|product|produkt|part|company|entreprise|enterprise|onderneming|unternehmen|commande|pedido|ordine|encomenda|regist)/;
/** Short all-caps ids, case-sensitive so that Spanish "sin" or "pan" are no ids. */
const REFERENCE_ACRONYM =
  /^(?:BIC|BLZ|BSB|IFSC|SSN|SIN|EIN|TFN|ABN|ACN|VAT|BTW|TVA|IVA|MWST|UST|USt|CF|PAN|PIN|PUK|UID|FN|HRB|HRA|NIF|NIE|CIF|DNI|CPF|CNPJ|KVK|KvK|NIP|REGON|PESEL|PNR|EAN|UPC|JAN|ID|IČO|DIČ|ICO|DIC|RIB|SKU|VS|Az|KBO|BCE)$/;
/**
 * Words for a desk or line that serves a reference's business: "Paket servis:", "Invoice
 * department:", "Kundenbüro:" name a line to call, so a reference word before them says nothing.
 */
const SERVICE_PART = /^(?:servi[cçsz]|support|helpdesk|desk|abteilung|department|office|kontor|büro|bureau|afdeling|avdeling)/;
/** A service line's own word, before a number word ("Service-Nummer", "Servicenr."). */
const SERVICE_LINE = /^service$/;
/** "No.", "Nr.", "n°", "#", "number": which number is said by the word before. */
const NUMBER_WORD = /^(?:n|no|nr|n°|nº|№|#|num|number|nummer|numéro|numero|número|čislo|číslo)$/;
/** Words that say the digits after them are a version, a build or a page, whole words only ("Building 5" is an address). */
const VERSION_WORD = /^(?:build|seite|page|página|pagina|versión|versione|verze|wersja)$/;
const PHONE_SYMBOL = /[☎☏✆📞📱🕿℡]/u;
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}°º]*|[#№]/gu;
/** The last boundary a label does not reach across. */
const LABEL_STOP = /[|·•;](?=[^|·•;]*$)/;

function classify(token: string): Label | undefined {
  if (token === 'F') return 'fax'; // "T … F …" letterheads, "F: +44 …"
  if (REFERENCE_ACRONYM.test(token)) return 'reference';
  const lower = token.toLowerCase();
  if (FAX_WORD.test(lower)) return 'fax';
  if (PHONE_WORD.test(lower) || PHONE_PART.test(lower)) return 'phone';
  if (NUMBER_WORD.test(lower)) return 'number';
  if (VERSION_WORD.test(lower)) return 'reference';
  // A plural names a department to call ("Invoices:", "Bookings:"), not one reference.
  const word = lower.length > 4 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (word !== lower && (REFERENCE_PART.test(word) || QUALIFIER_PART.test(word))) return undefined;
  if (REFERENCE_PART.test(lower)) return 'reference';
  if (QUALIFIER_PART.test(lower)) return 'qualifier';
  return undefined;
}

/**
 * The label nearest before a number, among the last `maxWords` words of `text` ("Fax us at …").
 * "No."/"Nr." take their meaning from a word before them (Fax-Nr., Invoice no., Phone No.,
 * Order no.); a qualifier without a number word says nothing.
 */
function labelOf(text: string, maxWords: number): Label | undefined {
  const tokens = text.match(TOKEN);
  if (!tokens) return undefined;
  let sawNumberWord = false;
  let sawService = false;
  let qualifierAt = -1;
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < maxWords; i--, seen++) {
    const label = classify(tokens[i]!);
    if (label === undefined && !sawNumberWord && SERVICE_PART.test(tokens[i]!.toLowerCase())) sawService = true;
    if (sawService && (label === 'reference' || label === 'qualifier')) return undefined;
    if (label === 'number') {
      // "N° d'entreprise", "número de pedido": the number word just before its qualifier.
      if (qualifierAt >= 0 && qualifierAt - i <= 2) return 'reference';
      // "Service-Nummer", "Servicenummer": the number of a service line.
      if (i > 0 && !sawService && SERVICE_LINE.test(tokens[i - 1]!.toLowerCase())) return 'phone';
      sawNumberWord = true;
    } else if (label === 'qualifier') {
      if (sawNumberWord) return 'reference';
      qualifierAt = i;
    } else if (label === 'fax' && i > 0 && classify(tokens[i - 1]!) === 'phone') return 'phone'; // "Tel./Fax"
    else if (label) return label;
  }
  return sawNumberWord ? 'number' : undefined;
}

/**
 * The label of a table cell, <dt> or label element before a number: its last words, or a
 * short cell that starts with a fax word and adds a qualifier ("Fax (all offices)", "Fax – Sales:").
 */
function labelOfCell(text: string): Label | undefined {
  const label = labelOf(text, 2);
  if (label !== undefined) return label;
  const tokens = text.match(TOKEN);
  if (!tokens || tokens.length > LABEL_WORDS || classify(tokens[0]!) !== 'fax') return undefined;
  if (!text.trimStart().startsWith(tokens[0]!)) return undefined;
  return tokens.some((t) => classify(t) === 'phone') ? undefined : 'fax';
}

// ---- matching ----------------------------------------------------------------------------

/** A label's last letter, then only its punctuation up to the number: "Tel.: ", "mob. ", "Tlf ". */
const LABEL_RIGHT_BEFORE = /\p{L}[.:\uFF1A\s-]*$/u;

/** A short national number (5 or 6 digits) written in groups after the country's own trunk prefix. */
function shortWithTrunk(shape: string, number: PhoneNumber): boolean {
  if (number.nationalNumber.length < MIN_SHORT_DIGITS || !/\D/.test(shape)) return false;
  const digits = shape.replace(/\D/g, '');
  const prefix = countryNationalPrefix(number);
  return prefix !== undefined && digits === prefix + number.nationalNumber;
}

/** How far before a number its label is looked for, in characters and in words. */
const LABEL_REACH = 40;
const LABEL_WORDS = 4;
/** Digits a number in national form has at least, trunk prefix left out. */
const MIN_NATIONAL_DIGITS = 7;
/** Digits a short number in national form has at least, with a trunk prefix and a label. */
const MIN_SHORT_DIGITS = 5;

interface Candidate {
  startsAt: number;
  endsAt: number;
  /** Where the number's own digits end (before any extension). */
  mainEndsAt: number;
  number: PhoneNumber;
  country?: string;
  /** Read for a later country of the list (the page language's main country). */
  fallback: boolean;
}

/** Where the digits of `number` (up to its national number) end in text[startsAt, endsAt). */
function mainEnd(text: string, startsAt: number, endsAt: number, number: PhoneNumber): number {
  const nn = number.nationalNumber;
  let digits = '';
  for (let i = startsAt; i < endsAt; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    digits += text[i];
    if (digits.length >= nn.length && digits.endsWith(nn)) return i + 1;
  }
  return endsAt;
}

/**
 * An extension libphonenumber-js read from a bare comma or semicolon counts only when the
 * separator touches both the number and the digits ("212-555-0186,,7", "…0186;7"):
 * "call 0800 123 4567, 24 hours a day" is punctuation.
 */
const PAUSE_ONLY_EXTENSION = /^[ \t]*[,;][,;:. \t-]*\d+#?$/;
const TOUCHING_PAUSE = /^(?:,+|;)\d+#?$/;
/**
 * An extension in brackets after the number, with one of libphonenumber-js's extension words
 * (its explicit labels ext/extn/extension/extensión/anexo/доб, and x, #, ~, int):
 * "01273 224300 (extn 212)", "(312) 555-0163 [x 42]". Groups 1 and 2 are the brackets.
 */
const BRACKETED_EXTENSION =
  /^[ \t]?([([])[ \t]*(?:e?xt(?:ensi(?:o\u0301?|\xF3))?n?|\u0434\u043E\u0431|anexo|x|#|~|int)[:.]?[ \t,-]*\d{1,9}#?[ \t]*([)\]])/i;

/** The candidate's end once its extension is read as the page means it. */
function withExtension(text: string, startsAt: number, endsAt: number, number: PhoneNumber): { endsAt: number; mainEndsAt: number } {
  const mainEndsAt = mainEnd(text, startsAt, endsAt, number);
  if (number.ext) {
    const tail = text.slice(mainEndsAt, endsAt);
    if (PAUSE_ONLY_EXTENSION.test(tail) && !TOUCHING_PAUSE.test(tail)) return { endsAt: mainEndsAt, mainEndsAt };
    return { endsAt, mainEndsAt };
  }
  const next = text.charCodeAt(endsAt);
  if (next === 0x20 || next === 0x28 || next === 0x5b) {
    const m = BRACKETED_EXTENSION.exec(text.slice(endsAt, endsAt + 40));
    if (m && (m[1] === '(') === (m[2] === ')')) return { endsAt: endsAt + m[0].length, mainEndsAt };
  }
  return { endsAt, mainEndsAt };
}

/**
 * A comma or semicolon followed by a space and digits ends a number for libphonenumber-js, which
 * would otherwise read the digits as an extension and, when a letter follows them ("…0958, 9am"),
 * drop the whole number. Replaced by '|' (same length) in the text it is given.
 */
const SPACED_PAUSE = /[,;]+(?=[ \t]+\d)/g;

/**
 * Times, dates and notes the page writes after a number ("… 0018 09:32", "… 4253 04/21/2020",
 * "… 1234567 24/7", "… (2 April 2002)") are not more digits of it: the spaces before them become
 * '|' (same length) so that libphonenumber-js ends the number there instead of reading a longer
 * one, or a shorter one without its country code.
 */
const BEFORE_NON_NUMBER = /[ \t]+(?=(\d{1,2}[:h]\d{2}(?!\d)|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?![\d/-]|\.\d)|\d{1,2}\/\d{1,2}(?![\d/-]|\.\d)|\(\d{1,2}[ \t]+\p{L}))/gu;

function breakBeforeNonNumbers(text: string): string {
  if (!/\d[ \t]+[\d(]/.test(text)) return text;
  return text.replace(BEFORE_NON_NUMBER, (spaces: string, token: string) => {
    const isTime = /^\d{1,2}[:h]\d{2}$/.test(token) && Number(token.slice(0, token.search(/[:h]/))) <= 24;
    const isDate = /[./-]/.test(token) && /^\d/.test(token) && (isDateShaped(token) || /^\d{1,2}\/\d{1,2}$/.test(token));
    return isTime || isDate || token.startsWith('(') ? '|'.repeat(spaces.length) : spaces;
  });
}

/** Text for libphonenumber-js: pauses and non-number neighbours turned into hard breaks, same length. */
function libraryText(text: string): string {
  const paused = text.includes(',') || text.includes(';') ? text.replace(SPACED_PAUSE, (p) => '|'.repeat(p.length)) : text;
  return breakBeforeNonNumbers(paused);
}

/** Where each digit cluster (see CLUSTER) of `text` starts and ends. */
function clustersOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(text); m; m = CLUSTER.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * The part of a digit cluster that libphonenumber-js left out before a candidate carries the
 * number's country or trunk: "+44 (0)20 7946 0018 (2 April" read from "(0)20…", or "+44 20 7946 0018 09"
 * read from "20 7946…". Dialing the rest would call another number, so such a candidate is never taken.
 */
const DROPPED_PREFIX = /\+|(?:^|\D)(?:00|011)[ \t]*\d{1,3}\D*$|\(0\)\D*$/;

/**
 * A cluster written in international form that gave no candidate from its start: the longest
 * prefix that ends at a group break and is a number on its own ("+49 89 1234567" of
 * "+49 89 1234567 15 Min"). Returns undefined when none is.
 */
function internationalPrefixCandidate(text: string, libText: string, cluster: { start: number; end: number }): Candidate | undefined {
  const written = libText.slice(cluster.start, cluster.end);
  if (!/^[(\[]*(?:\+|00)/.test(written)) return undefined;
  const breaks: number[] = [];
  for (let i = written.length - 1; i > 0; i--) if (written[i] === ' ' || written[i] === '(') breaks.push(i);
  for (const end of breaks) {
    const prefix = written.slice(0, end).trimEnd();
    if (!/\d$/.test(prefix)) continue;
    const [found] = findPhoneNumbersInText(prefix, { defaultCountry: undefined });
    if (!found || found.startsAt !== 0 || found.endsAt !== prefix.length) continue;
    const startsAt = cluster.start;
    const { endsAt, mainEndsAt } = withExtension(text, startsAt, startsAt + found.endsAt, found.number);
    return { startsAt, endsAt, mainEndsAt, number: found.number, fallback: false };
  }
  return undefined;
}

function candidatesIn(text: string, countries: (CountryCode | undefined)[]): Candidate[] {
  const all: Candidate[] = [];
  const libText = libraryText(text);
  const clusters = clustersOf(libText);
  const clusterAt = (at: number) => clusters.find((c) => c.start <= at && at < c.end);
  countries.forEach((country, i) => {
    for (const found of findPhoneNumbersInText(libText, { defaultCountry: country })) {
      const { startsAt, number } = found;
      const { endsAt, mainEndsAt } = withExtension(text, startsAt, found.endsAt, number);
      // A later country only adds national numbers the earlier ones did not read at all.
      if (i > 0 && (!isNationalForm(text.slice(startsAt, endsAt), number) || all.some((c) => c.startsAt < endsAt && startsAt < c.endsAt)))
        continue;
      const cluster = clusterAt(startsAt);
      if (cluster && cluster.start < startsAt) {
        const before = all.reduce((end, c) => (c.endsAt <= startsAt && c.endsAt > end ? c.endsAt : end), cluster.start);
        if (DROPPED_PREFIX.test(libText.slice(before, startsAt))) continue;
      }
      all.push({ startsAt, endsAt, mainEndsAt, number, country, fallback: i > 0 });
    }
  });
  for (const cluster of clusters) {
    if (all.some((c) => c.startsAt === cluster.start)) continue;
    const candidate = internationalPrefixCandidate(text, libText, cluster);
    if (candidate) {
      for (let j = all.length - 1; j >= 0; j--) if (all[j]!.startsAt < candidate.endsAt && candidate.startsAt < all[j]!.endsAt) all.splice(j, 1);
      all.push(candidate);
    }
  }
  return all.sort((a, b) => a.startsAt - b.startsAt);
}

/**
 * Digit groups as libphonenumber-js may take them for one candidate: digits (any script, as
 * its \p{Nd}) with up to 4 of its separators between groups and its leading brackets and plus.
 * Every candidate it reads, inner ones included, lies inside one such cluster.
 */
const CLUSTER = /[(\[\uFF08\uFF3B+\uFF0B]*\p{Nd}(?:[-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D[\]~\u2053\u223C\uFF5E]{0,4}\p{Nd})*/gu;
const ISO_OR_DOTTED_DATE = /^\d{4}([-.])\d{1,2}\1\d{1,2}$/;
const DAY_MONTH_DATE = /^\d{1,2}([-./])\d{1,2}\1(?:\d{2}|\d{4})$/;
const GLUED_BEFORE = /[\p{L}\p{N}#@_=?&/\\]/u;
const GLUED_AFTER = /[\p{L}\p{N}@_%/\\]/u;

/**
 * Whether libphonenumber-js is worth asking about `text` (normalized): some digit cluster may
 * give a number the guards below keep. A cluster gives none when it has fewer than 7 digits, or
 * when it is exactly a date, an IP address or a dotted version (the shape guards reject the whole,
 * and every inner candidate starts right after a '.', '/' or '-' glued to a digit, which
 * hasBadNeighbours rejects), or unbroken digits glued to a word or a '#' (hasBadNeighbours).
 * Most runs on a page with dates, prices and order numbers end here.
 */
function mayGiveCandidate(text: string): boolean {
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(text); m; m = CLUSTER.exec(text)) {
    const cluster = m[0];
    let digits = 0;
    for (let i = 0; i < cluster.length; i++) {
      const c = cluster.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (c > 127 && /\p{Nd}/u.test(cluster[i]!)) digits++;
    }
    if (digits < 7) continue;
    if (/^[\d.\-/]+$/.test(cluster)) {
      if ((ISO_OR_DOTTED_DATE.test(cluster) || DAY_MONTH_DATE.test(cluster)) && isDateShaped(cluster)) continue;
      if (!/[-/]/.test(cluster) && isTechnicalShape(cluster) && cluster.includes('.')) continue;
      if (/^\d+$/.test(cluster)) {
        const before = text[m.index - 1] ?? '';
        const after = text[m.index + cluster.length] ?? '';
        if ((before && GLUED_BEFORE.test(before)) || (after && GLUED_AFTER.test(after))) continue;
      }
    }
    return true;
  }
  return false;
}

let lastRequested: (string | undefined)[] | undefined;
let lastCountries: (CountryCode | undefined)[] = [undefined];
/** The distinct, valid countries to try, in order (the last answer is reused for the same request). */
function countriesOf(defaultCountry: string | readonly (string | undefined)[] | undefined): (CountryCode | undefined)[] {
  const requested = typeof defaultCountry === 'string' || defaultCountry === undefined ? [defaultCountry] : defaultCountry;
  if (lastRequested && lastRequested.length === requested.length && requested.every((c, i) => c === lastRequested![i])) return lastCountries;
  const countries: (CountryCode | undefined)[] = [...new Set(requested.map((c) => normalizeCountry(c)).filter((c) => c !== undefined))];
  if (countries.length === 0) countries.push(undefined);
  lastRequested = [...requested];
  lastCountries = countries;
  return countries;
}

/**
 * All phone numbers in `text`, for a page whose numbers in national format belong to
 * `defaultCountry` (ISO 3166-1 alpha-2; numbers with +CC are found regardless). A list of
 * countries is tried in order: a national number not valid for the first is read for the next.
 */
export function findNumberMatches(
  text: string,
  defaultCountry?: string | readonly (string | undefined)[],
  context: MatchContext = {},
): NumberMatch[] {
  if (!mayHoldNumber(text)) return [];
  const countries = countriesOf(defaultCountry);
  const { text: normalized, origin } = normalize(text);
  if (!mayGiveCandidate(normalized)) return [];
  const matches: NumberMatch[] = [];
  let previousEnd = 0;
  for (const { startsAt, endsAt, mainEndsAt, number, country, fallback } of candidatesIn(normalized, countries)) {
    const segmentStart = previousEnd;
    previousEnd = endsAt;
    const shape = normalized.slice(startsAt, endsAt).trim();
    const mainShape = normalized.slice(startsAt, mainEndsAt).trim();
    if (isDateShaped(shape) || isDateRange(shape) || isTechnicalShape(shape)) continue;
    if (hasBadNeighbours(normalized, startsAt, endsAt) || insideIdentifier(normalized, startsAt, endsAt)) continue;
    if (isAmount(normalized, startsAt, endsAt)) continue;

    const start = origin ? origin[startsAt]! : startsAt;
    const end = (origin ? origin[endsAt - 1]! : endsAt - 1) + 1;
    let segment = normalized.slice(Math.max(segmentStart, startsAt - LABEL_REACH), startsAt);
    const stop = LABEL_STOP.exec(segment);
    if (stop) segment = segment.slice(stop.index + 1);
    let label = labelOf(segment, LABEL_WORDS);
    // Nothing before the number in its own run: the previous cell, <dt> or label element speaks for it.
    if (label === undefined && segmentStart === 0 && !/[\p{L}\p{N}]/u.test(segment) && context.labelBefore)
      label = labelOfCell(context.labelBefore().slice(-LABEL_REACH));
    if (label === 'fax' || label === 'reference') continue;
    const phoneCue =
      label === 'phone' || PHONE_SYMBOL.test(segment) || (context.inTelLink?.(start, end) ?? false);
    const labelRightBefore =
      phoneCue && (label !== 'phone' || (LABEL_RIGHT_BEFORE.test(segment) && labelOf(segment, 1) === 'phone'));

    const national = isNationalForm(mainShape, number);
    // Without +CC or an international prefix, a number has at least 7 digits after its trunk
    // prefix: shorter valid ones are service and short codes ("14 030"), not numbers to dial here.
    // Taken only with both the country's trunk prefix and a phone label right before it:
    // "Service-Nummer 030 2970", "vaihde (09) 4711".
    if (national && number.nationalNumber.length < MIN_NATIONAL_DIGITS && !(label === 'phone' && labelRightBefore && shortWithTrunk(mainShape, number)))
      continue;
    // An unbroken digit run is an id more often than a phone number, unless a label says otherwise.
    if (/^\d+$/.test(mainShape) && !phoneCue) continue;
    if (!writtenLikeItsCountry(mainShape, number, phoneCue)) continue;
    // A number read only for the page language's country must be grouped as that country writes it.
    // A phone label right before it vouches for other customary groupings of the same digits.
    if (national && !groupingFits(mainShape, number, fallback ? 0 : 1) && !(labelRightBefore && plausibleGrouping(mainShape, number)))
      continue;

    matches.push({ start, end, text: text.slice(start, end), ...(national && country ? { country } : {}) });
  }
  return matches;
}
