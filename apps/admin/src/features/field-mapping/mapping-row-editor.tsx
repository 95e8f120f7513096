import type { ReactNode } from 'react';
import { describedByFor, FieldNotes } from '../../ui/form-field';
import { sourceKinds, transforms, type DraftField, type RowDraft, type RowErrors, type SourceKind, type Transform } from './mapping-editor-state';

interface MappingRowEditorProps {
  readonly draft: RowDraft;
  readonly origin: 'DEFAULT' | 'OVERRIDDEN';
  readonly isNew: boolean;
  readonly isChanged: boolean;
  readonly willReset: boolean;
  readonly errors: RowErrors;
  readonly onChange: (next: RowDraft) => void;
  readonly onToggleReset: () => void;
  readonly onRemoveNew: () => void;
}

const sourceLabels: Record<SourceKind, string> = { FIELD: 'Field', FIXED: 'Fixed value', TEMPLATE: 'Template' };
const sourceHints: Record<SourceKind, string> = {
  FIELD: 'One of our fields, e.g. address.city',
  FIXED: 'Sent as written',
  TEMPLATE: 'Fields in braces, e.g. {number} {name}',
};

/** One target field's row; every input carries its own error right under it. */
export function MappingRowEditor({ draft, origin, isNew, isChanged, willReset, errors, onChange, onToggleReset, onRemoveNew }: MappingRowEditorProps) {
  const id = `mapping-${draft.target.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const set = <K extends keyof RowDraft>(key: K, value: RowDraft[K]) => onChange({ ...draft, [key]: value });
  const hasErrors = Object.keys(errors).length > 0;

  const field = (name: DraftField, label: string, control: (describedBy: string | undefined) => ReactNode, hint?: string) => {
    const fieldId = `${id}-${name}`;
    return (
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        {control(describedByFor(fieldId, hint, errors[name]))}
        <FieldNotes id={fieldId} hint={hint} error={errors[name]} />
      </div>
    );
  };

  return (
    <li className={`mapping-row${hasErrors ? ' row-invalid' : ''}`} data-target={draft.target}>
      <fieldset disabled={willReset}>
        <legend>
          <code>{draft.target}</code>{' '}
          <span className={`badge ${origin === 'OVERRIDDEN' ? 'badge-warn' : 'badge-ok'}`} data-testid="row-origin">
            {isNew ? 'NEW' : origin}
          </span>
          {isChanged && <span className="muted"> · changed</span>}
          {willReset && <span className="muted"> · back to the default when saved</span>}
        </legend>
        <div className="mapping-grid">
          {field('sourceKind', 'Source kind', (describedBy) => (
            <select id={`${id}-sourceKind`} value={draft.sourceKind} aria-describedby={describedBy} onChange={(e) => set('sourceKind', e.target.value as SourceKind)}>
              {sourceKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {sourceLabels[kind]}
                </option>
              ))}
            </select>
          ))}
          {field(
            'source',
            sourceLabels[draft.sourceKind],
            (describedBy) => (
              <input
                id={`${id}-source`}
                value={draft.source}
                list={draft.sourceKind === 'FIELD' ? 'mapping-source-fields' : undefined}
                aria-invalid={errors.source !== undefined}
                aria-describedby={describedBy}
                onChange={(e) => set('source', e.target.value)}
              />
            ),
            sourceHints[draft.sourceKind],
          )}
          {field('transform', 'Transformation', (describedBy) => (
            <select id={`${id}-transform`} value={draft.transform} aria-invalid={errors.transform !== undefined} aria-describedby={describedBy} onChange={(e) => set('transform', e.target.value as Transform | '')}>
              <option value="">None</option>
              {transforms.map((transform) => (
                <option key={transform} value={transform}>
                  {transform.replace(/_/g, ' ').toLowerCase()}
                </option>
              ))}
            </select>
          ))}
          {draft.transform === 'TRUNCATE' &&
            field('transformLength', 'Length', (describedBy) => (
              <input
                id={`${id}-transformLength`}
                inputMode="numeric"
                value={draft.transformLength}
                aria-invalid={errors.transformLength !== undefined}
                aria-describedby={describedBy}
                onChange={(e) => set('transformLength', e.target.value)}
              />
            ))}
          {draft.transform === 'PRICE_INCL_VAT' &&
            field('vatRateField', 'VAT rate field', (describedBy) => (
              <input
                id={`${id}-vatRateField`}
                value={draft.vatRateField}
                list="mapping-source-fields"
                aria-invalid={errors.vatRateField !== undefined}
                aria-describedby={describedBy}
                onChange={(e) => set('vatRateField', e.target.value)}
              />
            ))}
          {field('default', 'Default when empty', (describedBy) => (
            <input id={`${id}-default`} value={draft.default} aria-invalid={errors.default !== undefined} aria-describedby={describedBy} onChange={(e) => set('default', e.target.value)} />
          ))}
          {field('mode', 'Written', (describedBy) => (
            <select id={`${id}-mode`} value={draft.mode} aria-invalid={errors.mode !== undefined} aria-describedby={describedBy} onChange={(e) => set('mode', e.target.value as RowDraft['mode'])}>
              <option value="ALWAYS">Always</option>
              <option value="CREATE_ONLY">Only when created</option>
            </select>
          ))}
          <div className="field">
            <label className="choice">
              <input
                type="checkbox"
                checked={draft.isRequired}
                aria-invalid={errors.isRequired !== undefined}
                aria-describedby={describedByFor(`${id}-isRequired`, undefined, errors.isRequired)}
                onChange={(e) => set('isRequired', e.target.checked)}
              />
              Required
            </label>
            <FieldNotes id={`${id}-isRequired`} error={errors.isRequired} />
          </div>
        </div>
        {(errors.row ?? errors.target ?? errors.direction) !== undefined && (
          <p className="field-error">{[errors.row, errors.target, errors.direction].filter(Boolean).join(' ')}</p>
        )}
      </fieldset>
      <div className="row">
        {isNew ? (
          <button className="button button-secondary button-small" type="button" onClick={onRemoveNew}>
            Remove {draft.target}
          </button>
        ) : (
          origin === 'OVERRIDDEN' && (
            <button className="button button-secondary button-small" type="button" aria-pressed={willReset} onClick={onToggleReset}>
              {willReset ? `Keep ${draft.target}` : `Reset ${draft.target}`}
            </button>
          )
        )}
      </div>
    </li>
  );
}
