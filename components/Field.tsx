/** One labelled control with its hint and its error or warning text, wired for assistive tech. */
import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { t } from '../utils/i18n';
import { ManagedNote, useLocked } from './Managed';

export interface FieldProps {
  /** The control's id; the label's htmlFor and the message ids derive from it. */
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: ComponentChildren;
  error?: string;
  warning?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'password' | 'url' | 'tel';
  placeholder?: string;
  /** id of a <datalist> with suggestions. */
  list?: string;
  inputMode?: 'text' | 'tel' | 'url' | 'decimal' | 'numeric';
  /** What a valid value looks like (the form has noValidate: a hint to the browser, not a block). */
  pattern?: string;
  autoComplete?: string;
  /** Extra control beside the input, e.g. a "Show" toggle. */
  addon?: ComponentChildren;
  /** Replaces the input (a <select>, ...); give it `fieldControlProps(...)`. */
  children?: ComponentChildren;
}

/** The id/aria props a custom control inside a Field needs. */
export function fieldControlProps(id: string, p: { hint?: unknown; error?: string; warning?: string }) {
  const describedBy = [p.hint ? `${id}-hint` : '', p.error || p.warning ? `${id}-message` : ''].filter(Boolean).join(' ');
  return { id, 'aria-describedby': describedBy || undefined, 'aria-invalid': p.error ? true : undefined };
}

export function Field(props: FieldProps) {
  const { id, label, value, onValue, hint, error, warning, multiline, addon, children } = props;
  const control = fieldControlProps(id, props);
  const locked = useLocked(id);
  const common = {
    ...control,
    value,
    placeholder: props.placeholder,
    spellcheck: false,
    onInput: (e: Event) => onValue((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class={`field${error ? ' field--error' : warning ? ' field--warning' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p class="field-hint" id={`${id}-hint`}>{hint}</p>}
      {locked && <ManagedNote id={id} />}
      {/* A disabled fieldset disables every control inside, whatever kind it is. */}
      <fieldset class="field-control" disabled={locked}>
        {children ??
          (multiline ? (
            <textarea {...common} rows={props.rows ?? 3} />
          ) : (
            <input
              {...({
                ...common,
                type: props.type ?? 'text',
                list: props.list,
                inputMode: props.inputMode,
                pattern: props.pattern,
                autoComplete: props.autoComplete ?? 'off',
              } as InputHTMLAttributes<HTMLInputElement>)}
            />
          ))}
        {addon}
      </fieldset>
      {(error || warning) && (
        <p class={error ? 'field-error' : 'field-warning'} id={`${id}-message`}>
          <span class="visually-hidden">{`${error ? t('a11yError') : t('a11yWarning')} `}</span>
          {error ?? warning}
        </p>
      )}
    </div>
  );
}
