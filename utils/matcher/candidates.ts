/** libphonenumber-js candidates in a run of text, with the breaks the page writes and never a dropped country code. */
import { rewriteInternationalPrefixes } from './prefixes';
import { findPhoneNumbersInText, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { isNationalForm } from './grouping';
import { withExtension } from './extension';
import { CLUSTER } from './prefilter';
import { isDateShaped } from './shapes';
import { isGluedLabel } from './labels';

export interface Candidate {
  startsAt: number;
  endsAt: number;
  /** Where the number's own digits end (before any extension). */
  mainEndsAt: number;
  number: PhoneNumber;
  country?: string;
  /** Read for a later country of the list (the page language's main country). */
  fallback: boolean;
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

export function breakBeforeNonNumbers(text: string): string {
  if (!/[ \t][\d(]/.test(text)) return text;
  return text.replace(BEFORE_NON_NUMBER, (spaces: string, token: string) => {
    const isTime = /^\d{1,2}[:h]\d{2}$/.test(token) && Number(token.slice(0, token.search(/[:h]/))) <= 24;
    const isDate = /[./-]/.test(token) && /^\d/.test(token) && (isDateShaped(token) || /^\d{1,2}\/\d{1,2}$/.test(token));
    return isTime || isDate || token.startsWith('(') ? '|'.repeat(spaces.length) : spaces;
  });
}

/**
 * A comma or semicolon written right between a date and digits ("2024-05-12,020 7946 0018"):
 * the date is no part of the number after it, and the punctuation becomes '|' as a pause does.
 */
const DATE_THEN_DIGITS = /(?<![\d./-])(\d{1,4}[./-]\d{1,2}[./-]\d{2,4})[,;](?=\d)/g;

function breakAfterDates(text: string): string {
  return text.replace(DATE_THEN_DIGITS, (all: string, date: string) => (isDateShaped(date) ? `${date}|` : all));
}

/** Text for libphonenumber-js: pauses and non-number neighbours turned into hard breaks, same length. */
export function libraryText(text: string): string {
  const paused = text.includes(',') || text.includes(';') ? breakAfterDates(text.replace(SPACED_PAUSE, (p) => '|'.repeat(p.length))) : text;
  return unglueLabels(breakBeforeNonNumbers(paused));
}

/**
 * A label written against a number ("…-3900Fax: …", "TEL03-…"): libphonenumber-js takes no
 * number touching a Latin letter, so the letter next to the digits becomes a space (same length)
 * in its text; the labels themselves are read from the page's text.
 */
const WORD_AFTER_DIGIT = /(?<=\d)\p{L}+(?:-\p{L}+)?/gu;
const WORD_BEFORE_DIGIT = /\p{L}+(?=\d)/gu;

function unglueLabels(text: string): string {
  if (!/\d\p{Lu}|\p{L}\d/u.test(text)) return text;
  const glued = (word: string) => isGluedLabel(/^E-/.test(word) ? 'email' : word.replace(/-.*/, ''));
  return text
    .replace(WORD_AFTER_DIGIT, (word) => (glued(word) ? ' ' + word.slice(1) : word))
    .replace(WORD_BEFORE_DIGIT, (word) => (isGluedLabel(word) ? word.slice(0, -1) + ' ' : word));
}

/** Where each digit cluster (see CLUSTER) of `text` starts and ends. */
export function clustersOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const cluster = CLUSTER();
  cluster.lastIndex = 0;
  for (let m = cluster.exec(text); m; m = cluster.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * The part of a digit cluster that libphonenumber-js left out before a candidate carries the
 * number's country or trunk: "+44 (0)20 7946 0018 (2 April" read from "(0)20…", or "+44 20 7946 0018 09"
 * read from "20 7946…". Dialing the rest would call another number, so such a candidate is never taken.
 */
/** Digits right before a national candidate in its cluster, an area code in brackets or a group: "(213) 373-4253" read from "373-4253". */
const DROPPED_AREA_CODE = /\(\d{1,5}\)[ \t-]*$/;
/** A group of 2-4 digits right before a candidate that does not open with its own bracketed area code: "213 373-4253" read from "373-4253". A lone digit ("Agent 3 (212) 207-1037") is no part of it. */
const DROPPED_GROUP = /(?:^|\D)\d{2,4}[ \t-]+$/;
const DROPPED_PREFIX = /\+|(?:^|\D)(?:00|011)[ \t]*\d{1,3}\D*$|\(0\)\D*$/;

/**
 * A cluster written in international form that gave no candidate from its start: the longest
 * prefix that ends at a group break and is a number on its own ("+49 89 1234567" of
 * "+49 89 1234567 15 Min"). Returns undefined when none is.
 */
export function internationalPrefixCandidate(text: string, libText: string, cluster: { start: number; end: number }): Candidate | undefined {
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

export function candidatesIn(text: string, countries: (CountryCode | undefined)[]): Candidate[] {
  const all: Candidate[] = [];
  const { text: libText, startOf } = rewriteInternationalPrefixes(libraryText(text));
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
        const leftOut = libText.slice(before, startsAt);
        const written = text.slice(startsAt, endsAt);
        const droppedPart = DROPPED_AREA_CODE.test(leftOut) || (DROPPED_GROUP.test(leftOut) && !written.startsWith('('));
        if (DROPPED_PREFIX.test(leftOut) || (droppedPart && isNationalForm(written, number))) continue;
      }
      all.push({ startsAt: startOf.get(startsAt) ?? startsAt, endsAt, mainEndsAt, number, country, fallback: i > 0 });
    }
  });
  for (const cluster of clusters) {
    if (all.some((c) => c.startsAt === (startOf.get(cluster.start) ?? cluster.start))) continue;
    const candidate = internationalPrefixCandidate(text, libText, cluster);
    if (candidate) {
      candidate.startsAt = startOf.get(candidate.startsAt) ?? candidate.startsAt;
      for (let j = all.length - 1; j >= 0; j--) if (all[j]!.startsAt < candidate.endsAt && candidate.startsAt < all[j]!.endsAt) all.splice(j, 1);
      all.push(candidate);
    }
  }
  return all.sort((a, b) => a.startsAt - b.startsAt);
}
