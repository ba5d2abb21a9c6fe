/** Popup: dial a number, see what happened, call a recent number again, scan the last QR code. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CallStatus, outcomeLabel, spokenDial, type CallState } from '../../components/CallStatus';
import { DialPad } from '../../components/DialPad';
import { PageNumbers } from '../../components/PageNumbers';
import { QrCode } from '../../components/QrCode';
import { SiteControl } from '../../components/SiteControl';
import { tParts } from '../../components/Trans';
import { messageLocale, t } from '../../utils/i18n';
import type { CallOutcome } from '../../utils/protocol/call';
import type { HistoryEntry } from '../../utils/settings/store';
import { askBackground } from '../../utils/messaging/send-message';
import { isSetUp } from '../../utils/settings/readiness';
import { loadHistory, loadSettings, watchHistory } from '../../utils/settings/store';

const RECENT_SHOWN = 10;

export function App() {
  const [number, setNumber] = useState('');
  const [call, setCall] = useState<CallState>({ phase: 'idle' });
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [configured, setConfigured] = useState(true);

  useEffect(() => {
    void loadHistory().then(setHistory);
    void loadSettings().then((s) => setConfigured(isSetUp(s)));
    return watchHistory(setHistory);
  }, []);

  /** `options`: QR mode, and the country a page's number was read for (from "Numbers on this page"). */
  async function placeCall(target: string, options: { mode?: 'qr'; pageCountry?: string } = {}) {
    const text = target.trim();
    if (!text) {
      setCall({ phase: 'done', outcome: { kind: 'error', message: t('popupEnterNumber') } });
      return;
    }
    if (call.phase === 'calling') return;
    setCall({ phase: 'calling', number: text });
    let outcome: CallOutcome;
    try {
      const answer = await askBackground({ type: 'call', number: text, ...options });
      outcome = answer ?? { kind: 'error', message: t('popupNoAnswer') };
    } catch (e) {
      outcome = { kind: 'error', message: t('callFailed', e instanceof Error ? e.message : String(e)) };
    }
    setCall({ phase: 'done', outcome });
  }

  const lastDialed = history.find((entry) => entry.telUri);
  const statusShowsQr =
    call.phase === 'done' && call.outcome.kind === 'dialed' && call.outcome.mode === 'qr' && call.outcome.telUri === lastDialed?.telUri;

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>ThruDial</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </header>

      <SiteControl />

      {!configured && (
        <p class="notice notice--warning">
          {tParts('popupNotConfigured', <strong>{t('popupOptions')}</strong>)}
        </p>
      )}

      <form
        class="dial-form"
        onSubmit={(e) => {
          e.preventDefault();
          void placeCall(number);
        }}
      >
        <label htmlFor="number">{t('popupNumber')}</label>
        <div class="number-row">
          <input
            id="number"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            autoFocus
            value={number}
            placeholder="+1 213 373 4253"
            onInput={(e) => setNumber(e.currentTarget.value)}
          />
        </div>
        <DialPad onKey={(key) => setNumber(number + key)} onBackspace={() => setNumber(number.slice(0, -1))} />
        <button type="submit" class="primary call-button" disabled={call.phase === 'calling'}>
          {t('popupCall')}
        </button>
      </form>

      <CallStatus state={call} />

      <PageNumbers onCall={(found, mode) => void placeCall(found.text, { mode, pageCountry: found.country })} />

      {lastDialed?.telUri && !statusShowsQr && (
        <section class="last-qr" data-testid="last-qr" aria-labelledby="last-qr-heading">
          <h2 id="last-qr-heading">{t('popupLastDialString')}</h2>
          <div class="last-qr-body">
            <QrCode text={lastDialed.telUri} label={t('qrToDial', spokenDial(lastDialed.telUri))} size={120} />
            <div>
              {/* Said once, by the QR code's name: this is the same dial string for the eyes. */}
              <p class="dial-string" aria-hidden="true">{lastDialed.dialString}</p>
              <p class="muted">{t('popupScanLast', lastDialed.number)}</p>
            </div>
          </div>
        </section>
      )}

      <section class="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('popupRecent')}</h2>
        {history.length === 0 ? (
          <p class="muted" data-testid="recent-calls">{t('popupNoCalls')}</p>
        ) : (
          <ul class="recent-list" data-testid="recent-calls">
            {history.slice(0, RECENT_SHOWN).map((entry) => (
              <li key={`${entry.time}-${entry.number}`} class={`recent-item recent-item--${entry.outcome}`}>
                <div class="recent-text">
                  <span class="recent-number">{entry.number}</span>
                  <span class="recent-meta">
                    <time dateTime={new Date(entry.time).toISOString()}>{formatTime(entry.time)}</time>
                    {' · '}
                    <span class="recent-outcome">{outcomeLabel(entry.outcome)}</span>
                  </span>
                  {entry.detail && <span class="recent-detail">{entry.detail}</span>}
                </div>
                <button
                  type="button"
                  aria-label={t('popupCallAgainLabel', entry.number)}
                  disabled={call.phase === 'calling'}
                  onClick={() => {
                    setNumber(entry.number);
                    void placeCall(entry.number);
                  }}
                >
                  {t('popupCallAgain')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

/** Local time; the date only when it is not today. */
function formatTime(ms: number): string {
  const date = new Date(ms);
  const today = new Date().toDateString() === date.toDateString();
  return today
    ? date.toLocaleTimeString(messageLocale(), { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(messageLocale(), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
