/**
 * Options page "Test": runs a call with the form's unsaved settings and shows, as text only,
 * the exact request (password masked by the background), the service's answer and the outcome.
 */
import { useState } from 'preact/hooks';
import { askBackground } from '../utils/messaging/send-message';
import type { CallOutcome, TestCallResult } from '../utils/protocol/call';
import type { RequestPreview } from '../utils/protocol/request';
import type { Settings } from '../utils/settings/settings';
import { t } from '../utils/i18n';
import { Field } from './Field';

export const SAMPLE_NUMBER = '+1 (213) 373-4253';

export interface HostPermissionRequest {
  /** e.g. https://example.com */
  origin: string;
  granted: Promise<boolean>;
}

interface Props {
  /** The form as it is on screen, saved or not. */
  currentSettings: () => Settings;
  /** Asks for the service's host permission; must be called synchronously in the click. */
  requestPermission: (settings: Settings) => HostPermissionRequest | undefined;
}

type TestState =
  | { phase: 'idle' }
  | { phase: 'running'; note: string }
  | { phase: 'done'; result: TestCallResult; permissionNote?: string };

export function TestCallPanel({ currentSettings, requestPermission }: Props) {
  const [number, setNumber] = useState(SAMPLE_NUMBER);
  const [state, setState] = useState<TestState>({ phase: 'idle' });

  async function runTest() {
    const settings = currentSettings();
    // Before any await: the permission prompt needs the click's user gesture.
    const permission = requestPermission(settings);
    let permissionNote: string | undefined;
    if (permission) {
      setState({ phase: 'running', note: t('testWaiting', permission.origin) });
      if (!(await permission.granted)) permissionNote = permissionMessage(permission.origin);
    }
    setState({ phase: 'running', note: t('testCalling') });
    let result: TestCallResult;
    try {
      const answer = await askBackground({ type: 'test-call', settings, number });
      result = answer ?? { outcome: { kind: 'error', message: t('testNoAnswer') } };
    } catch (e) {
      result = { outcome: { kind: 'error', message: t('testFailed', errorText(e)) } };
    }
    setState({ phase: 'done', result, permissionNote });
  }

  return (
    <section class="card" aria-labelledby="test-heading">
      <h2 id="test-heading">{t('testTitle')}</h2>
      <p class="section-hint">
        {t('testHint')}
      </p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void runTest();
        }}
      >
        <Field id="test-number" label={t('testNumber')} value={number} onValue={setNumber} type="tel" inputMode="tel" />
        <button type="submit" class="primary" disabled={state.phase === 'running'}>
          {t('testButton')}
        </button>
      </form>
      <div role="status" class="test-progress">
        {state.phase === 'running' ? state.note : ''}
      </div>
      {state.phase === 'done' && (
        <div class="test-results">
          {state.permissionNote && <p class="notice notice--warning">{state.permissionNote}</p>}
          <h3>{t('testRequest')}</h3>
          <pre data-testid="test-request">{requestText(state.result.request)}</pre>
          <h3>{t('testAnswer')}</h3>
          <pre data-testid="test-response">{responseText(state.result.response)}</pre>
          <h3>{t('testOutcome')}</h3>
          <pre data-testid="test-outcome" class={`outcome outcome--${state.result.outcome.kind}`}>
            {outcomeText(state.result.outcome)}
          </pre>
        </div>
      )}
    </section>
  );
}

export function permissionMessage(origin: string): string {
  return t('permissionNeeded', origin);
}

export function requestText(request: RequestPreview | undefined): string {
  if (!request) return t('testNoRequest');
  const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`);
  return [`${request.method} ${request.url}`, ...headers, ...(request.body !== undefined ? ['', request.body] : [])].join('\n');
}

export function responseText(response: TestCallResult['response']): string {
  if (!response) return t('testNoResponse');
  return [`HTTP ${response.status}`, `Content-Type: ${response.contentType ?? t('testNone')}`, '', response.body].join('\n');
}

export function outcomeText(outcome: CallOutcome): string {
  switch (outcome.kind) {
    case 'dialed':
      return `${t('outcomeDialString', outcome.dialString)}\n${t('outcomeTelUri', outcome.telUri)}`;
    case 'message':
      return t('outcomeMessage', outcome.message);
    case 'silent':
      return t('outcomeSilent');
    case 'error':
      return t('outcomeError', outcome.message);
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
