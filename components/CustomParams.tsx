/** Custom account parameters (`x-cth-pin`, `host`, ...) as editable name/value rows. */
import { useEffect, useRef } from 'preact/hooks';

export interface ParamRow {
  /** Stable key for rendering; not stored. */
  id: number;
  key: string;
  value: string;
}

interface Props {
  rows: ParamRow[];
  /** Error text per row index. */
  errors: Record<number, string | undefined>;
  onChange: (rows: ParamRow[]) => void;
  newRowId: () => number;
}

export function CustomParams({ rows, errors, onChange, newRowId }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const focusLast = useRef(false);
  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    const inputs = list.current?.querySelectorAll<HTMLInputElement>('input.param-key');
    inputs?.[inputs.length - 1]?.focus();
  }, [rows.length]);

  const update = (index: number, patch: Partial<ParamRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <fieldset class="field custom-params">
      <legend class="field-label">Custom account parameters</legend>
      <p class="field-hint" id="custom-hint">
        Extra values from your provider, used in templates as <code>%account[name]%</code>, e.g. <code>x-cth-pin</code>.
      </p>
      <div class="param-rows" ref={list} data-testid="custom-params">
        {rows.length > 0 && (
          <div class="param-row param-head" aria-hidden="true">
            <span>Name</span>
            <span>Value</span>
            <span />
          </div>
        )}
        {rows.map((row, index) => {
          const error = errors[index];
          const n = index + 1;
          return (
            <div class="param-row-wrap" key={row.id}>
              <div class={`param-row${error ? ' field--error' : ''}`}>
                <label class="visually-hidden" htmlFor={`custom-key-${index}`}>Parameter {n} name</label>
                <input
                  id={`custom-key-${index}`}
                  class="param-key"
                  value={row.key}
                  spellcheck={false}
                  autoComplete="off"
                  placeholder="x-cth-pin"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `custom-${index}-message` : undefined}
                  onInput={(e) => update(index, { key: e.currentTarget.value })}
                />
                <label class="visually-hidden" htmlFor={`custom-value-${index}`}>Parameter {n} value</label>
                <input
                  id={`custom-value-${index}`}
                  class="param-value"
                  value={row.value}
                  spellcheck={false}
                  autoComplete="off"
                  onInput={(e) => update(index, { value: e.currentTarget.value })}
                />
                <button
                  type="button"
                  aria-label={`Remove parameter ${n}${row.key ? ` (${row.key})` : ''}`}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </div>
              {error && (
                <p class="field-error" id={`custom-${index}-message`}>
                  <span class="visually-hidden">Error: </span>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <button
        type="button"
        onClick={() => {
          focusLast.current = true;
          onChange([...rows, { id: newRowId(), key: '', value: '' }]);
        }}
      >
        Add parameter
      </button>
    </fieldset>
  );
}
