/**
 * Popup: ThruDial on the site of the tab the user is looking at. Enable it there (asks the
 * browser for that one site), or pause and resume it there.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import { currentTab } from './current-tab';
import { sitePermissionPattern } from '../utils/sites/site-access';
import { askBackground } from '../utils/messaging/send-message';
import { siteOrigin, withPaused, type SiteDecision } from '../utils/sites/site-policy';
import { updateSitePolicy, watchSitePolicy } from '../utils/settings/store';

async function currentPageUrl(): Promise<string | undefined> {
  return (await currentTab())?.url;
}

interface SiteState {
  url: string;
  host: string;
  decision: SiteDecision;
}

export function SiteControl() {
  const [site, setSite] = useState<SiteState | undefined>(undefined);
  const [note, setNote] = useState('');

  async function refresh() {
    const url = await currentPageUrl();
    if (!url || !siteOrigin(url)) return setSite(undefined);
    try {
      // The background decides, from the site lists in force (the administrator's included), as it does for the page itself.
      const decision = await askBackground({ type: 'page-site-status', url });
      setSite(decision ? { url, host: new URL(url).hostname, decision } : undefined);
    } catch {
      setSite(undefined);
    }
  }

  // The popup lives briefly: it reads the state when it opens, after its own changes, and when the policy changes.
  useEffect(() => {
    void refresh();
    return watchSitePolicy(() => void refresh());
  }, []);

  if (!site) return null;

  function enable() {
    const pattern = sitePermissionPattern(site!.url);
    if (!pattern) return;
    // Straight from the click: the browser prompts only during a user gesture.
    let request: Promise<boolean>;
    try {
      request = Promise.resolve(browser.permissions.request({ origins: [pattern] }));
    } catch {
      request = Promise.resolve(false);
    }
    setNote('');
    void request.then(
      async (granted) => {
        if (!granted) return setNote(t('siteNotAllowed', site!.host));
        // Remember the choice where the user can see it: the allow list in the options.
        await updateSitePolicy((policy) => (policy.allow.includes(site!.host) ? policy : { ...policy, allow: [...policy.allow, site!.host] }));
        await refresh();
      },
      () => setNote(t('siteNotAllowed', site!.host)),
    );
  }

  async function setPaused(paused: boolean) {
    await updateSitePolicy((policy) => withPaused(policy, siteOrigin(site!.url)!, paused));
  }

  return (
    <section class="site-control" data-testid="site-control" aria-label={t('siteRegion')}>
      {site.decision === 'no-permission' && (
        <>
          <p class="muted">{t('siteNotRead', site.host)}</p>
          <button type="button" onClick={enable}>
            {t('siteEnable', site.host)}
          </button>
        </>
      )}
      {(site.decision === 'on' || site.decision === 'paused') && (
        <label class="site-switch">
          <input
            type="checkbox"
            role="switch"
            checked={site.decision === 'paused'}
            onChange={(e) => void setPaused(e.currentTarget.checked)}
          />
          <span>{t('sitePause')}</span>
          <small class="muted">
            {site.decision === 'paused' ? t('sitePausedOn', siteOrigin(site.url) ?? site.host) : t('siteFinding', site.host)}
          </small>
        </label>
      )}
      {site.decision === 'denied' && (
        <p class="muted">{t('siteDenied', site.host)}</p>
      )}
      {note && <p class="notice notice--warning" role="alert">{note}</p>}
    </section>
  );
}
