/**
 * Options: the sites ThruDial runs on (allow list; saving asks the browser for them) and the
 * sites it never reads (deny list). One host pattern per line; see utils/sites/site-policy.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, tProblem } from '../utils/i18n';
import { hostPatternOrigins, parseHostList, type HostListProblem } from '../utils/sites/site-policy';
import { loadSitePolicy, updateSitePolicy } from '../utils/settings/store';
import { Field } from './Field';
import { tParts } from './Trans';

/** All problems of one list as one message beside it. */
function describe(problems: HostListProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  return problems.map((p) => t('sitesLine', p.line, p.text, tProblem(p.problem))).join(' ');
}

export function SiteLists() {
  const [allow, setAllow] = useState('');
  const [deny, setDeny] = useState('');
  const [errors, setErrors] = useState<{ allow?: string; deny?: string }>({});
  const [status, setStatus] = useState('');
  const [permissionNote, setPermissionNote] = useState('');

  useEffect(() => {
    void loadSitePolicy().then((policy) => {
      setAllow(policy.allow.join('\n'));
      setDeny(policy.deny.join('\n'));
    });
  }, []);

  function save(event: Event) {
    event.preventDefault();
    const allowed = parseHostList(allow);
    const denied = parseHostList(deny);
    const found = { allow: describe(allowed.problems), deny: describe(denied.problems) };
    setErrors(found);
    setStatus('');
    setPermissionNote('');
    if (found.allow || found.deny) return;

    // Ask before any await: the browser prompts only during the click. Never awaited before storing.
    const origins = allowed.patterns.flatMap(hostPatternOrigins);
    let granted: Promise<boolean> = Promise.resolve(true);
    if (origins.length > 0) {
      try {
        granted = Promise.resolve(browser.permissions.request({ origins }));
      } catch {
        granted = Promise.resolve(false);
      }
    }
    void updateSitePolicy((policy) => ({ ...policy, allow: allowed.patterns, deny: denied.patterns }))
      .then(
        () => {
          setAllow(allowed.patterns.join('\n'));
          setDeny(denied.patterns.join('\n'));
          setStatus(t('sitesSaved'));
        },
        (e: unknown) => setStatus(t('saveFailed', e instanceof Error ? e.message : String(e))),
      );
    void granted.then(
      (ok) => ok || setPermissionNote(t('sitesPermissionNote')),
      () => setPermissionNote(t('sitesPermissionNote')),
    );
  }

  return (
    <form class="card site-lists" onSubmit={save} noValidate aria-labelledby="site-lists-heading">
      <h2 id="site-lists-heading">{t('sitesTitle')}</h2>
      <p class="section-hint">
        {tParts('sitesHint', <code>example.com</code>, <code>*.example.org</code>)}
      </p>
      <Field
        id="site-allow"
        label={t('sitesAllow')}
        multiline
        rows={4}
        value={allow}
        onValue={setAllow}
        placeholder="example.com"
        hint={t('sitesAllowHint')}
        error={errors.allow}
      />
      <Field
        id="site-deny"
        label={t('sitesDeny')}
        multiline
        rows={4}
        value={deny}
        onValue={setDeny}
        placeholder="*.bank.example"
        hint={t('sitesDenyHint')}
        error={errors.deny}
      />
      <div class="save-bar">
        <button type="submit">{t('sitesSave')}</button>
        <div role="status" class="save-status" data-testid="sites-status">{status}</div>
      </div>
      <div role="alert" class="notice notice--warning" data-testid="sites-permission-note">{permissionNote}</div>
    </form>
  );
}
