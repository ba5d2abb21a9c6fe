/**
 * Every message between ThruDial's scripts and pages, as one discriminated union.
 * The background handles each kind in one small function (entrypoints/background.ts).
 */
import type { Settings } from './settings';
import type { SiteDecision } from './site-policy';

/** What the user sees at the end of a call attempt. */
export type CallOutcome =
  /** The service answered with a dial string; it was opened as tel: or is to be shown as a QR code. */
  | {
      kind: 'dialed';
      targetNumber: string;
      dialString: string;
      telUri: string;
      mode: 'tel' | 'qr';
      /** Where the dial string came from: the service's answer or the local dial template. */
      via?: 'service' | 'offline';
      /** For mode 'qr': the QR code of telUri, drawn by the page widget (utils/qr.ts `qrPath`, size in modules). */
      qr?: { size: number; path: string };
    }
  /** The service refused with a message for the user (shown as text, never HTML). */
  | { kind: 'message'; targetNumber?: string; message: string }
  /** Non-2xx without a message: the spec says "silently ignored". */
  | { kind: 'silent'; targetNumber?: string }
  /** Anything that went wrong before or while talking to the service, in words a user understands. */
  | { kind: 'error'; targetNumber?: string; message: string };

/** The request as it would be sent, with the password masked, for the options page's Test. */
export interface RequestPreview {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface TestCallResult {
  request?: RequestPreview;
  /** Status line and body the service answered, when it answered. */
  response?: { status: number; contentType: string | null; body: string };
  outcome: CallOutcome;
}

export interface HistoryEntry {
  /** E.164 number or the raw text when it could not be parsed. */
  number: string;
  /** ms since epoch. */
  time: number;
  outcome: CallOutcome['kind'];
  /** The service's message or the error, as text. */
  detail?: string;
  /** For dialed calls: what was dialed, so the popup can show the last QR code. */
  dialString?: string;
  telUri?: string;
}

export type Message =
  /** A user clicked a number (content script) or dialed one (popup). `number` is page text; the background re-parses it. */
  | { type: 'call'; number: string; pageCountry?: string; mode?: 'tel' | 'qr' }
  /** Options page: run a call with unsaved settings and report the exact request and the answer. */
  | { type: 'test-call'; settings: Settings; number: string }
  /** Content script, on start: may it run here? The background answers from the sender's URL, never from page data. */
  | { type: 'site-status' }
  /** Content script: how many numbers the page shows now (for the toolbar badge); sent when it changes. */
  | { type: 'numbers-found'; count: number }
  /** Background -> content scripts: the site policy or the granted sites changed; ask 'site-status' again. */
  | { type: 'site-policy-changed' }
  /** Content script, on start: the settings it needs, and nothing else (it never reads storage). */
  | { type: 'page-config' };

/** The answer to 'page-config': only what finding numbers on a page needs; never a secret. */
export interface PageConfig {
  defaultCountry: string;
  /** The country hint of the tab's top page address (its ccTLD), for frames that give none of their own. */
  tabCountry?: string;
}

export type MessageResponse<M extends Message> = M extends { type: 'call' }
  ? CallOutcome
  : M extends { type: 'test-call' }
    ? TestCallResult
    : M extends { type: 'site-status' }
      ? SiteDecision
      : M extends { type: 'page-config' }
        ? PageConfig
        : never;
