/** Labels before a number: phone, fax, reference words in the languages ThruDial knows. */
import { lazyRegExp } from '@/utils/lazy-regexp';

// ---- labels ------------------------------------------------------------------------------

/** How far before a number its label is looked for, in characters and in words. */
export const LABEL_REACH = 40;
export const LABEL_WORDS = 4;

export type Label = 'phone' | 'fax' | 'reference' | 'qualifier' | 'number';

/**
 * Fax lines: Fax, Telefax, Fax-Nr., Faxnummer, Télécopie, Faks, Факс, Φαξ, 팩스, ファックス,
 * 传真/傳真 (full-width too, once normalized). Matched on whole tokens (TOKEN splits on any
 * script's letters, not \b); the CJK words also inside compounds (公司传真, 대표팩스).
 */
const FAX_WORD = /^(?:tele)?fax|^facsimile|^t[ée]l[ée]copie|^faks|^(?:теле)?факс|^φαξ|^τηλεομοιοτυπ|팩스|ファ(?:ッ)?クス|传真|傳真/;
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
  /^(?:permit|purchase|order|customer|client|member|kunde|mitglied|booking|buchung|reservation|account|contract|vertrag|case|ticket|policy|claim|transaction|lot|batch|item|product|produkt|part|company|entreprise|enterprise|onderneming|unternehmen|commande|pedido|ordine|encomenda|regist)/;
/** Short all-caps ids, case-sensitive so that Spanish "sin" or "pan" are no ids. */
const REFERENCE_ACRONYM =
  /^(?:PO|SN|RMA|BIC|BLZ|BSB|IFSC|SSN|SIN|EIN|TFN|ABN|ACN|VAT|BTW|TVA|IVA|MWST|UST|USt|CF|PAN|PIN|PUK|UID|FN|HRB|HRA|NIF|NIE|CIF|DNI|CPF|CNPJ|KVK|KvK|NIP|REGON|PESEL|PNR|EAN|UPC|JAN|ID|IČO|DIČ|ICO|DIC|RIB|SKU|VS|Az|KBO|BCE)$/;
/** How many words before a number a reference abbreviation may stand. */
const ACRONYM_REACH_WORDS = 2;
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
export const PHONE_SYMBOL = /[☎☏✆📞📱🕿℡]/u;
const TOKEN = lazyRegExp(String.raw`[\p{L}\p{M}][\p{L}\p{M}°º]*|[#№]`, 'gu');
/** The last boundary a label does not reach across. */
export const LABEL_STOP = /[|·•;](?=[^|·•;]*$)/;

export function classify(token: string): Label | undefined {
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
 * A lone capital "F" after a word names something ("team F", "Building F", "Block F"), not a fax
 * line: it is a fax label only at the start, after a number or punctuation ("T 030 … F 030 …",
 * "· F +49 …"), or with its own colon or period ("team F: …" is a letterhead's "F:").
 */
const F_NAMING_AFTER_WORD = lazyRegExp(String.raw`(?<=[\p{L}\p{M}][^\S\n]*)F(?![\p{L}\p{M}°º])(?!\s*[.:\uFF1A])`, 'uy');

/** The words of `text`, in order; a lone "F" that names something is kept as a plain word. */
function labelTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.matchAll(TOKEN())) tokens.push(m[0] === 'F' && fNamesSomething(text, m.index) ? 'f' : m[0]);
  return tokens;
}

function fNamesSomething(text: string, at: number): boolean {
  const fNaming = F_NAMING_AFTER_WORD();
  fNaming.lastIndex = at;
  return fNaming.test(text);
}

/**
 * The label nearest before a number, among the last `maxWords` words of `text` ("Fax us at …").
 * "No."/"Nr." take their meaning from a word before them (Fax-Nr., Invoice no., Phone No.,
 * Order no.); a qualifier without a number word says nothing.
 */
export function labelOf(text: string, maxWords: number): Label | undefined {
  const tokens = labelTokens(text);
  if (!tokens.length) return undefined;
  let sawNumberWord = false;
  let sawService = false;
  let qualifierAt = -1;
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < maxWords; i--, seen++) {
    const label = classify(tokens[i]!);
    // An id's abbreviation labels what follows it closely ("SSN 123-…", "VAT no. …"); further back it is a word of the text ("Agent Az, team G …").
    if (label === 'reference' && seen >= ACRONYM_REACH_WORDS && REFERENCE_ACRONYM.test(tokens[i]!)) continue;
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
export function labelOfCell(text: string): Label | undefined {
  const label = labelOf(text, 2);
  if (label !== undefined) return label;
  const tokens = text.match(TOKEN());
  if (!tokens || tokens.length > LABEL_WORDS || classify(tokens[0]!) !== 'fax') return undefined;
  if (!text.trimStart().startsWith(tokens[0]!)) return undefined;
  return tokens.some((t) => classify(t) === 'phone') ? undefined : 'fax';
}

/** A label's last letter, then only its punctuation up to the number: "Tel.: ", "mob. ", "Tlf ". */
export const LABEL_RIGHT_BEFORE = lazyRegExp(String.raw`\p{L}[.:\uFF1A\s-]*$`, 'u');

// ---- labels elsewhere than right before the number ----------------------------------------

/**
 * Words that name a phone line outright (Tel, Phone, Telefon, Mobile, 電話 ...), as opposed to a
 * desk or switchboard ("Zentrale", "Hotline") that a fax heading above may still qualify.
 */
const DIRECT_PHONE = /^(?:t|p|m|ph|tel|tél|tlf|fon|fón|cell|cel|mob|тел|моб|τηλ|κιν)$|t[eé]l[eé]f|t[eé]l[eé]ph|phone|mobil|handy|電話|电话|전화|телеф|τηλέφ/;

/** Whether the label text before a number names a phone line outright. */
export function namesPhoneDirectly(segment: string): boolean {
  const tokens = segment.match(TOKEN());
  if (!tokens) return false;
  for (const t of tokens.slice(-LABEL_WORDS)) if (DIRECT_PHONE.test(t.toLowerCase()) && !FAX_WORD.test(t.toLowerCase())) return true;
  return false;
}

/** A lower-case "f:" or "f." right before the number: the fax of a "t: … f: …" letterhead. */
const LOWER_F_RIGHT_BEFORE = /(?:^|[^\p{L}])f\s*[.:]\s*$/u;

export function lowerCaseFaxBefore(segment: string): boolean {
  return LOWER_F_RIGHT_BEFORE.test(segment);
}

/** "S/N 1152 …": a serial number, the slash hiding it from the word tokens. */
const SERIAL_MARK = /(?:^|[^\p{L}])S\/N\W*$/u;

export function serialMarkBefore(segment: string): boolean {
  return SERIAL_MARK.test(segment);
}

/**
 * A label written right after a number, in brackets or as the next word: "(555) 010-2233 fax",
 * "… (F)", "… [fax]", "… (Main Fax Line)". A fax word that goes on to the next number ("… 3900
 * Fax: 3901", "… 0123 fax 0124") is that number's label, not this one's. `after` is the text
 * from the number's end up to the next number.
 */
const BRACKETED_AFTER = /^[\s,]*[(\[]([^()[\]\d]{1,30})[)\]]/u;
const WORD_AFTER_NUMBER = /^[\s,–-]*([\p{L}][\p{L}.-]*)/u;

export function labelAfter(after: string): Label | undefined {
  const bracketed = BRACKETED_AFTER.exec(after);
  if (bracketed) {
    const inner = bracketed[1]!.trim();
    if (/^[Ff]$/.test(inner)) return 'fax';
    const tokens = inner.match(TOKEN()) ?? [];
    const labels = tokens.map(classify);
    if (labels.includes('fax')) return labels.includes('phone') ? 'phone' : 'fax';
    return undefined;
  }
  const word = WORD_AFTER_NUMBER.exec(after);
  if (!word || classify(word[1]!.replace(/\.$/, '')) !== 'fax') return undefined;
  const rest = after.slice(word.index + word[0].length);
  // "…3900Fax: 3901": the word introduces what follows it.
  if (/^[\s.:\uFF1A-]*[+(\d]/.test(rest)) return undefined;
  return 'fax';
}

/**
 * A word glued to a number that is a label, not part of a word with digits in it: "TEL03-…",
 * "…-3900Fax:", "…3901E-Mail:". Capitalised, or a known phone/fax word.
 */
const GLUED_CONTACT_WORD = /^(?:e-?mail|email|web|www|internet|homepage|mail)$/i;

export function isGluedLabel(word: string): boolean {
  if (!word) return false;
  const label = classify(word);
  if (label === 'fax' || label === 'phone') return /^\p{Lu}/u.test(word) || /^(?:tel|fax)$/i.test(word);
  return GLUED_CONTACT_WORD.test(word) && /^\p{Lu}/u.test(word);
}
