/** The one declaration of the settings (utils/settings/fields.ts) and what derives from it. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toAccountXml } from '../utils/protocol/account-xml';
import { MANAGED_SITE_KEYS, readManagedPolicy } from '../utils/settings/managed-policy';
import { acceptMessage } from '../utils/messaging/message-guard';
import { ACCOUNT_XML_KEYS, ADMIN_KEYS, FIELD_KEYS, FIELDS, SECRET_KEYS, type FieldSpec } from '../utils/settings/fields';
import { DEFAULT_SETTINGS, PROVIDER_KEYS } from '../utils/settings/settings';
import { CURRENT_SETTINGS_VERSION, migrateSettings, V1_KEYS } from '../utils/settings/schema';
import { exportSettings } from '../utils/settings/transfer';
import { readMessages } from './setup-i18n';

const en = readMessages('en');
const spec = (key: keyof typeof FIELDS): FieldSpec => FIELDS[key];

describe('setting fields', () => {
  it('public/managed_schema.json lists exactly the fields an administrator may set, as text, plus the site lists', () => {
    const schema = JSON.parse(fs.readFileSync(new URL('../public/managed_schema.json', import.meta.url), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual([...ADMIN_KEYS, ...MANAGED_SITE_KEYS].sort());
    for (const key of ADMIN_KEYS) expect(schema.properties[key].type, key).toBe('string');
    for (const key of MANAGED_SITE_KEYS) expect(schema.properties[key]).toMatchObject({ type: 'array', items: { type: 'string' } });
  });

  it('every field has its label, help text and in-sentence name in the English messages', () => {
    for (const key of FIELD_KEYS) {
      expect(en[spec(key).label], `${key} label`).toBeDefined();
      if (spec(key).hint) expect(en[spec(key).hint!], `${key} hint`).toBeDefined();
      if (spec(key).kind !== 'parameters') expect(en[`field_${key}`], `field_${key}`).toBeDefined();
    }
  });

  it('the defaults are the declared ones, every field was added by a known version', () => {
    expect(Object.keys(DEFAULT_SETTINGS)).toEqual(FIELD_KEYS);
    for (const key of FIELD_KEYS) {
      expect(DEFAULT_SETTINGS[key]).toEqual(FIELDS[key].default);
      expect(spec(key).since).toBeGreaterThanOrEqual(1);
      expect(spec(key).since).toBeLessThanOrEqual(CURRENT_SETTINGS_VERSION);
      if (spec(key).kind === 'choice') expect(spec(key).choices).toContain(FIELDS[key].default);
    }
  });

  it('a version-1 profile gets every later field from its declaration', () => {
    const v1 = Object.fromEntries(V1_KEYS.map((key) => [key, DEFAULT_SETTINGS[key]]));
    expect(migrateSettings(v1, 1)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('Account XML keys, the policy, the message guard and the back-up follow the declaration', () => {
    expect(PROVIDER_KEYS).toEqual(ACCOUNT_XML_KEYS);
    const xml = toAccountXml({ ...DEFAULT_SETTINGS, password: 'pw' });
    for (const key of ACCOUNT_XML_KEYS) expect(xml.includes(`<${key}>`), key).toBe(!SECRET_KEYS.includes(key));

    const everything = Object.fromEntries(FIELD_KEYS.map((key) => [key, spec(key).choices?.[1] ?? 'x']));
    expect(Object.keys(readManagedPolicy(everything).settings).sort()).toEqual([...ADMIN_KEYS].sort());

    const options = { id: 'me', url: 'chrome-extension://me/options.html' };
    const guarded = (settings: unknown) => acceptMessage({ type: 'test-call', settings, number: '1' }, options, 'me', 'chrome-extension://me/');
    expect(guarded(DEFAULT_SETTINGS)).toBeDefined();
    for (const key of FIELD_KEYS) {
      const { [key]: _dropped, ...missing } = DEFAULT_SETTINGS;
      expect(guarded(missing), `without ${key}`).toBeUndefined();
      if (spec(key).kind === 'choice') expect(guarded({ ...DEFAULT_SETTINGS, [key]: 'nonsense' }), key).toBeUndefined();
    }

    const file = JSON.parse(exportSettings({ ...DEFAULT_SETTINGS, password: 'pw' }, { includeSecrets: false }));
    for (const key of SECRET_KEYS) expect(file.settings, key).not.toHaveProperty(key);
  });
});
