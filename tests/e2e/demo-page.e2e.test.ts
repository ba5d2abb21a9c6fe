/** The bundled demo page: every number on it is one ThruDial can call, and a click calls it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { demoSettings } from '../support/servers';
import { clickNumberText, highlightedNumbers, waitForPanel } from './shadow';

const DEMO_NUMBERS = [
  '+1 (213) 373-4253', '+44 20 7946 0958', '+49 30 901820', '+33 1 42 68 53 00', '+41 44 668 18 00',
  '+81 3-1234-5678', '+91 98765 43210', '+61 2 9374 4000', '+55 11 91234-5678', '+420 221 401 111',
  '+1 (415) 555-0132', '+44 20 7946 0321', '+49 (0)30 12345678', '(212) 555-0123', '312.555.0188',
  '+1 212 555 0199', '+1 646 555 0177 ext. 42', '+1 213 555 0500',
];

describe('the demo page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.configure(demoSettings(h.server, { dialMode: 'qr' }));
  });
  afterAll(() => h.close());

  it('underlines every number on it, and a click on one shows its QR code', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.server.httpUrl}/demo`);
    await expect.poll(() => highlightedNumbers(page), { timeout: 10_000 }).toEqual(DEMO_NUMBERS);
    await clickNumberText(page, '+44 20 7946 0958');
    const panel = await waitForPanel(page, (p) => p.qrSvg !== undefined);
    expect(panel.codes).toContain('+15551231234,,1234#442079460958#');
  });
});
