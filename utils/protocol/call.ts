/**
 * One call attempt, start to end, for the background's click-to-call and the options page's
 * Test: number -> E.164 -> request -> send -> response -> dial string -> tel: URI.
 * Offline mode (settings.offlineMode) swaps request..response for the local dial template
 * (utils/protocol/offline-dial.ts): 'always' never sends, 'fallback' does when the service cannot be reached.
 * No browser APIs: the HTTP client comes in as `send`.
 */
import { expandDialString, toTelUri } from './dial';
import { buildOfflineDialString } from './offline-dial';
import { parseTarget } from './phone';
import { dialsOffline, hasServiceUrl, isSetUp } from '../settings/readiness';
import { buildRequest, previewRequest, type CallRequest, type RequestPreview } from './request';
import { parseResponse, type RawResponse } from './response';
import { english, problem, type Problem } from './problem';
import { problemOf, type Result } from './result';
import { accountParameters, type Settings } from '../settings/settings';
import { errorText, newNonce } from './template';

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
      /** For mode 'qr': the QR code of telUri, drawn by the page widget (utils/protocol/qr.ts `qrPath`, size in modules). */
      qr?: { size: number; path: string };
      /** Why a tel: call is shown as a QR code instead: no application took the tel: link. */
      notice?: string;
    }
  /** The service refused with a message for the user (shown as text, never HTML). */
  | { kind: 'message'; targetNumber?: string; message: string }
  /** Non-2xx without a message: the spec says "silently ignored". */
  | { kind: 'silent'; targetNumber?: string }
  /** Anything that went wrong before or while talking to the service, in words a user understands. */
  | { kind: 'error'; targetNumber?: string; message: string };

export interface TestCallResult {
  request?: RequestPreview;
  /** Status line and body the service answered, when it answered. */
  response?: { status: number; contentType: string | null; body: string };
  outcome: CallOutcome;
}

export interface CallInput {
  settings: Settings;
  /** Page or keypad text; re-parsed here. */
  number: string;
  /** Country hint from the page (<html lang>, ccTLD); wins over settings.defaultCountry. */
  pageCountry?: string;
  /** Global parameters: installid, appid. */
  globals: Record<string, string>;
  send: (req: CallRequest) => Promise<Result<RawResponse>>;
  /**
   * Puts a problem into the user's words for CallOutcome.message (the background passes
   * tProblem, utils/i18n.ts); the English reference text when not given.
   */
  describe?: (problem: Problem | string) => string;
}

const inEnglish = (p: Problem | string): string => (typeof p === 'string' ? p : english(p));


export async function runCall(input: CallInput): Promise<TestCallResult> {
  const describe = input.describe ?? inEnglish;
  const result: TestCallResult = { outcome: { kind: 'error', message: describe(problem('errCallNotStarted')) } };
  let targetNumber: string | undefined;
  const error = (p: Problem | string): TestCallResult => {
    const outcome: CallOutcome = { kind: 'error', message: describe(p) };
    if (targetNumber !== undefined) outcome.targetNumber = targetNumber;
    return { ...result, outcome };
  };

  try {
    const { settings } = input;
    if (!isSetUp(settings)) return error(problem('errNoServiceUrl'));
    const offlineMode = dialsOffline(settings) ? settings.offlineMode : 'never';
    const serviceUrl = hasServiceUrl(settings);

    const target = parseTarget(input.number, input.pageCountry ?? settings.defaultCountry);
    if (!target.ok) return error(problemOf(target));
    targetNumber = target.value.e164;
    const e164 = targetNumber;

    /** The local dial template, no network; `serviceError` says why the service was not used. */
    const dialOffline = async (serviceError?: Problem | string): Promise<TestCallResult> => {
      const built = await buildOfflineDialString(settings, e164, input.globals);
      const dial = built.ok ? toTelUri(built.value) : built;
      if (!dial.ok) return error(serviceError ? problem('errTwoProblems', serviceError, problemOf(dial)) : problemOf(dial));
      return {
        ...result,
        outcome: {
          kind: 'dialed',
          targetNumber: e164,
          dialString: dial.value.dialString,
          telUri: dial.value.telUri,
          mode: settings.dialMode === 'qr' ? 'qr' : 'tel',
          via: 'offline',
        },
      };
    };
    // Decision: 'fallback' without a service URL has no service to reach, so it dials locally too.
    if (offlineMode === 'always' || !serviceUrl) return await dialOffline();

    // One nonce for the whole attempt: the request and a %nonce% in the dial string agree.
    const nonce = newNonce();
    const request = await buildRequest(settings, targetNumber, input.globals, nonce);
    if (!request.ok) return error(problemOf(request));
    result.request = previewRequest(request.value, settings);

    let sent: Result<RawResponse>;
    try {
      sent = await input.send(request.value);
    } catch (e) {
      const unreachable = problem('errServiceUnreachable', errorText(e));
      sent = { ok: false, error: english(unreachable), problem: unreachable, unreachable: true };
    }
    // Only a service that never answered falls back; a message, a non-2xx or a bad body is the service's decision.
    if (!sent.ok) return offlineMode === 'fallback' && sent.unreachable ? await dialOffline(problemOf(sent)) : error(problemOf(sent));
    const { status, contentType, body } = sent.value;
    result.response = { status, contentType, body };

    const answer = parseResponse(sent.value);
    if (answer.kind === 'error') return error(answer.problem);
    if (answer.kind === 'message') return { ...result, outcome: { kind: 'message', targetNumber, message: answer.message } };
    if (answer.kind === 'silent') return { ...result, outcome: { kind: 'silent', targetNumber } };

    const expanded = await expandDialString(answer.dialString, {
      account: accountParameters(settings),
      targetNumber,
      globals: input.globals,
      nonce,
      secureTransport: true,
    });
    if (!expanded.ok) return error(problemOf(expanded));
    const dial = toTelUri(expanded.value);
    if (!dial.ok) return error(problemOf(dial));

    return {
      ...result,
      outcome: {
        kind: 'dialed',
        targetNumber,
        dialString: dial.value.dialString,
        telUri: dial.value.telUri,
        mode: settings.dialMode === 'qr' ? 'qr' : 'tel',
        // Said only when the user set up a choice, so outcomes without offline mode stay as they were.
        ...(offlineMode === 'fallback' ? { via: 'service' as const } : {}),
      },
    };
  } catch (e) {
    return error(problem('errCallIncomplete', errorText(e)));
  }
}
