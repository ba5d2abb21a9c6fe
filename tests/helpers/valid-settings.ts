/** A complete, valid set of settings for validation tests to spoil one field at a time. */
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { validateSettings } from '../../utils/validate-settings';

export const validSettings: Settings = {
  ...DEFAULT_SETTINGS,
  cth_ws_url: 'https://example.com/callthrough/?u=%account[username]%&to=%targetNumber%',
  username: 'johndow',
  password: 'secret',
  custom: { 'x-cth-pin': '1234' },
};

export const check = (patch: Partial<Settings>) => validateSettings({ ...validSettings, ...patch });
export const errors = (patch: Partial<Settings>) => check(patch).filter((p) => p.severity === 'error');
export const warnings = (patch: Partial<Settings>) => check(patch).filter((p) => p.severity === 'warning');
