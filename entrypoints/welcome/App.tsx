/** First run: what ThruDial needs from the browser and why, and the choice of where it may run. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { tParts } from '../../components/Trans';
import { t } from '../../utils/i18n';
import { ALL_SITES } from '../../utils/sites/site-access';

type Choice = 'undecided' | 'asking' | 'all-sites' | 'refused' | 'chosen-sites';

export function App() {
  const [choice, setChoice] = useState<Choice>('undecided');

  useEffect(() => {
    void browser.permissions.contains({ origins: ALL_SITES }).then((all) => {
      if (all) setChoice('all-sites');
    });
  }, []);

  function allowAllSites() {
    // Called straight from the click: the browser shows its prompt only during a user gesture.
    let request: Promise<boolean>;
    try {
      request = Promise.resolve(browser.permissions.request({ origins: ALL_SITES }));
    } catch {
      request = Promise.resolve(false);
    }
    setChoice('asking');
    void request.then(
      (granted) => setChoice(granted ? 'all-sites' : 'refused'),
      () => setChoice('refused'),
    );
  }

  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>

      <h2>{t('welcomeNeeds')}</h2>
      <ul>
        <li>
          <strong>{t('welcomeReadTitle')}</strong> {t('welcomeReadText')}
        </li>
        <li>
          <strong>{t('welcomeReachTitle')}</strong> {t('welcomeReachText')}
        </li>
        <li>{tParts('welcomeKeep', <strong>{t('welcomeKeepTitle')}</strong>)}</li>
      </ul>

      <h2>{t('welcomeWhere')}</h2>
      <p>{t('welcomeWhereText')}</p>
      <div class="choices">
        <button type="button" class="primary" onClick={allowAllSites} disabled={choice === 'asking'}>
          {t('welcomeAllowAll')}
        </button>
        <button type="button" onClick={() => setChoice('chosen-sites')} disabled={choice === 'asking'}>
          {t('welcomeChosen')}
        </button>
      </div>

      <div role="status" data-testid="welcome-status">
        {choice === 'asking' && <p class="notice">{t('welcomeAsking')}</p>}
        {choice === 'all-sites' && (
          <p class="notice notice--ok">{t('welcomeAllSites')}</p>
        )}
        {choice === 'refused' && (
          <p class="notice notice--warning">{t('welcomeRefused')}</p>
        )}
        {(choice === 'chosen-sites' || choice === 'refused') && (
          <p class="notice">
            {tParts(
              'welcomeHowTo',
              <strong>{t('welcomeEnableButton')}</strong>,
              <strong>{t('sitesTitle')}</strong>,
              <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                {t('welcomeOptionsLink')}
              </button>,
            )}
          </p>
        )}
      </div>
    </main>
  );
}
