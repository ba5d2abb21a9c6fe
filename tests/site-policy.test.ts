import { describe, expect, it } from 'vitest';
import { english } from '../utils/protocol/problem';
import { ALL_SITES, contentScriptMatches, isGranted, matchesPattern, sitePermissionPattern } from '../utils/sites/site-access';
import {
  EMPTY_SITE_POLICY, hostPatternOrigins, parseHostList, siteDecision, siteOrigin, withPaused, type SitePolicy,
} from '../utils/sites/site-policy';

const policy = (p: Partial<SitePolicy>): SitePolicy => ({ ...EMPTY_SITE_POLICY, ...p });
const SHOP = 'https://shop.example/contact?x=1';

describe('siteDecision: whether the content script runs on a page', () => {
  it('runs on a granted site with no policy', () => {
    expect(siteDecision(SHOP, EMPTY_SITE_POLICY, ['https://shop.example/*'])).toBe('on');
    expect(siteDecision(SHOP, EMPTY_SITE_POLICY, ALL_SITES)).toBe('on');
    expect(siteDecision(SHOP, EMPTY_SITE_POLICY, ['<all_urls>'])).toBe('on');
  });

  it('a site the browser did not grant has no permission, even on the allow list', () => {
    expect(siteDecision(SHOP, EMPTY_SITE_POLICY, [])).toBe('no-permission');
    expect(siteDecision(SHOP, policy({ allow: ['shop.example'] }), ['https://other.example/*'])).toBe('no-permission');
    expect(siteDecision('http://shop.example/', EMPTY_SITE_POLICY, ['https://shop.example/*'])).toBe('no-permission');
  });

  it('pages that are not web pages never run it', () => {
    for (const url of ['chrome://extensions/', 'file:///tmp/a.html', 'about:blank', 'not a url'])
      expect(siteDecision(url, EMPTY_SITE_POLICY, ['<all_urls>'])).toBe('no-permission');
  });

  it('pausing is per origin: scheme, host and port', () => {
    const paused = policy({ paused: ['https://shop.example'] });
    expect(siteDecision(SHOP, paused, ALL_SITES)).toBe('paused');
    expect(siteDecision('http://shop.example/', paused, ALL_SITES)).toBe('on');
    expect(siteDecision('https://shop.example:8443/', paused, ALL_SITES)).toBe('on');
    expect(siteDecision('https://www.shop.example/', paused, ALL_SITES)).toBe('on');
  });

  it('the deny list wins over the grant and over a pause', () => {
    expect(siteDecision(SHOP, policy({ deny: ['shop.example'] }), ALL_SITES)).toBe('denied');
    expect(siteDecision(SHOP, policy({ deny: ['shop.example'], paused: ['https://shop.example'] }), ALL_SITES)).toBe('denied');
    expect(siteDecision(SHOP, policy({ deny: ['shop.example'] }), [])).toBe('denied');
  });

  it('*.example.org covers the site and its subdomains, not look-alikes', () => {
    const deny = policy({ deny: ['*.example.org'] });
    expect(siteDecision('https://example.org/', deny, ALL_SITES)).toBe('denied');
    expect(siteDecision('https://a.b.example.org/', deny, ALL_SITES)).toBe('denied');
    expect(siteDecision('https://badexample.org/', deny, ALL_SITES)).toBe('on');
    expect(siteDecision('https://example.org.evil.test/', deny, ALL_SITES)).toBe('on');
  });

  it('an allow entry lifts a deny only when it names the site more narrowly', () => {
    const p = policy({ deny: ['*.example.org'], allow: ['www.example.org'] });
    expect(siteDecision('https://www.example.org/', p, ALL_SITES)).toBe('on');
    expect(siteDecision('https://mail.example.org/', p, ALL_SITES)).toBe('denied');
    expect(siteDecision('https://www.example.org/', policy({ deny: ['www.example.org'], allow: ['www.example.org'] }), ALL_SITES)).toBe('denied');
    expect(siteDecision('https://www.example.org/', policy({ deny: ['www.example.org'], allow: ['*.example.org'] }), ALL_SITES)).toBe('denied');
  });

  it('ports are ignored by the lists and by the grant, as browsers ignore them in match patterns', () => {
    expect(siteDecision('http://127.0.0.1:41234/page', EMPTY_SITE_POLICY, ['http://127.0.0.1/*'])).toBe('on');
    expect(siteDecision('http://127.0.0.1:41234/page', policy({ deny: ['127.0.0.1'] }), ['http://127.0.0.1/*'])).toBe('denied');
  });
});

describe('withPaused and siteOrigin', () => {
  it('pauses and resumes one origin, keeping the others', () => {
    const p = withPaused(policy({ paused: ['https://a.example'] }), 'https://b.example', true);
    expect(p.paused).toEqual(['https://a.example', 'https://b.example']);
    expect(withPaused(p, 'https://b.example', true).paused).toEqual(['https://a.example', 'https://b.example']);
    expect(withPaused(p, 'https://a.example', false).paused).toEqual(['https://b.example']);
  });

  it('an origin is only for web pages', () => {
    expect(siteOrigin('https://Shop.Example:8443/x')).toBe('https://shop.example:8443');
    expect(siteOrigin('chrome://newtab/')).toBeUndefined();
  });
});

describe('host lists in the options page: one host pattern per line', () => {
  it('accepts hosts and *.hosts, normalises case, trailing dots and IDNs, skips blanks and repeats', () => {
    expect(parseHostList('example.com\n\n  *.Example.ORG  \nexample.com\nlocalhost\n127.0.0.1\nbücher.example.\n')).toEqual({
      patterns: ['example.com', '*.example.org', 'localhost', '127.0.0.1', 'xn--bcher-kva.example'],
      problems: [],
    });
  });

  it.each([
    ['https://example.com', 'Write only the site name, without http:// or https://'],
    ['example.com/contact', 'Leave out the path'],
    ['example.com:8080', 'Leave out the port'],
    ['example .com', 'A site name has no spaces'],
    ['*', '"*" alone would cover every site'],
    ['ex*ample.com', 'A * may only stand at the start'],
    ['*example.com', 'A * may only stand at the start'],
    ['exa$mple.com', 'This is not a valid site name.'],
    ['-bad.example', 'This is not a valid site name.'],
    ['a..b', 'This is not a valid site name.'],
  ])('refuses %s with a clear reason', (entry, reason) => {
    const { patterns, problems } = parseHostList(`ok.example\n${entry}`);
    expect(patterns).toEqual(['ok.example']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, text: entry });
    expect(problems[0]!.problem.code).toMatch(/^errSite/);
    expect(english(problems[0]!.problem)).toContain(reason);
  });

  it('an allow entry asks for http and https on that host', () => {
    expect(hostPatternOrigins('*.example.org')).toEqual(['http://*.example.org/*', 'https://*.example.org/*']);
  });
});

describe('site access: match patterns and the content script registration', () => {
  it('matches scheme, host and path like the browser, ignoring the port', () => {
    expect(matchesPattern('https://a.example.org:444/x', 'https://*.example.org/*')).toBe(true);
    expect(matchesPattern('https://example.org/x', 'https://*.example.org/*')).toBe(true);
    expect(matchesPattern('http://example.org/x', 'https://*.example.org/*')).toBe(false);
    expect(matchesPattern('https://example.org/x', '*://example.org/*')).toBe(true);
    expect(matchesPattern('https://example.org/a/b', 'https://example.org/a/*')).toBe(true);
    expect(matchesPattern('https://example.org/b', 'https://example.org/a/*')).toBe(false);
    expect(matchesPattern('file:///tmp/x', '<all_urls>')).toBe(true);
    expect(matchesPattern('chrome://settings/', '<all_urls>')).toBe(false);
    expect(isGranted('https://x.example/', ['http://x.example/*'])).toBe(false);
  });

  it('registers the content script for exactly the granted web origins, or <all_urls> for every site', () => {
    expect(contentScriptMatches([])).toEqual([]);
    expect(contentScriptMatches(['https://b.example/*', 'http://127.0.0.1/*', 'https://b.example/*'])).toEqual([
      'http://127.0.0.1/*', 'https://b.example/*',
    ]);
    expect(contentScriptMatches(ALL_SITES)).toEqual(['<all_urls>']);
    expect(contentScriptMatches(['<all_urls>'])).toEqual(['<all_urls>']);
    expect(contentScriptMatches(['chrome://favicon/*', 'https://a.example/*'])).toEqual(['https://a.example/*']);
  });

  it('"Enable on this site" asks for that host on that scheme', () => {
    expect(sitePermissionPattern('https://shop.example:8443/contact')).toBe('https://shop.example/*');
    expect(sitePermissionPattern('chrome://extensions')).toBeUndefined();
  });
});
