/**
 * Administrator policy (storage.managed): an organisation presets the service, templates,
 * default country, dial mode and site lists; what it sets overrides the user's value and is
 * shown as locked in the options. Pure: the store passes in what storage.managed returned.
 */
import { ADMIN_KEYS, fieldChoices, MAX_VALUE_LENGTH, type AdminKey } from './fields';
import type { Settings } from './settings';
import type { SitePolicy } from '../sites/site-policy';

/** Settings an administrator may preset: the fields declared `admin` (public/managed_schema.json lists the same keys, tested). */
export const MANAGED_SETTING_KEYS: readonly AdminKey[] = ADMIN_KEYS;
export type ManagedSettingKey = AdminKey;

export const MANAGED_SITE_KEYS = ['allowSites', 'denySites'] as const;

export interface ManagedPolicy {
  settings: Partial<Pick<Settings, ManagedSettingKey>>;
  allowSites?: string[];
  denySites?: string[];
}


/** Keeps only well-typed values of known keys: a broken policy locks nothing rather than locking garbage. */
export function readManagedPolicy(raw: unknown): ManagedPolicy {
  const policy: ManagedPolicy = { settings: {} };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return policy;
  const source = raw as Record<string, unknown>;
  const settings: Partial<Record<ManagedSettingKey, string>> = {};
  for (const key of MANAGED_SETTING_KEYS) {
    const value = Object.hasOwn(source, key) ? source[key] : undefined;
    if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) continue;
    const choices = fieldChoices(key);
    if (choices && !choices.includes(value)) continue;
    settings[key] = value;
  }
  policy.settings = settings as ManagedPolicy['settings'];
  for (const key of MANAGED_SITE_KEYS) {
    const value = Object.hasOwn(source, key) ? source[key] : undefined;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length <= 253)) policy[key] = value as string[];
  }
  return policy;
}

/** The settings in force: the policy's values win over the user's. */
export function applyManagedSettings(settings: Settings, policy: ManagedPolicy): Settings {
  return { ...settings, ...policy.settings };
}

/** Site lists in force: the administrator's entries are added to the user's and cannot be removed. */
export function applyManagedSites(sites: SitePolicy, policy: ManagedPolicy): SitePolicy {
  const merge = (user: string[], managed: string[] = []) => [...new Set([...managed, ...user])];
  return { ...sites, allow: merge(sites.allow, policy.allowSites), deny: merge(sites.deny, policy.denySites) };
}

/**
 * What may be stored as the user's own settings: `edited`, except that every key the policy sets
 * keeps the user's own stored value. A policy value never becomes the user's, so when the policy
 * is removed the user's own value comes back.
 */
export function withoutManagedValues(edited: Settings, own: Settings, policy: ManagedPolicy): Settings {
  const kept: Record<string, unknown> = { ...edited };
  for (const key of Object.keys(policy.settings) as (keyof Settings)[]) kept[key] = own[key];
  return kept as unknown as Settings;
}

export function lockedSettingKeys(policy: ManagedPolicy): Set<string> {
  return new Set(Object.keys(policy.settings));
}
