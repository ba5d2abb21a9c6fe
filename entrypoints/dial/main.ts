/**
 * The short-lived tab in which the background hands a tel: URI to the system (see
 * entrypoints/background/tel-handoff.ts). It only says what it is for, in case the user sees it.
 */
import { messageLocale, t } from '../../utils/i18n';

document.documentElement.lang = messageLocale();
document.title = t('dialPageTitle');
document.getElementById('status')!.textContent = t('dialPageHandingOff');
