/**
 * A country named in a number's label ("UK: 020 …", "Deutschland: 030 …", "NL 020-…",
 * "In Germany, call 089 …"): the label, not the page, says which country a national number is
 * from. A fixed table (English and the main European languages, from CLDR region names): building
 * one from Intl.DisplayNames costs tens of milliseconds on a page.
 */
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';

const NAMES: Record<string, string> = {
  GB: 'United Kingdom|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Vereinigtes Königreich|Großbritannien|Royaume-Uni|Verenigd Koninkrijk|Reino Unido|Regno Unito|Wielka Brytania|Storbritannien|Storbritannia|Iso-Britannia',
  US: 'United States|USA|U.S.|U.S.A.|America|Vereinigte Staaten|États-Unis|Verenigde Staten|Estados Unidos|Stati Uniti|Stany Zjednoczone|Spojené státy|Yhdysvallat',
  CA: 'Canada|Kanada|Canadá',
  DE: 'Germany|Deutschland|Allemagne|Duitsland|Alemania|Germania|Alemanha|Niemcy|Německo|Tyskland|Saksa',
  AT: 'Austria|Österreich|Autriche|Oostenrijk|Áustria|Rakousko|Österrike|Østrig|Østerrike|Itävalta',
  CH: 'Switzerland|Schweiz|Suisse|Zwitserland|Suiza|Svizzera|Suíça|Szwajcaria|Švýcarsko|Sveits|Sveitsi',
  FR: 'France|Frankreich|Frankrijk|Francia|França|Francja|Francie|Frankrike|Frankrig|Ranska',
  BE: 'Belgium|Belgien|Belgique|België|Bélgica|Belgio|Belgia|Belgie',
  NL: 'Netherlands|The Netherlands|Holland|Niederlande|Pays-Bas|Nederland|Países Bajos|Paesi Bassi|Países Baixos|Holandia|Nizozemsko|Nederländerna|Nederlandene|Alankomaat',
  LU: 'Luxembourg|Luxemburg|Luxemburgo|Lussemburgo|Luksemburg|Lucembursko',
  IE: 'Ireland|Irland|Irlande|Ierland|Irlanda|Irlandia|Irsko|Irlanti',
  IT: 'Italy|Italien|Italie|Italië|Italia|Itália|Włochy|Itálie',
  ES: 'Spain|Spanien|Espagne|Spanje|España|Spagna|Espanha|Hiszpania|Španělsko|Spania|Espanja',
  PT: 'Portugal|Portogallo|Portugalia|Portugalsko|Portugali',
  DK: 'Denmark|Dänemark|Danemark|Denemarken|Dinamarca|Danimarca|Dania|Dánsko|Danmark|Tanska',
  SE: 'Sweden|Schweden|Suède|Zweden|Suecia|Svezia|Suécia|Szwecja|Švédsko|Sverige|Ruotsi',
  NO: 'Norway|Norwegen|Norvège|Noorwegen|Noruega|Norvegia|Norwegia|Norsko|Norge|Norja',
  FI: 'Finland|Finnland|Finlande|Finlandia|Finlândia|Finsko|Suomi',
  PL: 'Poland|Polen|Pologne|Polonia|Polônia|Polska|Polsko|Puola',
  CZ: 'Czechia|Czech Republic|Tschechien|Tchéquie|Tsjechië|Chequia|Cechia|Czechy|Česko|Tjeckien|Tjekkiet|Tsjekkia',
  SK: 'Slovakia|Slowakei|Slovaquie|Slowakije|Eslovaquia|Slovacchia|Słowacja|Slovensko',
  HU: 'Hungary|Ungarn|Hongrie|Hongarije|Hungría|Ungheria|Hungria|Węgry|Maďarsko|Magyarország',
  RO: 'Romania|Rumänien|Roumanie|Roemenië|Rumanía|Rumunia|România',
  GR: 'Greece|Griechenland|Grèce|Griekenland|Grecia|Grécia|Grecja|Hellas',
  TR: 'Turkey|Türkiye|Türkei|Turquie|Turkije|Turquía|Turchia|Turcja',
  HR: 'Croatia|Kroatien|Croatie|Kroatië|Croacia|Croazia|Hrvatska',
  SI: 'Slovenia|Slowenien|Slovénie|Slovenija',
  JP: 'Japan|Japon|Japón|Giappone|Japão|Japonia|日本',
  CN: 'China|Chine|Cina|Chiny|中国',
  KR: 'South Korea|Korea|Südkorea|Corée du Sud|Corea del Sur|한국',
  TW: 'Taiwan|Taïwan|Taiwán|台灣|台湾',
  HK: 'Hong Kong|Hongkong|香港',
  SG: 'Singapore|Singapur|Singapour',
  IN: 'India|Indien|Inde|Índia',
  AU: 'Australia|Australien|Australie|Australië|Austrália',
  NZ: 'New Zealand|Neuseeland|Nouvelle-Zélande|Nieuw-Zeeland|Nueva Zelanda',
  BR: 'Brazil|Brasilien|Brésil|Brazilië|Brasil|Brasile',
  MX: 'Mexico|Mexiko|Mexique|México|Messico',
  AR: 'Argentina|Argentinien|Argentine',
  ZA: 'South Africa|Südafrika|Afrique du Sud|Zuid-Afrika',
  IL: 'Israel|Israël|Israele',
  AE: 'United Arab Emirates|UAE|Vereinigte Arabische Emirate|Émirats arabes unis',
};

/** Names by lower case, and abbreviations (UK, U.S., UAE) as written: "Agent Uk" or "usa" name no country. */
let byName: { names: Map<string, CountryCode>; abbreviations: Map<string, CountryCode> } | undefined;
/** Longest name, in words. */
const MAX_NAME_WORDS = 3;
/** How many words before the number a country name may stand ("UK customers, call …"). */
const NAME_REACH_WORDS = 4;

function nameMap(): NonNullable<typeof byName> {
  if (byName) return byName;
  byName = { names: new Map(), abbreviations: new Map() };
  for (const [code, names] of Object.entries(NAMES))
    for (const name of names.split('|')) {
      if (/\p{Ll}/u.test(name)) byName.names.set(name.toLowerCase(), code as CountryCode);
      else byName.abbreviations.set(name, code as CountryCode);
    }
  return byName;
}

/** The country a phrase names, if any (a trailing period may end the sentence or the abbreviation). */
function countryOfPhrase(phrase: string): CountryCode | undefined {
  const { names, abbreviations } = nameMap();
  const lower = phrase.toLowerCase();
  return abbreviations.get(phrase) ?? abbreviations.get(phrase.replace(/\.$/, '')) ?? names.get(lower) ?? names.get(lower.replace(/\.$/, ''));
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}.'’-]*/gu;

/**
 * The country named among the last words of `segment` (the text between the previous number and
 * this one), nearest first. A bare two-letter code counts only right before the number, in
 * capitals ("NL 020-123 4567", "(BE): …").
 */
export function countryNamedIn(segment: string): CountryCode | undefined {
  // Country names are capitalised (or CJK) in every language listed: most labels end here.
  if (!/[\p{Lu}\p{Script=Han}\p{Script=Hangul}]/u.test(segment)) return undefined;
  const code = /(?:^|[^\p{L}])([A-Z]{2})\)?[\s:.]*$/u.exec(segment)?.[1];
  if (code && code !== 'UK' && isSupportedCountry(code)) return code as CountryCode;
  const words = segment.match(WORD);
  if (!words) return undefined;
  for (let endAt = words.length; endAt > 0 && words.length - endAt < NAME_REACH_WORDS; endAt--) {
    for (let size = Math.min(MAX_NAME_WORDS, endAt); size > 0; size--) {
      const hit = countryOfPhrase(words.slice(endAt - size, endAt).join(' ').replace(/[:,]+$/, ''));
      if (hit) return hit;
    }
  }
  return undefined;
}
