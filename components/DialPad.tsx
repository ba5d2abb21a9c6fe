/** Phone keypad: 1-9, *, 0, #, + and backspace. Each key reports what it types. */
import { t } from '../utils/i18n';

const KEYS: { key: string; letters?: string }[] = [
  { key: '1' }, { key: '2', letters: 'ABC' }, { key: '3', letters: 'DEF' },
  { key: '4', letters: 'GHI' }, { key: '5', letters: 'JKL' }, { key: '6', letters: 'MNO' },
  { key: '7', letters: 'PQRS' }, { key: '8', letters: 'TUV' }, { key: '9', letters: 'WXYZ' },
  { key: '*' }, { key: '0' }, { key: '#' },
];

export function DialPad({ onKey, onBackspace }: { onKey: (key: string) => void; onBackspace: () => void }) {
  return (
    <div class="dial-pad" role="group" aria-label={t('dialPad')}>
      {KEYS.map(({ key, letters }) => (
        // Named by what it shows, "2 ABC" (WCAG 2.5.3: the visible text is the name).
        <button type="button" class="dial-key" key={key} onClick={() => onKey(key)}>
          <span class="dial-digit">{key}</span>
          {letters ? <> <span class="dial-letters">{letters}</span></> : <span class="dial-letters" aria-hidden="true">{'\u00a0'}</span>}
        </button>
      ))}
      <button type="button" class="dial-key dial-key--aux" onClick={() => onKey('+')}>
        <span class="dial-digit">+</span>
      </button>
      <button type="button" class="dial-key dial-key--aux" aria-label={t('dialPadBackspace')} onClick={onBackspace}>
        <span class="dial-digit" aria-hidden="true">⌫</span>
      </button>
    </div>
  );
}
