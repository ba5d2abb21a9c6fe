/**
 * A labelled group of radio buttons for one setting: a legend, one choice per option with its
 * hint, the setting's error, and the administrator's lock (components/Managed.tsx).
 */
import { t, type MessageKey } from '../utils/i18n';
import { ManagedNote, useLocked } from './Managed';

export interface RadioChoice<V extends string> {
  value: V;
  /** The first choice's id is the setting's own, so error messages and tests find the group. */
  id: string;
  label: MessageKey;
  hint: MessageKey;
}

interface RadioGroupProps<V extends string> {
  /** The Settings key, also the radio group's name. */
  name: string;
  legend: MessageKey;
  choices: readonly RadioChoice<V>[];
  value: V;
  onChange: (value: V) => void;
  error?: string;
  class?: string;
}

export function RadioGroup<V extends string>({ name, legend, choices, value, onChange, error, class: className }: RadioGroupProps<V>) {
  const locked = useLocked(name);
  return (
    <fieldset class={`field ${className ?? ''}`} disabled={locked} aria-describedby={error ? `${name}-message` : undefined}>
      <legend class="field-label">{t(legend)}</legend>
      {locked && <ManagedNote id={name} />}
      {choices.map((choice) => (
        <label class="radio" key={choice.value}>
          <input
            type="radio"
            name={name}
            id={choice.id}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {t(choice.label)}
            <small>{t(choice.hint)}</small>
          </span>
        </label>
      ))}
      {error && <p class="field-error" id={`${name}-message`}>{error}</p>}
    </fieldset>
  );
}
