// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { waitFor } from './helpers/wait-for';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../entrypoints/options/App';
import type { Message } from '../utils/messaging/messages';
import type { TestCallResult } from '../utils/protocol/call';
import { DEFAULT_DIAL_TEMPLATE, DEFAULT_SETTINGS, type Settings } from '../utils/settings/settings';
import { loadOwnSettings, saveSettings } from '../utils/settings/store';
import { FIELD_KEYS, FIELDS, fieldInput, SECONDS_PATTERN, SECONDS_RE, type FieldSpec } from '../utils/settings/fields';
import { t } from '../utils/i18n';

const STORED: Settings = {
  ...DEFAULT_SETTINGS,
  cth_ws_url: 'https://example.com/callthrough/?u=%account[username]%&to=%targetNumber%',
  username: 'johndow',
  password: 'secret',
  custom: { 'x-cth-pin': '1234' },
};

const ACCOUNT_XML = `<?xml version="1.0" encoding="UTF-8"?>
<account>
  <username>alice</username>
  <password>hunter2</password>
  <cth_ws_url>https://cth.example.net/callthrough/?u=%account[username]%&amp;to=%targetNumber%</cth_ws_url>
  <cth_ws_postData>pin=%account[x-cth-pin]%</cth_ws_postData>
  <cth_ws_contentType>application/x-www-form-urlencoded</cth_ws_contentType>
  <cth_ws_method>POST</cth_ws_method>
  <cth_ws_customHeaders>X-Client: ThruDial</cth_ws_customHeaders>
  <cth_ws_timeout>20</cth_ws_timeout>
  <x-cth-pin>9876</x-cth-pin>
  <cloud_username>alice@cloud</cloud_username>
</account>`;

let root: HTMLDivElement;

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E & HTMLElement>(selector);
const byId = <E extends HTMLElement = HTMLInputElement>(id: string) => {
  const el = root.querySelector<E>(`#${CSS.escape(id)}`);
  if (!el) throw new Error(`#${id} not found`);
  return el;
};
const testId = (id: string) => $(`[data-testid="${id}"]`);
const button = (text: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`button "${text}" not found`);
  return found;
};

async function type(id: string, value: string) {
  const el = byId<HTMLInputElement | HTMLTextAreaElement>(id);
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(el: HTMLElement) {
  await act(() => el.click());
}

/** The control a visible label points at. */
function controlFor(labelText: string): HTMLElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === labelText);
  if (!label) throw new Error(`label "${labelText}" not found`);
  return byId<HTMLElement>(label.htmlFor);
}

async function renderOptions() {
  await act(() => render(<App />, root));
  await waitFor(() => $('form.settings-form'));
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

describe('options page', () => {
  it('has a visible label for every setting', async () => {
    await renderOptions();
    expect(controlFor('Service URL')).toMatchObject({ id: 'cth_ws_url' });
    expect(controlFor('POST data').tagName).toBe('TEXTAREA');
    expect(controlFor('Content type').getAttribute('list')).toBe('content-types');
    expect([...root.querySelectorAll('#content-types option')].map((o) => o.getAttribute('value'))).toEqual([
      'application/x-www-form-urlencoded', 'application/json', 'application/xml',
    ]);
    const method = controlFor('Method') as HTMLSelectElement;
    expect([...method.options].map((o) => o.value)).toEqual(['', 'GET', 'POST', 'PUT', 'HEAD', 'DELETE']);
    expect(controlFor('Custom headers').tagName).toBe('TEXTAREA');
    expect(controlFor('Timeout (seconds)').tagName).toBe('INPUT');
    expect(controlFor('Username').tagName).toBe('INPUT');
    expect(controlFor('Password').getAttribute('type')).toBe('password');
    expect(controlFor('Default country').tagName).toBe('SELECT');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="dialMode"]')];
    expect(radios.map((r) => [r.value, r.closest('label')?.textContent])).toEqual([
      ['tel', expect.stringContaining('Linked phone (tel: link)')],
      ['qr', expect.stringContaining('QR code')],
    ]);
    expect(controlFor('Account XML').tagName).toBe('TEXTAREA');
    expect(controlFor('Import from file').getAttribute('type')).toBe('file');
    expect((controlFor('Sample number') as HTMLInputElement).value).toBe('+1 (213) 373-4253');
    // Every form control has a label.
    for (const control of root.querySelectorAll('input, select, textarea')) {
      const labelled = control.id && root.querySelector(`label[for="${control.id}"]`);
      expect(labelled || control.closest('label'), control.outerHTML).toBeTruthy();
    }
  });

  it('takes each control’s label, hint, keyboard, pattern and placeholder from the field declarations', async () => {
    await renderOptions();
    for (const key of FIELD_KEYS) {
      const spec: FieldSpec = FIELDS[key];
      const control = root.querySelector<HTMLElement>(`#${key}`);
      if (!control || spec.kind === 'choice' || spec.kind === 'parameters') continue; // radio groups and rows have their own ids
      expect(root.querySelector(`label[for="${key}"]`)?.textContent, key).toBe(t(spec.label));
      if (spec.hint) expect(root.querySelector(`#${key}-hint`), key).not.toBeNull();
    }
    const timeout = byId('cth_ws_timeout');
    expect(timeout.getAttribute('pattern')).toBe(SECONDS_PATTERN);
    expect(timeout.getAttribute('inputmode')).toBe('decimal');
    expect(timeout.getAttribute('placeholder')).toBe(String(FIELDS.cth_ws_timeout.defaultSeconds));
    expect(SECONDS_RE.test('2.5') && !SECONDS_RE.test('1e3')).toBe(true);
    expect(fieldInput('cth_ws_method').choices).toEqual(FIELDS.cth_ws_method.choices);
  });

  it('shows the stored settings', async () => {
    await saveSettings(STORED);
    await renderOptions();
    expect(byId('cth_ws_url').value).toBe(STORED.cth_ws_url);
    expect(byId('username').value).toBe('johndow');
    expect(byId('password').value).toBe('secret');
    expect(byId('custom-key-0').value).toBe('x-cth-pin');
    expect(byId('custom-value-0').value).toBe('1234');
    expect(byId<HTMLSelectElement>('defaultCountry').value).toBe('US');
    expect(byId('dialMode').checked).toBe(true);
  });

  it('the password can be shown and hidden', async () => {
    await renderOptions();
    const toggle = button('Show');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await click(toggle);
    expect(byId('password').type).toBe('text');
    expect(button('Hide').getAttribute('aria-pressed')).toBe('true');
    await click(button('Hide'));
    expect(byId('password').type).toBe('password');
  });

  it('custom parameters can be added and removed', async () => {
    await saveSettings(STORED);
    await renderOptions();
    await click(button('Add parameter'));
    await type('custom-key-1', 'host');
    await type('custom-value-1', 'sip.example.net');
    expect(document.activeElement).toBe(byId('custom-key-1'));
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Remove parameter 1 (x-cth-pin)"]')!);
    expect(byId('custom-key-0').value).toBe('host');
    expect(root.querySelector('#custom-key-1')).toBeNull();
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await click(button('Save'));
    await waitFor(() => testId('save-status')?.textContent === 'Saved.');
    expect((await loadOwnSettings()).custom).toEqual({ host: 'sip.example.net' });
  });

  describe('Save', () => {
    it('with errors changes nothing stored, keeps the edits and lists the errors', async () => {
      await saveSettings(STORED);
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
      await renderOptions();
      await type('cth_ws_url', 'ftp://example.com/');
      await type('cth_ws_timeout', '500');
      await type('username', 'changed');
      await click(button('Add parameter'));
      await click(button('Save'));

      const summary = await waitFor(() => testId('form-errors'));
      expect(summary.getAttribute('role')).toBe('alert');
      expect(summary.textContent).toContain('3 problems stop the settings from being saved');
      expect(summary.textContent).toContain('https:// or http://');
      expect(byId('cth_ws_url').getAttribute('aria-invalid')).toBe('true');
      expect(byId('cth_ws_url-message').textContent).toContain('must start with https:// or http://');
      expect(byId('cth_ws_timeout-message').textContent).toContain('at most 120');
      expect(byId('custom-1-message').textContent).toContain('needs a name');
      expect(summary.querySelector('a[href="#cth_ws_timeout"]')).not.toBeNull();

      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await loadOwnSettings()).toEqual(STORED);
      expect(byId('cth_ws_url').value).toBe('ftp://example.com/');
      expect(byId('username').value).toBe('changed');
      expect(testId('save-status')?.textContent).toBe('');
      expect(request).not.toHaveBeenCalled();
    });

    it('stores the settings, asks for the origin in the click, and says "Saved."', async () => {
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
      await renderOptions();
      await type('cth_ws_url', '  https://example.com/cth?to=%targetNumber%&p=%account[password]%  ');
      await type('password', 'secret');
      await act(() => {
        const select = byId<HTMLSelectElement>('cth_ws_method');
        select.value = 'POST';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await click(byId('dialMode-qr'));
      // Synchronously within the click: the permission prompt needs the user gesture.
      button('Save').click();
      expect(request).toHaveBeenCalledWith({ origins: ['https://example.com/*'] });

      await waitFor(() => testId('save-status')?.textContent === 'Saved.');
      expect(testId('save-status')?.getAttribute('role')).toBe('status');
      expect(await loadOwnSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        cth_ws_url: 'https://example.com/cth?to=%targetNumber%&p=%account[password]%',
        password: 'secret',
        cth_ws_method: 'POST',
        dialMode: 'qr',
      });
      expect(testId('permission-note')?.textContent).toBe('');
      expect(testId('form-errors')?.textContent).toBe('');
    });

    it('a permission request that never resolves does not block saving', async () => {
      vi.spyOn(fakeBrowser.permissions, 'request').mockReturnValue(new Promise(() => {}));
      await renderOptions();
      await type('cth_ws_url', 'https://example.com/cth');
      await click(button('Save'));
      await waitFor(() => testId('save-status')?.textContent === 'Saved.');
      expect((await loadOwnSettings()).cth_ws_url).toBe('https://example.com/cth');
    });

    it.each([
      ['refused', () => Promise.resolve(false)],
      ['rejected', () => Promise.reject(new Error('no gesture'))],
      ['throwing', () => { throw new Error('not implemented'); }],
    ])('a %s permission still saves and says calls need it', async (_, answer) => {
      vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(answer as () => Promise<boolean>);
      await renderOptions();
      await type('cth_ws_url', 'https://example.com:8443/cth?to=%targetNumber%');
      await click(button('Save'));
      await waitFor(() => testId('save-status')?.textContent === 'Saved.');
      const note = await waitFor(() => testId('permission-note')?.textContent);
      expect(note).toBe('ThruDial needs permission to reach https://example.com to place calls.');
      expect(testId('permission-note')?.getAttribute('role')).toBe('alert');
      expect((await loadOwnSettings()).cth_ws_url).toBe('https://example.com:8443/cth?to=%targetNumber%');
    });

    it('warnings do not block saving', async () => {
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
      await renderOptions();
      await type('cth_ws_url', 'http://example.com/cth?p=%account[password]%');
      await click(button('Save'));
      await waitFor(() => testId('save-status')?.textContent === 'Saved.');
      expect(request).toHaveBeenCalledWith({ origins: ['http://example.com/*'] });
      expect(byId('cth_ws_url-message').textContent).toContain('the password will be sent as ******** over http');
    });
  });

  describe('Import account XML', () => {
    it('fills every key the document holds and saves', async () => {
      await saveSettings({ ...STORED, custom: { 'x-cth-pin': '1234', keep: 'me' }, dialMode: 'qr' });
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
      await renderOptions();
      await type('account-xml', ACCOUNT_XML);
      button('Import').click();
      expect(request).toHaveBeenCalledWith({ origins: ['https://cth.example.net/*'] });

      const status = await waitFor(() => testId('import-status')?.textContent);
      expect(status).toBe('Imported 10 settings.');
      expect(testId('import-status')?.getAttribute('role')).toBe('status');
      expect(byId('username').value).toBe('alice');
      expect(byId('password').value).toBe('hunter2');
      expect(byId('cth_ws_url').value).toBe('https://cth.example.net/callthrough/?u=%account[username]%&to=%targetNumber%');
      expect(byId('cth_ws_postData').value).toBe('pin=%account[x-cth-pin]%');
      expect(byId('cth_ws_contentType').value).toBe('application/x-www-form-urlencoded');
      expect(byId<HTMLSelectElement>('cth_ws_method').value).toBe('POST');
      expect(byId('cth_ws_customHeaders').value).toBe('X-Client: ThruDial');
      expect(byId('cth_ws_timeout').value).toBe('20');

      const expected: Settings = {
        ...DEFAULT_SETTINGS,
        username: 'alice',
        password: 'hunter2',
        cth_ws_url: 'https://cth.example.net/callthrough/?u=%account[username]%&to=%targetNumber%',
        cth_ws_postData: 'pin=%account[x-cth-pin]%',
        cth_ws_contentType: 'application/x-www-form-urlencoded',
        cth_ws_method: 'POST',
        cth_ws_customHeaders: 'X-Client: ThruDial',
        cth_ws_timeout: '20',
        custom: { 'x-cth-pin': '9876', keep: 'me', cloud_username: 'alice@cloud' },
        dialMode: 'qr',
      };
      expect(await loadOwnSettings()).toEqual(expected);
    });

    it('a malformed document changes nothing and says why', async () => {
      await saveSettings(STORED);
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
      await renderOptions();
      await type('username', 'edited');
      await type('account-xml', '<account><username>bob</username><password>x</account>');
      await click(button('Import'));
      const error = await waitFor(() => testId('import-error')?.textContent);
      expect(error).toMatch(/^The account XML cannot be imported/);
      expect(testId('import-error')?.getAttribute('role')).toBe('alert');
      expect(testId('import-status')?.textContent).toBe('');
      expect(byId('username').value).toBe('edited');
      expect(byId('password').value).toBe('secret');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await loadOwnSettings()).toEqual(STORED);
      expect(request).not.toHaveBeenCalled();
    });

    it('a document with invalid values fills the form but saves nothing', async () => {
      await saveSettings(STORED);
      await renderOptions();
      await type('account-xml', '<account><cth_ws_url>ftp://example.com/</cth_ws_url></account>');
      await click(button('Import'));
      await waitFor(() => testId('form-errors')?.textContent);
      expect(byId('cth_ws_url').value).toBe('ftp://example.com/');
      expect(testId('import-status')?.textContent).toContain('fix the problems');
      expect(await loadOwnSettings()).toEqual(STORED);
    });

    it('imports from a file', async () => {
      vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
      await renderOptions();
      const input = byId('account-xml-file');
      const file = new File([ACCOUNT_XML], 'account.xml', { type: 'application/xml' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
      expect(await waitFor(() => testId('import-status')?.textContent)).toBe('Imported 10 settings.');
      expect((await loadOwnSettings()).username).toBe('alice');
    });
  });

  describe('Test', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const answer: TestCallResult = {
      request: {
        method: 'POST',
        url: 'http://example.com/cth?to=%2B12133734253&p=********',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Client': 'ThruDial' },
        body: 'pin=1234&to=%2B12133734253',
      },
      response: { status: 403, contentType: 'text/html', body: hostile },
      outcome: { kind: 'message', targetNumber: '+12133734253', message: hostile },
    };

    it('sends the unsaved form and shows request, answer and outcome as text', async () => {
      await saveSettings(STORED);
      vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
      const received: Message[] = [];
      fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
        const message = raw as Message;
        received.push(message);
        return answer;
      });
      await renderOptions();
      await type('username', 'unsaved-user');
      await type('test-number', '(213) 373-4253');
      await click(button('Test'));

      const request = await waitFor(() => testId('test-request'));
      expect(received).toEqual([
        { type: 'test-call', settings: { ...STORED, username: 'unsaved-user' }, number: '(213) 373-4253' },
      ]);
      expect(request.tagName).toBe('PRE');
      expect(request.textContent).toBe(
        'POST http://example.com/cth?to=%2B12133734253&p=********\n' +
          'Content-Type: application/x-www-form-urlencoded\nX-Client: ThruDial\n\npin=1234&to=%2B12133734253',
      );
      expect(testId('test-response')?.textContent).toBe(`HTTP 403\nContent-Type: text/html\n\n${hostile}`);
      expect(testId('test-outcome')?.textContent).toBe(`Message: ${hostile}`);
      expect(root.querySelector('img')).toBeNull();
      expect(root.querySelector('.test-results script')).toBeNull();
      // Nothing was saved by testing.
      expect((await loadOwnSettings()).username).toBe('johndow');
    });

    it.each<[string, TestCallResult['outcome'], string]>([
      ['dialed', { kind: 'dialed', targetNumber: '+12133734253', dialString: '+15551231234,,1234#12345678#', telUri: 'tel:+15551231234,,1234%2312345678%23', mode: 'tel' },
        'Dial string: +15551231234,,1234#12345678#\ntel: URI: tel:+15551231234,,1234%2312345678%23'],
      ['silent', { kind: 'silent' }, 'No message (silently ignored)'],
      ['error', { kind: 'error', message: 'The service did not answer within 15 seconds.' }, 'Error: The service did not answer within 15 seconds.'],
    ])('shows a %s outcome', async (_, outcome, text) => {
      vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
      fakeBrowser.runtime.onMessage.addListener(async () => ({ outcome }) satisfies TestCallResult);
      await renderOptions();
      await click(button('Test'));
      expect((await waitFor(() => testId('test-outcome'))).textContent).toBe(text);
      expect(testId('test-request')?.textContent).toBe('No request was sent.');
      expect(testId('test-response')?.textContent).toBe('No answer from the service.');
    });

    it('asks for the service origin in the click and says when it is missing', async () => {
      await saveSettings(STORED);
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
      fakeBrowser.runtime.onMessage.addListener(async () => ({ outcome: { kind: 'error', message: 'No permission.' } }));
      await renderOptions();
      button('Test').click();
      expect(request).toHaveBeenCalledWith({ origins: ['https://example.com/*'] });
      await waitFor(() => testId('test-outcome'));
      expect(root.querySelector('.test-results')?.textContent).toContain(
        'ThruDial needs permission to reach https://example.com to place calls.',
      );
    });
  });
});

describe('options page: without a web service', () => {
  it('has labelled access number and dial template fields, and a radio group for when to use them', async () => {
    await renderOptions();
    const group = root.querySelector('fieldset.offline-dial');
    expect(group?.querySelector('legend')?.textContent).toBe('Without a web service');
    expect(controlFor('Access number')).toMatchObject({ id: 'cth_access_number', type: 'tel' });
    expect(controlFor('Dial template').getAttribute('placeholder')).toBe(DEFAULT_DIAL_TEMPLATE);
    const modes = root.querySelector('fieldset.offline-mode');
    expect(modes?.querySelector('legend')?.textContent).toBe('Use without a web service');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="offlineMode"]')];
    expect(radios.map((r) => [r.value, r.checked, r.closest('label')?.querySelector('span')?.firstChild?.textContent])).toEqual([
      ['never', true, 'Never'],
      ['always', false, 'Always'],
      ['fallback', false, 'When the service cannot be reached'],
    ]);
  });

  it("'always' without an access number does not save and points at the field; with one it saves", async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await saveSettings(STORED);
    await renderOptions();
    await click(byId('offlineMode-always'));
    await click(button('Save'));
    await waitFor(() => testId('form-errors')?.textContent?.includes('Set the access number for call-through without a web service.'));
    expect(testId('form-errors')?.querySelector('a')?.getAttribute('href')).toBe('#cth_access_number');
    expect(byId('cth_access_number').getAttribute('aria-invalid')).toBe('true');
    expect((await loadOwnSettings()).offlineMode).toBe('never');

    await type('cth_access_number', '+1 555 000-1111');
    await type('cth_dial_template', '%account[cth_access_number]%,%account[x-cth-pin]%#%targetNumber%#');
    await click(button('Save'));
    await waitFor(() => testId('save-status')?.textContent === 'Saved.');
    expect(await loadOwnSettings()).toEqual({
      ...STORED,
      offlineMode: 'always',
      cth_access_number: '+1 555 000-1111',
      cth_dial_template: '%account[cth_access_number]%,%account[x-cth-pin]%#%targetNumber%#',
    });
  });

  it('an access number with letters is an error beside the field', async () => {
    await saveSettings(STORED);
    await renderOptions();
    await type('cth_access_number', '1-800-CALL-NOW');
    await click(button('Save'));
    const message = await waitFor(() => root.querySelector('#cth_access_number-message')?.textContent);
    expect(message).toContain('The access number cannot be dialed');
  });
});
