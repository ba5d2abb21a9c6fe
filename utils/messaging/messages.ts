/**
 * Every message between ThruDial's scripts and pages, as one discriminated union.
 * The background handles each kind in one small function (entrypoints/background/index.ts); pages ask with askBackground (utils/messaging/send-message.ts), whose answer type follows MessageResponse below.
 */
import type { NumberMatch } from '../matcher';
import type { RunQuery } from '../matcher/run-query';
import type { CallOutcome, TestCallResult } from '../protocol/call';
import type { PageHints } from '../protocol/country';
import type { Settings } from '../settings/settings';
import type { SiteDecision } from '../sites/site-policy';

export type Message =
  /** A user clicked a number (content script) or dialed one (popup). `number` is page text; the background re-parses it. */
  | { type: 'call'; number: string; pageCountry?: string; mode?: 'tel' | 'qr' }
  /** Options page: run a call with unsaved settings and report the exact request and the answer. */
  | { type: 'test-call'; settings: Settings; number: string }
  /**
   * Content script: may it run here? The background answers from the sender's URL, never from page data.
   * Asked again when the site policy changes; on start the answer comes with 'page-config' instead.
   */
  | { type: 'site-status' }
  /** Popup: whether ThruDial runs on the page at `url` (the tab it shows); the background decides, from the site lists in force. */
  | { type: 'page-site-status'; url: string }
  /** Content script: how many numbers the page shows now (for the toolbar badge); sent when it changes. */
  | { type: 'numbers-found'; count: number }
  /** Background -> content scripts: the site policy or the granted sites changed; ask 'site-status' again. */
  | { type: 'site-policy-changed' }
  /**
   * Content script, on start: the settings it needs, and nothing else (it never reads storage).
   * With the page's own country hints, the answer also gives the countries its numbers are read for;
   * from a tab, also its site's status and, with `runs` (the page's first screenful), their matches
   * on a site where ThruDial runs: one start-up message (entrypoints/content/first-screen.ts).
   */
  | { type: 'page-config'; page?: PageHints; runs?: RunQuery[] }
  /** Content script: match these runs of page text (utils/matcher/run-query.ts) for these countries. */
  | { type: 'match-runs'; runs: RunQuery[]; countries: string[] }
  /** Popup -> the tab's content script: the numbers this page shows, in page order (answered with PageNumbers). */
  | { type: 'page-numbers' };

/** One number a page shows, as the popup lists it. All page text: shown as text, never HTML. */
export interface PageNumber {
  /** The number as written on the page. */
  text: string;
  /** The country it was read for, when it is in national format (sent with the call). */
  country?: string;
  /** The words that label it on the page ("Sales", "Support hotline"), when there are any. */
  label?: string;
}

/** The answer to 'page-numbers'. */
export interface PageNumbers {
  numbers: PageNumber[];
  /** How many the page shows in all, when more than `numbers` holds. */
  total: number;
}

/** The answer to 'page-config': only what finding numbers on a page needs; never a secret. */
export interface PageConfig {
  defaultCountry: string;
  /** The country hint of the tab's top page address (its ccTLD), for frames that give none of their own. */
  tabCountry?: string;
  /** With the page's hints: the country its national numbers belong to (sent with a call). */
  pageCountry?: string;
  /** With the page's hints: the countries its numbers are read for, in order ('match-runs'). */
  countries?: string[];
  /** Asked from a tab: whether ThruDial runs on the sender's own page, as 'site-status' answers. */
  site?: SiteDecision;
  /** Asked with runs, on a site where ThruDial runs: each run's matches, as 'match-runs' answers. */
  matches?: NumberMatch[][];
}

export type MessageResponse<M extends Message> = M extends { type: 'call' }
  ? CallOutcome
  : M extends { type: 'test-call' }
    ? TestCallResult
    : M extends { type: 'site-status' | 'page-site-status' }
      ? SiteDecision
      : M extends { type: 'page-config' }
        ? PageConfig
        : M extends { type: 'match-runs' }
          ? NumberMatch[][]
        : M extends { type: 'page-numbers' }
          ? PageNumbers
          : never;
