/** A complete, valid set of settings for validation tests to spoil one field at a time. */
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import { english } from '../../utils/protocol/problem';
import { validateSettings, type SettingsProblem } from '../../utils/settings/validate';

export const validSettings: Settings = {
  ...DEFAULT_SETTINGS,
  cth_ws_url: 'https://example.com/callthrough/?u=%account[username]%&to=%targetNumber%',
  username: 'johndow',
  password: 'secret',
  custom: { 'x-cth-pin': '1234' },
};

/** The problems with their English reference wording, as the spec-like tests read them. */
export const inEnglish = (problems: SettingsProblem[]) => problems.map(({ field, severity, problem }) => ({ field, severity, message: english(problem) }));
export const check = (patch: Partial<Settings>) => inEnglish(validateSettings({ ...validSettings, ...patch }));
export const errors = (patch: Partial<Settings>) => check(patch).filter((p) => p.severity === 'error');
export const warnings = (patch: Partial<Settings>) => check(patch).filter((p) => p.severity === 'warning');
