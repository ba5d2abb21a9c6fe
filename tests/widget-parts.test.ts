// @vitest-environment happy-dom
// The widget's parts on their own (entrypoints/content/widget/): host, panel, control, focus memory, the still-written guard.
// The whole widget on real pages, with real clicks, is in tests/e2e (widget, hostile-page, access).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { numberStillWritten } from '../entrypoints/content/widget/click-guards';
import { createControl } from '../entrypoints/content/widget/control';
import { focusMemory } from '../entrypoints/content/widget/focus';
import { createHost } from '../entrypoints/content/widget/host';
import { createPanel } from '../entrypoints/content/widget/panel';
import { HOST_ID, HOST_STYLE } from '../entrypoints/content/widget/style';

/** MutationObserver callbacks run as microtasks. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.documentElement.querySelectorAll(`#${HOST_ID}`).forEach((e) => e.remove());
  document.body.replaceChildren();
});

describe('widget host', () => {
  it('goes at the end of <html> with only its id and pinned style, once', () => {
    const host = createHost(document, () => undefined);
    expect(host.placed()).toBe(false);
    expect(host.place()).toBe(true);
    expect(host.place()).toBe(false);
    expect(document.documentElement.lastElementChild).toBe(host.element);
    expect(host.element.getAttributeNames().sort()).toEqual(['id', 'style']);
    expect(host.element.getAttribute('style')).toBe(HOST_STYLE);
    host.remove();
  });

  it('is put back when the page removes it, and the touch is reported', async () => {
    const touched = vi.fn();
    const host = createHost(document, touched);
    host.place();
    host.element.remove();
    await settled();
    expect(host.placed()).toBe(true);
    expect(touched).toHaveBeenCalled();
    host.remove();
  });

  it('gets its own style back when the page restyles it or adds attributes', async () => {
    const touched = vi.fn();
    const host = createHost(document, touched);
    host.place();
    host.element.setAttribute('style', 'opacity: 0 !important');
    host.element.setAttribute('class', 'hide-me');
    await settled();
    expect(host.intact()).toBe(true);
    expect(host.element.getAttribute('style')).toBe(HOST_STYLE);
    expect(host.element.hasAttribute('class')).toBe(false);
    expect(touched).toHaveBeenCalled();
    host.remove();
  });

  it('stops putting itself back after a bounded number of removals a minute', async () => {
    const host = createHost(document, () => undefined);
    host.place();
    let putBack = 0;
    for (let i = 0; i < 30; i++) {
      host.element.remove();
      await settled();
      if (host.placed()) putBack++;
    }
    expect(putBack).toBeGreaterThan(0);
    expect(putBack).toBeLessThan(30);
    host.remove();
  });

  it('once removed by ThruDial, stays removed', async () => {
    const host = createHost(document, () => undefined);
    host.place();
    host.remove();
    await settled();
    expect(host.element.isConnected).toBe(false);
  });
});

describe('widget status panel', () => {
  function panelIn(onHidden = vi.fn()) {
    const host = createHost(document, () => undefined);
    host.place();
    const controller = new AbortController();
    const panel = createPanel(document, host.root, { signal: controller.signal, focusIn: () => false, onHidden });
    return { host, panel, onHidden };
  }

  it('shows a server message as text, never as markup', () => {
    const { host, panel } = panelIn();
    panel.showOutcome({ kind: 'message', message: '<img src=x onerror=alert(1)>Busy' }, '030 1234567');
    expect(panel.hidden).toBe(false);
    expect(panel.element.querySelector('img')).toBeNull();
    expect(panel.element.textContent).toContain('<img src=x onerror=alert(1)>Busy');
    host.remove();
  });

  it('a silent outcome hides and empties it, and says so once through the live region', async () => {
    const onHidden = vi.fn();
    const { host, panel } = panelIn(onHidden);
    panel.show(document.createTextNode('Calling…'));
    panel.showOutcome({ kind: 'silent' }, '030 1234567');
    expect(panel.hidden).toBe(true);
    expect(panel.element.textContent).not.toContain('Calling');
    expect(onHidden).toHaveBeenCalledWith(false);
    await vi.waitFor(() => expect(host.root.querySelector('[role="status"]')!.textContent).not.toBe(''));
    host.remove();
  });

  it('the close button takes trusted clicks only', () => {
    const { host, panel } = panelIn();
    panel.show(document.createTextNode('Calling…'));
    panel.closeButton.dispatchEvent(new MouseEvent('click', { bubbles: true })); // untrusted: a page's script
    expect(panel.hidden).toBe(false);
    host.remove();
  });
});

describe('widget hover control', () => {
  it('names both buttons for the number and reports a move or a first showing', () => {
    const host = createHost(document, () => undefined);
    host.place();
    const control = createControl(document, host.root, { signal: new AbortController().signal, onCall: vi.fn(), onPointer: vi.fn() });
    expect(control.hidden).toBe(true);
    control.label('030 1234567');
    expect(control.callButton.getAttribute('aria-label')).toContain('030 1234567');
    expect(control.qrButton.getAttribute('aria-label')).toContain('030 1234567');
    const rect = new DOMRect(100, 100, 80, 16);
    expect(control.placeBeside(rect)).toBe(true); // first showing
    expect(control.placeBeside(rect)).toBe(false); // same place
    expect(control.placeBeside(new DOMRect(100, 140, 80, 16))).toBe(true); // moved
    control.hide();
    expect(control.hidden).toBe(true);
    host.remove();
  });

  it('ignores untrusted clicks on its buttons', () => {
    const host = createHost(document, () => undefined);
    const onCall = vi.fn();
    const control = createControl(document, host.root, { signal: new AbortController().signal, onCall, onPointer: vi.fn() });
    control.callButton.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    control.qrButton.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onCall).not.toHaveBeenCalled();
    host.remove();
  });
});

describe('widget focus memory', () => {
  /** Focus on an input, remembered, then moved to a button (as ThruDial's UI would take it). */
  function rememberedThenMoved() {
    const input = document.createElement('input');
    const other = document.createElement('button');
    document.body.append(input, other);
    const memory = focusMemory(document, () => undefined);
    input.focus();
    memory.remember();
    other.focus();
    return { input, other, memory };
  }

  it('gives focus back to where it was', () => {
    const { input, memory } = rememberedThenMoved();
    memory.giveBack();
    expect(document.activeElement).toBe(input);
  });

  it('gives nothing back once the user chose where focus goes', () => {
    const { other, memory } = rememberedThenMoved();
    memory.forget();
    memory.giveBack();
    expect(document.activeElement).toBe(other);
  });
});

describe('a click calls only a number the page still writes', () => {
  it('is still written while its range reads the same text (white space aside), and not once the page changed a digit', () => {
    document.body.innerHTML = '<p>Call <span>(213)\n 373-4253</span> today.</p>';
    const text = document.querySelector('span')!.firstChild as Text;
    const range = document.createRange();
    range.selectNodeContents(text);
    const number = { text: '(213) 373-4253', range, nodes: [text] };
    expect(numberStillWritten(number)).toBe(true);
    // Browsers shorten the range to '(213)\n 373-425' (DOM "replace data"); happy-dom keeps it whole: neither reads the number.
    text.replaceData(text.length - 1, 1, '9');
    expect(numberStillWritten(number)).toBe(false);
    range.selectNodeContents(text);
    expect(numberStillWritten({ text: '(213) 373-4253', range, nodes: [text] })).toBe(false);
    expect(numberStillWritten({ text: '(213) 373-4259', range, nodes: [text] })).toBe(true);
  });

  /** A number read from two text nodes, "(213) 373-" and "4253", with `between` in the page's markup between them. */
  function splitNumber(between: string) {
    document.body.innerHTML = `<p>Call (213) 373-${between}<b>4253</b> today.</p>`;
    const first = document.querySelector('p')!.firstChild as Text;
    const last = document.querySelector('b')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(first, 'Call '.length);
    range.setEnd(last, 4);
    return { text: '(213) 373-4253', range, nodes: [first, last] };
  }

  it('text the page hides inside the number (against scrapers) is not the number: it is still written, until the page shows it', () => {
    const number = splitNumber('<span style="display:none">spam</span>');
    expect(number.range.toString()).toBe('(213) 373-spam4253');
    expect(numberStillWritten(number)).toBe(true);
    document.querySelector('span')!.style.display = 'inline';
    expect(numberStillWritten(number)).toBe(false);
  });

  it('text the page shows inside the number, or takes out of it, makes it no longer written', () => {
    const shown = splitNumber('<i>9</i>');
    expect(numberStillWritten(shown)).toBe(false);
    const taken = splitNumber('');
    expect(numberStillWritten(taken)).toBe(true);
    taken.nodes[1]!.remove();
    expect(numberStillWritten(taken)).toBe(false);
  });
});
