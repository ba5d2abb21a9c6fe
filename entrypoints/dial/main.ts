/**
 * The tab in which the background hands a tel: URI to the system (entrypoints/background/tel-handoff.ts).
 * It reports whether it has the focus and is visible, so the background can tell a browser question
 * over it (focus lost) from a plain hand-off; while the browser asks, it says so and offers the QR code.
 */
import { browser } from 'wxt/browser';
import { messageLocale, t } from '../../utils/i18n';
import { DIAL_PORT, type DialPageCommand, type DialPageMessage } from '../background/tel-handoff-decision';

/** While the browser asks, the report repeats: a message on the port keeps Chromium's service worker awake. */
const REPORT_EVERY_MS = 20_000;

document.documentElement.lang = messageLocale();
document.title = t('dialPageTitle');
document.getElementById('status')!.textContent = t('dialPageHandingOff');
document.getElementById('asking-text')!.textContent = t('dialPageAsking');
const showQr = document.getElementById('show-qr') as HTMLButtonElement;
showQr.textContent = t('dialPageShowQr');

const port = browser.runtime.connect({ name: DIAL_PORT });
const send = (message: DialPageMessage) => port.postMessage(message);
let leaving = false;
// Replaced by an error page (Firefox, nothing takes tel:), this page turns hidden as it goes: that is no "user left".
const report = () => leaving || send({ type: 'page-state', focused: document.hasFocus(), visible: document.visibilityState === 'visible' });
addEventListener('pagehide', () => (leaving = true));

port.onMessage.addListener((command: DialPageCommand) => {
  if (command?.type !== 'asking') return;
  document.getElementById('status')!.hidden = true;
  document.getElementById('asking')!.hidden = false;
});
showQr.addEventListener('click', () => send({ type: 'show-qr' }));
addEventListener('focus', report);
addEventListener('blur', report);
document.addEventListener('visibilitychange', report);
setInterval(report, REPORT_EVERY_MS);
report();
