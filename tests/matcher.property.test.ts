/**
 * A click never dials a number the page did not write: whatever text and markup surround a
 * number, a match that touches it is exactly that number (same country, same digits). Markup is
 * the element edges the tracker reports in a run's text, also where no space separates the number
 * from its neighbour or inside the number itself.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePhoneNumberFromString as parse, type CountryCode } from 'libphonenumber-js/max';
import { findNumberMatches } from '../utils/matcher';

/** Numbers as pages write them, with the country a national one belongs to. */
const NUMBERS: { text: string; country: CountryCode }[] = [
  { text: '+44 20 7946 0018', country: 'GB' },
  { text: '+44 (0)20 7946 0018', country: 'GB' },
  { text: '020 7946 0018', country: 'GB' },
  { text: '+49 30 1234567', country: 'DE' },
  { text: '+49 (0)89 1234567', country: 'DE' },
  { text: '0049 89 1234567', country: 'DE' },
  { text: '030 1234567', country: 'DE' },
  { text: '+1 (213) 373-4253', country: 'US' },
  { text: '(213) 373-4253', country: 'US' },
  { text: '213-373-4253', country: 'US' },
  { text: '+33 1 23 45 67 89', country: 'FR' },
  { text: '01 23 45 67 89', country: 'FR' },
  { text: '+31 20 123 4567', country: 'NL' },
  { text: '+420 602 123 456', country: 'CZ' },
  { text: '+81 3-1234-5678', country: 'JP' },
];

/**
 * What a page writes around a number that is not part of it: words, times, dates, notes in
 * brackets, punctuation, markup's line breaks. (A bare digit group right after a number may be
 * part of it, "089 1234567 44" in Germany, so it is not used here.)
 */
const FRAGMENTS = [
  '', ' ', 'Tel ', 'Call ', 'Phone: ', 'at ', ' today', ' 09:32', ' 21:40', '09:32 ', ' (2 April 2002)', ' 04/21/2020',
  '04/21/2020 ', ' 9h30', ' 12.05.2024', ' 2024-05-12', '2024-05-12 ', ' (updated 2 April 2002)', ' Uhr', ', ', '. ',
  ' - ', '\n', ' (Mon-Fri 9:00-17:00)', ' 10:00–18:00', '(2002) ', ' [1]', ' ext. 12', ' (fax)', ' 24/7',
];
const around = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }).map((parts) => parts.join(''));
/** More for a longer search: PROPERTY_RUNS=100000 npx vitest run tests/matcher.property.test.ts */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 4000);
const TIMEOUT = Math.max(30_000, RUNS * 5);
const PAGE_COUNTRIES: (string | undefined)[] = ['US', 'GB', 'DE', 'FR', undefined];

describe('a match never changes the number the page wrote', () => {
  it('a match that overlaps a written number is exactly that number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMBERS), around, around, fc.constantFrom(...PAGE_COUNTRIES), (n, before, after, page) => {
        // The number stands apart from its neighbours: a separator on each side unless the neighbour is empty.
        const lead = before === '' || /[\s(/]$/.test(before) ? before : `${before} `;
        const tail = after === '' || /^[\s).,/-]/.test(after) ? after : ` ${after}`;
        const text = lead + n.text + tail;
        const from = lead.length;
        const to = from + n.text.length;
        const countries = page === undefined ? [n.country] : [page, n.country];
        for (const m of findNumberMatches(text, countries)) {
          if (m.end <= from || m.start >= to) continue;
          // Read in the country the match was read for: a French page may read 030 1234567 as French.
          const country = (m.country ?? page ?? n.country) as CountryCode;
          const written = parse(n.text, { defaultCountry: country })?.number;
          const read = parse(m.text.replace(/\s+/g, ' '), { defaultCountry: country })?.number;
          expect(read, `${JSON.stringify(text)} (page ${page}) underlined ${JSON.stringify(m.text)}`).toBe(written);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('the same with element edges: at either end of the number, with or without a space, and anywhere inside', () => {
    const edgeAt = fc.record({ lead: fc.boolean(), tail: fc.boolean(), glueLead: fc.boolean(), glueTail: fc.boolean(), inside: fc.array(fc.nat(), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.constantFrom(...NUMBERS), around, around, fc.constantFrom(...PAGE_COUNTRIES), edgeAt, (n, before, after, page, at) => {
        // An element edge may stand where the text has no space: "773-555-0190<time>09:32</time>".
        const lead = at.lead && at.glueLead ? before.trimEnd() : before === '' || /[\s(/]$/.test(before) ? before : `${before} `;
        const tail = at.tail && at.glueTail ? after.trimStart() : after === '' || /^[\s).,/-]/.test(after) ? after : ` ${after}`;
        const text = lead + n.text + tail;
        const from = lead.length;
        const to = from + n.text.length;
        const edges = [...(at.lead ? [from] : []), ...(at.tail ? [to] : []), ...at.inside.map((i) => from + 1 + (i % (n.text.length - 1)))];
        const countries = page === undefined ? [n.country] : [page, n.country];
        for (const m of findNumberMatches(text, countries, { elementEdges: () => edges })) {
          if (m.end <= from || m.start >= to) continue;
          const country = (m.country ?? page ?? n.country) as CountryCode;
          const written = parse(n.text, { defaultCountry: country })?.number;
          const read = parse(m.text.replace(/\s+/g, ' '), { defaultCountry: country })?.number;
          expect(read, `${JSON.stringify(text)} edges ${JSON.stringify(edges)} (page ${page}) underlined ${JSON.stringify(m.text)}`).toBe(written);
        }
      }),
      // Found by long runs: "24/7<e>2<e>13-373-4253" read "24/72" as a note and took "13-373-4253";
      // "2024-05-12,<e>020 7946 0018" read "2024-05-12,020" as a number; "10:00–18:00,<e>0<e>20 7946 0018"
      // read the "0" as part of the time and took "20 7946 0018"; "2024-05-12<e>020 7946 0<e>018" took "7946 0018";
      // "(2<e>13) 373-4253<e>[1]" took "373-4253"; "2<e>13-373-4253<e>ext. 12" took "13-373-4253ext";
      // "04/21/2020Phone:<e>2<e>13-373-4253" read "…Phone:2" as a date note.
      { numRuns: RUNS, examples: [
        [NUMBERS.find((n) => n.text === '213-373-4253')!, 'Phone:  24/7', '', 'FR', { lead: true, tail: false, glueLead: true, glueTail: false, inside: [0] }],
        [NUMBERS.find((n) => n.text === '020 7946 0018')!, 'Call  2024-05-12, ', '', 'DE', { lead: true, tail: false, glueLead: true, glueTail: false, inside: [] }],
        [NUMBERS.find((n) => n.text === '020 7946 0018')!, ' 10:00–18:00, ', '', 'US', { lead: true, tail: false, glueLead: true, glueTail: false, inside: [0] }],
        [NUMBERS.find((n) => n.text === '020 7946 0018')!, 'Phone: (2002)  2024-05-12', '', 'DE', { lead: true, tail: false, glueLead: true, glueTail: false, inside: [1287266709] }],
        [NUMBERS.find((n) => n.text === '(213) 373-4253')!, 'Phone: ', ' [1]', 'DE', { lead: false, tail: true, glueLead: false, glueTail: true, inside: [85702579] }],
        [NUMBERS.find((n) => n.text === '213-373-4253')!, 'Phone: ', ' ext. 12', 'FR', { lead: false, tail: true, glueLead: false, glueTail: true, inside: [0] }],
        [NUMBERS.find((n) => n.text === '213-373-4253')!, ' 04/21/2020Phone: ', '', 'FR', { lead: true, tail: false, glueLead: true, glueTail: false, inside: [0] }],
      ] },
    );
  }, TIMEOUT);
});
