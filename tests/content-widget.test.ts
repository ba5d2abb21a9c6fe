// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composedContains, linkIn } from '../entrypoints/content/widget/click-guards';
import { make } from '../entrypoints/content/widget/dom';
import { alphaOf, filterOpacity, flatParent } from '../entrypoints/content/widget/visibility';
import { rateLimit } from '../entrypoints/content/rate-limit';

describe('widget: what counts as shown', () => {
  it('reads the alpha of computed colours in every notation', () => {
    expect(alphaOf('rgb(1, 2, 3)')).toBe(1);
    expect(alphaOf('rgba(0, 0, 0, 0)')).toBe(0);
    expect(alphaOf('rgb(1 2 3 / 50%)')).toBe(0.5);
    expect(alphaOf('color(srgb 1 0 0 / 0.25)')).toBe(0.25);
    expect(alphaOf('transparent')).toBe(0);
  });

  it('multiplies the opacity() functions of a filter', () => {
    expect(filterOpacity('none')).toBe(1);
    expect(filterOpacity('opacity(0.5) blur(2px) opacity(50%)')).toBe(0.25);
  });

  it('walks the flat tree: a shadow root\'s content goes up to its host', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    const inner = document.createElement('p');
    root.append(inner);
    document.body.append(host);
    expect(flatParent(inner)).toBe(host);
    expect(composedContains(host, inner)).toBe(true);
    expect(composedContains(inner, host)).toBe(false);
    host.remove();
  });
});

describe('widget: links and elements', () => {
  it('finds the link in an event path, innermost first', () => {
    const a = document.createElement('a');
    a.href = 'tel:+12133734253';
    const span = document.createElement('span');
    a.append(span);
    expect(linkIn([span, a, document.body])).toBe(a);
    expect(linkIn([document.body])).toBeUndefined();
  });

  it('makes elements from attributes and text, never markup', () => {
    const p = make(document, 'p', { class: 'x' }, '<b>not bold</b>');
    expect(p.children.length).toBe(0);
    expect(p.textContent).toBe('<b>not bold</b>');
    expect(p.getAttribute('class')).toBe('x');
  });
});

describe('rate limit', () => {
  it('allows max events in the window, then says how long to wait', () => {
    const limit = rateLimit(2, 60_000);
    expect(limit.take()).toBe(true);
    expect(limit.waitMs()).toBe(0);
    expect(limit.take()).toBe(true);
    expect(limit.take()).toBe(false);
    expect(limit.waitMs()).toBeGreaterThan(59_000);
  });
});
