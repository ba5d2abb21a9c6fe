/** Custom account parameters (`x-cth-pin`, `host`, ...) as editable name/value rows. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../utils/i18n';
import { tParts } from './Trans';

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
      <legend class="field-label">{t('customTitle')}</legend>
      <p class="field-hint" id="custom-hint">
        {tParts('customHint', <code>%account[name]%</code>, <code>x-cth-pin</code>)}
      </p>
      <div class="param-rows" ref={list} data-testid="custom-params">
        {rows.length > 0 && (
          <div class="param-row param-head" aria-hidden="true">
            <span>{t('customName')}</span>
            <span>{t('customValue')}</span>
            <span />
          </div>
        )}
        {rows.map((row, index) => {
          const error = errors[index];
          const n = index + 1;
          return (
            <div class="param-row-wrap" key={row.id}>
              <div class={`param-row${error ? ' field--error' : ''}`}>
                <label class="visually-hidden" htmlFor={`custom-key-${index}`}>{t('customParamName', n)}</label>
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
                <label class="visually-hidden" htmlFor={`custom-value-${index}`}>{t('customParamValue', n)}</label>
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
                  aria-label={row.key ? t('customRemoveNamed', n, row.key) : t('customRemoveN', n)}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  {t('customRemove')}
                </button>
              </div>
              {error && (
                <p class="field-error" id={`custom-${index}-message`}>
                  <span class="visually-hidden">{`${t('a11yError')} `}</span>
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
        {t('customAdd')}
      </button>
    </fieldset>
  );
}
