import { describe, expect, it } from 'vitest';
import { siteUrlOf } from '../entrypoints/background/sender-site';

describe("a content script's site is decided for what the browser says of its frame", () => {
  it('a web frame: its own address', () => {
    expect(siteUrlOf({ url: 'https://a.example/x', origin: 'https://a.example', tabUrl: 'https://top.example/' })).toBe('https://a.example/x');
  });
  it('about:blank or srcdoc: the origin that created it', () => {
    expect(siteUrlOf({ url: 'about:srcdoc', origin: 'https://a.example', tabUrl: 'https://top.example/' })).toBe('https://a.example/');
  });
  it('an opaque origin (sandbox, data:): the tab page', () => {
    expect(siteUrlOf({ url: 'data:text/html,x', origin: 'null', tabUrl: 'https://top.example/' })).toBe('https://top.example/');
  });
});
