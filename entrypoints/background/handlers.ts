/** One function per message kind: the call orchestration lives in utils/protocol/call.ts, this wires browser APIs to it. */
import { browser } from 'wxt/browser';
import { countryFromPage, pageCountries, type PageHints } from '@/utils/protocol/country';
import { answerRunQuery, type NumberMatch } from '@/utils/matcher';
import type { RunQuery } from '@/utils/matcher/run-query';
import type { Message, PageConfig } from '@/utils/messaging/messages';
import type { CallOutcome, TestCallResult } from '@/utils/protocol/call';
import type { Settings } from '@/utils/settings/settings';
import { runCall } from '@/utils/protocol/call';
import { sendRequest } from '@/utils/protocol/client';
import { originPattern } from '@/utils/sites/permissions';
import { addHistory, loadInstallId, loadSettings } from '@/utils/settings/store';
import { fail } from '@/utils/protocol/result';
import { t, tProblem } from '@/utils/i18n';
import { qrMatrix, qrPath } from '@/utils/protocol/qr';
import { handTelToSystem } from './tel-handoff';
import { handleSiteStatus } from './site-control';

type CallMessage = Extract<Message, { type: 'call' }>;
type TestCallMessage = Extract<Message, { type: 'test-call' }>;

async function globals(): Promise<Record<string, string>> {
  return { installid: await loadInstallId(), appid: browser.runtime.id };
}

/** Talks to the service only where the user granted the host permission (asked for at save). */
async function callService(settings: Settings, number: string, pageCountry?: string, given?: Record<string, string>): Promise<TestCallResult> {
  return runCall({
    settings,
    number,
    pageCountry,
    describe: tProblem, // outcomes leave the background in the user's language
    globals: given ?? (await globals()),
    send: async (request) => {
      const origin = originPattern(request.url);
      const granted = origin !== undefined && (await browser.permissions.contains({ origins: [origin] }));
      if (!granted)
        return fail(t('errNoPermission', new URL(request.url).origin));
      return sendRequest(request);
    },
  });
}

export async function handleCall(message: CallMessage, senderTabId?: number): Promise<CallOutcome> {
  // Read side by side: each is a storage round trip before the request can leave.
  const [stored, globalValues] = await Promise.all([loadSettings(), globals()]);
  const settings: Settings = message.mode ? { ...stored, dialMode: message.mode } : stored;
  let { outcome } = await callService(settings, message.number, message.pageCountry, globalValues);
  let noHandler = false;
  if (outcome.kind === 'dialed' && outcome.mode === 'tel') {
    // The OS hands tel: to the linked phone or softphone, from a tab of ThruDial's own: the user's page never navigates.
    const handoff = await handTelToSystem(outcome.telUri, senderTabId);
    if (handoff === 'no-handler') {
      noHandler = true;
      outcome = { ...outcome, mode: 'qr', notice: t('telNoHandler') };
    }
    // While the browser asked about the phone application, the user chose the QR code.
    if (handoff === 'qr-instead') outcome = { ...outcome, mode: 'qr' };
  }
  if (outcome.kind === 'dialed' && outcome.mode === 'qr') {
    // The QR code is built here, so the content script on every page does not carry the encoder.
    const matrix = qrMatrix(outcome.telUri);
    outcome = { ...outcome, qr: { size: matrix.size, path: qrPath(matrix) } };
  }
  await addHistory({
    number: outcome.targetNumber ?? message.number,
    time: Date.now(),
    // Nothing took the tel: link: the history says so rather than "dialed".
    outcome: noHandler ? 'error' : outcome.kind,
    ...(outcome.kind === 'message' || outcome.kind === 'error' ? { detail: outcome.message } : {}),
    ...(noHandler ? { detail: t('telNoHandler') } : {}),
    ...(outcome.kind === 'dialed' ? { dialString: outcome.dialString, telUri: outcome.telUri } : {}),
  });
  return outcome;
}

export async function handleTestCall(message: TestCallMessage): Promise<TestCallResult> {
  return callService(message.settings, message.number);
}

/** What a script in a tab asks besides its config: its own page's address, and its first screenful's runs. */
export interface TabQuestion {
  siteUrl: string | undefined;
  runs?: RunQuery[];
}

/**
 * Content scripts get the default country and nothing else: the password stays in the background.
 * `tabUrl`: the top page of the sender's tab, whose country hint a frame without its own falls back to.
 * `fromTab`: asked by a script in a tab: its site's status comes in the same answer and, on a site
 * where ThruDial runs, the matches of the runs it sent, read for the countries of its hints
 * (on a paused site no matches at all, not "no numbers": if the user resumes it, the tracker asks again).
 */
export async function handlePageConfig(tabUrl: string | undefined, page?: PageHints, fromTab?: TabQuestion): Promise<PageConfig> {
  const [{ defaultCountry }, site] = await Promise.all([loadSettings(), fromTab && handleSiteStatus(fromTab.siteUrl)]);
  const tabCountry = tabUrl ? countryFromPage(undefined, hostOf(tabUrl) ?? '') : undefined;
  const read: Partial<ReturnType<typeof pageCountries>> = page ? pageCountries(page, tabCountry, defaultCountry, globalThis.navigator?.language) : {};
  const matches = site === 'on' ? fromTab?.runs?.map((run) => answerRunQuery(run, read.countries ?? [])) : undefined;
  return { defaultCountry, ...(tabCountry ? { tabCountry } : {}), ...read, ...(site ? { site } : {}), ...(matches ? { matches } : {}) };
}

type MatchRunsMessage = Extract<Message, { type: 'match-runs' }>;

/** Matching for content scripts: they carry no phone-number metadata (utils/matcher/run-query.ts). */
export async function handleMatchRuns(message: MatchRunsMessage): Promise<NumberMatch[][]> {
  return message.runs.map((run) => answerRunQuery(run, message.countries));
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
