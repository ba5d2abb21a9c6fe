/** The countries a run is read for, in order. */
import type { CountryCode } from 'libphonenumber-js/max';
import { normalizeCountry } from '@/utils/protocol/country';

let lastRequested: (string | undefined)[] | undefined;
let lastCountries: (CountryCode | undefined)[] = [undefined];
/** The distinct, valid countries to try, in order (the last answer is reused for the same request). */
export function countriesOf(defaultCountry: string | readonly (string | undefined)[] | undefined): (CountryCode | undefined)[] {
  const requested = typeof defaultCountry === 'string' || defaultCountry === undefined ? [defaultCountry] : defaultCountry;
  if (lastRequested && lastRequested.length === requested.length && requested.every((c, i) => c === lastRequested![i])) return lastCountries;
  const countries: (CountryCode | undefined)[] = [...new Set(requested.map((c) => normalizeCountry(c)).filter((c) => c !== undefined))];
  if (countries.length === 0) countries.push(undefined);
  lastRequested = [...requested];
  lastCountries = countries;
  return countries;
}
