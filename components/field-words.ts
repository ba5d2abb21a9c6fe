/** A setting's label and help text on the options page, in the user's language, as settings/fields.ts names them. */
import { t } from '../utils/i18n';
import { FIELDS, type FieldKey, type FieldSpec } from '../utils/settings/fields';

export function label(key: FieldKey): string {
  return t(FIELDS[key].label);
}

export function hint(key: FieldKey): string | undefined {
  const spec: FieldSpec = FIELDS[key];
  return spec.hint ? t(spec.hint) : undefined;
}
