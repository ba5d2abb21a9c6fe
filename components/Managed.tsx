/**
 * Settings an administrator set through policy (utils/settings/managed-policy.ts): the options page shows
 * them locked, with a note, so the user sees why they cannot change them.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../utils/i18n';

/** The ids (Settings keys) the policy sets. */
export const LockedSettings = createContext<ReadonlySet<string>>(new Set());

export function useLocked(key: string): boolean {
  return useContext(LockedSettings).has(key);
}

export function ManagedNote({ id }: { id: string }) {
  return <p class="field-managed" id={`${id}-managed`}>{t('managedLocked')}</p>;
}
