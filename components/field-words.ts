/**
 * A setting's label and help text on the options page, in the user's language, as settings/fields.ts names them.
 * Named after fields, not `label`/`hint`: WXT auto-imports every export of components/, and its scan took
 * the content script's own `label(…)` methods for these, which bundled the settings table into every page.
 */
import { t } from '../utils/i18n';
import { FIELDS, type FieldKey, type FieldSpec } from '../utils/settings/fields';

export function fieldLabel(key: FieldKey): string {
  return t(FIELDS[key].label);
}

export function fieldHint(key: FieldKey): string | undefined {
  const spec: FieldSpec = FIELDS[key];
  return spec.hint ? t(spec.hint) : undefined;
}
