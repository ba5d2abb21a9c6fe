/** One function per message kind: the call orchestration lives in utils/call.ts, this wires browser APIs to it. */
import { browser } from 'wxt/browser';
import { countryFromPage } from '@/utils/country';
import type { CallOutcome, Message, PageConfig, TestCallResult } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import { runCall } from '@/utils/call';
import { sendRequest } from '@/utils/client';
import { originPattern } from '@/utils/permissions';
import { addHistory, installIdItem, loadSettings } from '@/utils/store';
import { fail } from '@/utils/result';
import { t } from '@/utils/i18n';
import { qrMatrix, qrPath } from '@/utils/qr';

type CallMessage = Extract<Message, { type: 'call' }>;
type TestCallMessage = Extract<Message, { type: 'test-call' }>;

async function globals(): Promise<Record<string, string>> {
  return { installid: await installIdItem.getValue(), appid: browser.runtime.id };
}

/** Talks to the service only where the user granted the host permission (asked for at save). */
async function callService(settings: Settings, number: string, pageCountry?: string): Promise<TestCallResult> {
  return runCall({
    settings,
    number,
    pageCountry,
    globals: await globals(),
    send: async (request) => {
      const origin = originPattern(request.url);
      const granted = origin !== undefined && (await browser.permissions.contains({ origins: [origin] }));
      if (!granted)
        return fail(t('errNoPermission', new URL(request.url).origin));
      return sendRequest(request);
    },
  });
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export async function handleCall(message: CallMessage, senderTabId: number | undefined): Promise<CallOutcome> {
  const stored = await loadSettings();
  const settings: Settings = message.mode ? { ...stored, dialMode: message.mode } : stored;
  let { outcome } = await callService(settings, message.number, message.pageCountry);
  if (outcome.kind === 'dialed' && outcome.mode === 'tel') {
    // The OS hands tel: to the linked phone or softphone; the page itself never navigates.
    const tabId = senderTabId ?? (await activeTabId());
    if (tabId === undefined)
      outcome = { kind: 'error', targetNumber: outcome.targetNumber, message: t('errNoTabForCall') };
    else await browser.tabs.update(tabId, { url: outcome.telUri });
  } else if (outcome.kind === 'dialed') {
    // The QR code is built here, so the content script on every page does not carry the encoder.
    const matrix = qrMatrix(outcome.telUri);
    outcome = { ...outcome, qr: { size: matrix.size, path: qrPath(matrix) } };
  }
  await addHistory({
    number: outcome.targetNumber ?? message.number,
    time: Date.now(),
    outcome: outcome.kind,
    ...(outcome.kind === 'message' || outcome.kind === 'error' ? { detail: outcome.message } : {}),
    ...(outcome.kind === 'dialed' ? { dialString: outcome.dialString, telUri: outcome.telUri } : {}),
  });
  return outcome;
}

export async function handleTestCall(message: TestCallMessage): Promise<TestCallResult> {
  return callService(message.settings, message.number);
}

/** Content scripts get the default country and nothing else: the password stays in the background. */
/** `tabUrl`: the top page of the sender's tab, whose country hint a frame without its own falls back to. */
export async function handlePageConfig(tabUrl: string | undefined): Promise<PageConfig> {
  const { defaultCountry } = await loadSettings();
  const tabCountry = tabUrl ? countryFromPage(undefined, hostOf(tabUrl) ?? '') : undefined;
  return { defaultCountry, ...(tabCountry ? { tabCountry } : {}) };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
