/** What happened to the last call, as text; a dial string for QR mode comes with its QR code. */
import type { CallOutcome } from '../utils/protocol/call';
import { t, type MessageKey } from '../utils/i18n';
import { QrCode } from './QrCode';
import { tParts } from './Trans';
import { spokenDialString } from '../utils/protocol/spoken-dial-string';

/** A dial string or tel: URI as a screen reader should say it, in the UI's language. */
export function spokenDial(dialStringOrTelUri: string): string {
  return spokenDialString(dialStringOrTelUri, { pause: t('dialWordPause'), wait: t('dialWordWait') });
}

export type CallState = { phase: 'idle' } | { phase: 'calling'; number: string } | { phase: 'done'; outcome: CallOutcome };

export function CallStatus({ state }: { state: CallState }) {
  return (
    <div class={`call-status call-status--${statusTone(state)}`} role="status" data-testid="call-status">
      {state.phase === 'calling' && <p>{t('callCalling', state.number)}</p>}
      {state.phase === 'done' && <OutcomeView outcome={state.outcome} />}
    </div>
  );
}

function OutcomeView({ outcome }: { outcome: CallOutcome }) {
  switch (outcome.kind) {
    case 'dialed':
      return outcome.mode === 'qr' ? (
        <div class="call-qr">
          {outcome.notice && <p data-testid="call-notice">{outcome.notice}</p>}
          <p>{t('callScanQr', outcome.targetNumber)}</p>
          <QrCode text={outcome.telUri} label={t('qrToDial', spokenDial(outcome.telUri))} size={168} />
          {/* Said once, by the QR code's name: this is the same dial string for the eyes. */}
          <p class="dial-string" aria-hidden="true">{outcome.dialString}</p>
        </div>
      ) : (
        <p>{tParts('callLinked', outcome.targetNumber, <span class="dial-string">{outcome.dialString}</span>)}</p>
      );
    case 'message':
      return <p dir="auto">{outcome.message}</p>;
    case 'silent':
      return <p>{t('callSilent')}</p>;
    case 'error':
      return <p dir="auto">{outcome.message}</p>;
  }
}

function statusTone(state: CallState): string {
  if (state.phase !== 'done') return state.phase;
  return state.outcome.kind === 'dialed' ? 'ok' : state.outcome.kind === 'error' ? 'error' : 'info';
}

/** One word for a history entry's outcome. */
export function outcomeLabel(kind: CallOutcome['kind']): string {
  const keys: Record<CallOutcome['kind'], MessageKey> = { dialed: 'historyDialed', message: 'historyRefused', silent: 'historyIgnored', error: 'historyFailed' };
  return t(keys[kind]);
}
