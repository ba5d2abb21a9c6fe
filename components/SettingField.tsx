/**
 * One setting's control, rendered from its declaration (utils/settings/fields.ts): its label, help
 * text, keyboard, pattern and the placeholder an empty value means. The page adds only what the
 * declaration cannot know: an example placeholder, a richer hint, a password toggle, a <select>.
 */
import { fieldInput, type FieldKey } from '../utils/settings/fields';
import { fieldHint, fieldLabel } from './field-words';
import { Field, type FieldProps } from './Field';

export interface SettingFieldProps extends Omit<FieldProps, 'id' | 'label'> {
  /** The setting's key; also the control's id. */
  name: FieldKey;
}

export function SettingField({ name, ...props }: SettingFieldProps) {
  const { inputMode, pattern, placeholder } = fieldInput(name);
  return <Field id={name} label={fieldLabel(name)} hint={fieldHint(name)} inputMode={inputMode} pattern={pattern} placeholder={placeholder} {...props} />;
}
