/** First run: what ThruDial needs from the browser and why, and the choice of where it may run. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES } from '../../utils/site-access';

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
      <h1>Welcome to ThruDial</h1>
      <p>
        ThruDial finds phone numbers on the web pages you visit. Click one, and ThruDial asks your provider's call-through
        service to connect the call to your phone.
      </p>

      <h2>What ThruDial needs, and why</h2>
      <ul>
        <li>
          <strong>Read the pages where you want it.</strong> To find phone numbers, ThruDial reads the text of a page inside
          your browser. Nothing from the page is sent anywhere: only the number you click goes to your provider.
        </li>
        <li>
          <strong>Reach your provider.</strong> When you save your provider's service address in the options, ThruDial asks
          to connect to that one address.
        </li>
        <li>
          <strong>Keep your settings</strong> on this computer, never in a browser sync account.
        </li>
      </ul>

      <h2>Where should ThruDial work?</h2>
      <p>
        You decide. Your browser will ask you to confirm, and you can change your mind at any time in the browser's extension
        settings or in ThruDial's options.
      </p>
      <div class="choices">
        <button type="button" class="primary" onClick={allowAllSites} disabled={choice === 'asking'}>
          Allow on all sites
        </button>
        <button type="button" onClick={() => setChoice('chosen-sites')} disabled={choice === 'asking'}>
          Only on sites I choose
        </button>
      </div>

      <div role="status" data-testid="welcome-status">
        {choice === 'asking' && <p class="notice">Answer your browser's question to continue.</p>}
        {choice === 'all-sites' && (
          <p class="notice notice--ok">
            ThruDial now works on every site. You can still pause it on a site from the ThruDial button in the toolbar, or
            list sites it must never read in the options.
          </p>
        )}
        {choice === 'refused' && (
          <p class="notice notice--warning">
            ThruDial was not allowed on all sites, so it reads no pages for now. You can allow it one site at a time instead.
          </p>
        )}
        {(choice === 'chosen-sites' || choice === 'refused') && (
          <p class="notice">
            On a site where you want ThruDial, click the ThruDial button in the toolbar and choose{' '}
            <strong>Enable ThruDial on</strong> that site. Or list your sites under <strong>Sites</strong> in the{' '}
            <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
              options
            </button>
            .
          </p>
        )}
      </div>
    </main>
  );
}
