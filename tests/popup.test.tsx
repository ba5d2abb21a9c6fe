// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { waitFor } from './helpers/wait-for';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../entrypoints/popup/App';
import type { Message } from '../utils/messaging/messages';
import type { CallOutcome } from '../utils/protocol/call';
import type { HistoryEntry } from '../utils/settings/store';
import { qrMatrix, qrPath } from '../utils/protocol/qr';
import { DEFAULT_SETTINGS } from '../utils/settings/settings';
import { saveSettings } from '../utils/settings/store';

const storeHistory = (history: HistoryEntry[]) => fakeBrowser.storage.local.set({ history });

const NOW = Date.now();
const HISTORY: HistoryEntry[] = [
  { number: '+442071838750', time: NOW - 60_000, outcome: 'message', detail: 'Not enough credit for call-through.' },
  {
    number: '+12133734253', time: NOW - 3_600_000, outcome: 'dialed',
    dialString: '+15551231234,,1234#12345678#', telUri: 'tel:+15551231234,,1234%2312345678%23',
  },
  { number: '+12025550100', time: NOW - 7_200_000, outcome: 'dialed', dialString: '+15550000000', telUri: 'tel:+15550000000' },
];

let root: HTMLDivElement;

const testId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const numberInput = () => root.querySelector<HTMLInputElement>('#number')!;
const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find(
    (b) => b.getAttribute('aria-label') === name || (!b.hasAttribute('aria-label') && b.textContent?.trim() === name),
  );
  if (!found) throw new Error(`button "${name}" not found`);
  return found;
};
const click = (el: HTMLElement) => act(() => el.click());

/** Answers `call` messages like the background, recording what it was sent. */
function answerCalls(outcome: (number: string) => CallOutcome): Message[] {
  const received: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    const message = raw as Message;
    received.push(message);
    return message.type === 'call' ? outcome(message.number) : undefined;
  });
  return received;
}

async function renderPopup() {
  await act(() => render(<App />, root));
  await waitFor(() => root.querySelector('#number'));
}

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('lists recent calls with number, local time and outcome, each with Call again', async () => {
    await storeHistory(HISTORY);
    await renderPopup();
    const list = await waitFor(() => (testId('recent-calls')?.querySelectorAll('li').length === 3 ? testId('recent-calls') : null));
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.recent-number')?.textContent)).toEqual([
      '+442071838750', '+12133734253', '+12025550100',
    ]);
    expect(items[0]!.textContent).toContain('Refused');
    expect(items[0]!.textContent).toContain('Not enough credit for call-through.');
    expect(items[1]!.textContent).toContain('Dialed');
    const time = items[0]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe(new Date(HISTORY[0]!.time).toISOString());
    expect(time.textContent).toBe(
      new Date(HISTORY[0]!.time).toDateString() === new Date().toDateString()
        ? new Date(HISTORY[0]!.time).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
        : expect.any(String),
    );
    expect(button('Call again: +12133734253').textContent).toBe('Call again');
  });

  it('says when there are no calls yet', async () => {
    await renderPopup();
    expect(testId('recent-calls')?.textContent).toBe('No calls yet.');
    expect(testId('last-qr')).toBeNull();
  });

  it('shows the QR code of the last dial string with the dial string as text', async () => {
    await storeHistory(HISTORY);
    await renderPopup();
    const section = await waitFor(() => testId('last-qr'));
    expect(section.textContent).toContain('+15551231234,,1234#12345678#');
    const svg = section.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    // Said as a person reads it out, once: the visible dial string is not read again.
    expect(svg.getAttribute('aria-label')).toBe('QR code to dial +1 5 5 5 1 2 3 1 2 3 4, pause, pause, 1 2 3 4 # 1 2 3 4 5 6 7 8 #');
    expect(section.querySelector('.dial-string')?.getAttribute('aria-hidden')).toBe('true');
    const paths = svg.querySelectorAll('path');
    expect(paths).toHaveLength(1);
    expect(paths[0]!.getAttribute('d')).toBe(qrPath(qrMatrix('tel:+15551231234,,1234%2312345678%23')));
    // White background including the 4-module quiet zone.
    const size = qrMatrix('tel:+15551231234,,1234%2312345678%23').size;
    expect(svg.getAttribute('viewBox')).toBe(`-4 -4 ${size + 8} ${size + 8}`);
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('#fff');
  });

  it('Call sends the number and shows progress, then the outcome', async () => {
    let finish!: (outcome: CallOutcome) => void;
    const received: Message[] = [];
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      received.push(raw as Message);
      return new Promise<CallOutcome>((resolve) => (finish = resolve));
    });
    await renderPopup();
    await act(() => {
      numberInput().value = '(213) 373-4253';
      numberInput().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Call'));
    expect(received).toEqual([{ type: 'call', number: '(213) 373-4253' }]);
    const status = testId('call-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Calling (213) 373-4253…');
    await act(() => finish({ kind: 'dialed', targetNumber: '+12133734253', dialString: '+15551231234,,1234#12345678#', telUri: 'tel:+15551231234,,1234%2312345678%23', mode: 'tel' }));
    await waitFor(() => !status.textContent?.startsWith('Calling (213)'));
    expect(status.textContent).toBe('Calling +12133734253 on your linked phone: +15551231234,,1234#12345678#');
  });

  it('Enter in the number field calls', async () => {
    const received = answerCalls(() => ({ kind: 'message', message: 'Not enough credit for call-through.' }));
    await renderPopup();
    await act(() => {
      numberInput().value = '+12133734253';
      numberInput().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => numberInput().form!.requestSubmit());
    expect(received).toEqual([{ type: 'call', number: '+12133734253' }]);
    expect(await waitFor(() => testId('call-status')?.textContent?.includes('credit') && testId('call-status')!.textContent)).toBe(
      'Not enough credit for call-through.',
    );
  });

  it('shows an error as text, never as HTML', async () => {
    answerCalls(() => ({ kind: 'error', message: '<img src=x onerror=alert(1)>' }));
    await renderPopup();
    await act(() => {
      numberInput().value = '123';
      numberInput().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Call'));
    await waitFor(() => testId('call-status')?.textContent === '<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });

  it('the dial pad types digits, * # + and backspace', async () => {
    await renderPopup();
    // Each key is named by what it shows, letters included.
    for (const key of ['+', '1', '2 ABC', '*', '#', '0', '9 WXYZ']) await click(button(key));
    expect(numberInput().value).toBe('+12*#09');
    await click(button('Backspace'));
    await click(button('Backspace'));
    expect(numberInput().value).toBe('+12*#');
  });

  it('a QR-mode call shows the QR code and the dial string', async () => {
    answerCalls((number) => ({ kind: 'dialed', targetNumber: number, dialString: '+15551231234,,1234#', telUri: 'tel:+15551231234,,1234%23', mode: 'qr' }));
    await renderPopup();
    await act(() => {
      numberInput().value = '+12133734253';
      numberInput().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Call'));
    const svg = await waitFor(() => testId('call-status')?.querySelector('svg[role="img"]'));
    expect(svg.getAttribute('aria-label')).toBe('QR code to dial +1 5 5 5 1 2 3 1 2 3 4, pause, pause, 1 2 3 4 #');
    expect(testId('call-status')?.textContent).toContain('+15551231234,,1234#');
    expect(testId('call-status')?.querySelector('.dial-string')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('Call again dials the entry and the list follows the stored history', async () => {
    await storeHistory(HISTORY);
    const received = answerCalls((number) => ({ kind: 'silent', targetNumber: number }));
    await renderPopup();
    await waitFor(() => testId('recent-calls')?.querySelectorAll('li').length === 3);
    await click(button('Call again: +12025550100'));
    expect(received).toEqual([{ type: 'call', number: '+12025550100' }]);
    expect(numberInput().value).toBe('+12025550100');
    await act(() => storeHistory([{ number: '+12025550100', time: Date.now(), outcome: 'silent' }, ...HISTORY]));
    await waitFor(() => testId('recent-calls')?.querySelectorAll('li').length === 4);
    expect(testId('recent-calls')?.querySelector('li')?.textContent).toContain('Ignored');
  });

  it('Options opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await renderPopup();
    await click(button('Options'));
    expect(open).toHaveBeenCalledOnce();
  });

  it('no set-up notice for call-through without a web service ("always", no service URL)', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, offlineMode: 'always', cth_access_number: '+15551231234' });
    await renderPopup();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(root.textContent).not.toContain('No call-through service is set up yet');
  });

  it('points to Options while no service is set up', async () => {
    await renderPopup();
    await waitFor(() => root.textContent?.includes('No call-through service is set up yet'));
    render(null, root);
    await saveSettings({ ...DEFAULT_SETTINGS, cth_ws_url: 'https://example.com/' });
    await renderPopup();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(root.textContent).not.toContain('No call-through service is set up yet');
  });
});
