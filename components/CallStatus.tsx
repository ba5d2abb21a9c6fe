/** What happened to the last call, as text; a dial string for QR mode comes with its QR code. */
import type { CallOutcome } from '../utils/messages';
import { QrCode } from './QrCode';

export type CallState = { phase: 'idle' } | { phase: 'calling'; number: string } | { phase: 'done'; outcome: CallOutcome };

export function CallStatus({ state }: { state: CallState }) {
  return (
    <div class={`call-status call-status--${statusTone(state)}`} role="status" data-testid="call-status">
      {state.phase === 'calling' && <p>Calling {state.number}…</p>}
      {state.phase === 'done' && <OutcomeView outcome={state.outcome} />}
    </div>
  );
}

function OutcomeView({ outcome }: { outcome: CallOutcome }) {
  switch (outcome.kind) {
    case 'dialed':
      return outcome.mode === 'qr' ? (
        <div class="call-qr">
          <p>Scan with your phone to call {outcome.targetNumber}:</p>
          <QrCode text={outcome.telUri} label={`QR code to dial ${outcome.dialString}`} size={168} />
          <p class="dial-string">{outcome.dialString}</p>
        </div>
      ) : (
        <p>
          Calling {outcome.targetNumber} on your linked phone: <span class="dial-string">{outcome.dialString}</span>
        </p>
      );
    case 'message':
      return <p dir="auto">{outcome.message}</p>;
    case 'silent':
      return <p>The service did not place the call and gave no reason.</p>;
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
  return { dialed: 'Dialed', message: 'Refused', silent: 'Ignored', error: 'Failed' }[kind];
}
