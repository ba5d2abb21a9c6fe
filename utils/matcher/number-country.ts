/**
 * Which country a national number belongs to when the page says so near it: the nearest `lang`
 * around the run (a German section on an English page), or a country named in the number's label
 * ("UK: 020 …"). Candidates read for such a country replace the ones read for the page's.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { countryFromLanguage, countryFromLocale, normalizeCountry } from '@/utils/protocol/country';
import { candidatesIn, type Candidate } from './candidates';
import { countryNamedIn } from './country-names';
import { isNationalForm } from './grouping';
import { LABEL_REACH, LABEL_STOP } from './labels';
import { CLUSTER } from './prefilter';

/** The country of a section's `lang` ("de-DE" -> DE, bare "ja" -> JP), if it names one. */
export function countryOfLang(tag: string | undefined): CountryCode | undefined {
  if (!tag) return undefined;
  return normalizeCountry(countryFromLocale(tag)) ?? countryFromLanguage(tag);
}

/** Digits a cluster needs before a country label is worth reading for it. */
const MIN_DIGITS = 7;

/**
 * Candidates with the country a label names put in place of the ones read for the page: for each
 * digit group whose label (the text since the previous group, up to a separator) names a country
 * other than `pageCountry`, the group is read again for that country.
 */
export function withLabelledCountries(text: string, candidates: Candidate[], pageCountry: CountryCode | undefined): Candidate[] {
  if (!/[\p{Lu}\p{Script=Han}\p{Script=Hangul}]/u.test(text)) return candidates;
  let result = candidates;
  let previousEnd = 0;
  // matchAll iterates a copy of CLUSTER: candidatesIn below uses the shared one.
  for (const m of text.matchAll(CLUSTER())) {
    const start = m.index;
    const end = start + m[0].length;
    const segmentFrom = previousEnd;
    previousEnd = end;
    if (m[0].replace(/\D/g, '').length < MIN_DIGITS || /^[(\[]*\+/.test(m[0])) continue;
    let segment = text.slice(Math.max(segmentFrom, start - LABEL_REACH), start);
    const stop = LABEL_STOP.exec(segment);
    if (stop) segment = segment.slice(stop.index + 1);
    const named = countryNamedIn(segment);
    if (!named || named === pageCountry) continue;
    const own = candidatesIn(m[0], [named]).filter((c) => isNationalForm(m[0].slice(c.startsAt, c.mainEndsAt), c.number) && c.number.isValid());
    if (!own.length) continue;
    const shifted = own.map((c) => ({ ...c, startsAt: c.startsAt + start, endsAt: c.endsAt + start, mainEndsAt: c.mainEndsAt + start, fallback: false }));
    result = [...result.filter((c) => !shifted.some((s) => s.startsAt < c.endsAt && c.startsAt < s.endsAt)), ...shifted];
  }
  return result === candidates ? candidates : result.sort((a, b) => a.startsAt - b.startsAt);
}
