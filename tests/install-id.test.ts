import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadInstallId } from '../utils/settings/store';

describe('%installid%', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is made once and then read back unchanged', async () => {
    const first = await loadInstallId();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await loadInstallId()).toBe(first);
  });

  it('an update keeps it: storage.local survives updates and the id is only made when missing', async () => {
    await fakeBrowser.storage.local.set({ installId: 'kept-from-version-0.1' });
    expect(await loadInstallId()).toBe('kept-from-version-0.1');
  });
});
