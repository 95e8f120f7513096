import {
  addApprovalStep, addAutoInvoiceSending, erpNumberChoices, pipelineSteps, removeApprovalStep, removeAutoInvoiceSending, setAutoInvoiceStatus,
  setErpNumberFrom, startFromExample, type ExampleName, type ExampleStart, type Pipeline,
} from '@ledgerbridge/domain';
import { useEffect, useRef, useState } from 'react';
import { describedByFor, FieldNotes } from '../../ui/form-field';
import type { EditorIssues } from './pipeline-editor-state';

const exampleLabels: Record<ExampleName, string> = {
  A: 'A — approval and AutoInvoice statuses (SE-VN-46)',
  B: 'B — no approval, sent from the source (SE-VN-47)',
  C: 'C — AutoInvoice and the ERP (SE-VN-52)',
};

const autoInvoiceSlots = [
  { slot: 'toTransfer', label: 'AutoInvoice takes invoices from' },
  { slot: 'afterTransfer', label: 'Status once AutoInvoice has sent them' },
  { slot: 'onError', label: 'Status when AutoInvoice cannot send them' },
] as const;

interface ProcessStepsProps {
  readonly draft: Pipeline;
  readonly issues: EditorIssues;
  readonly onChange: (next: Pipeline) => void;
}

/**
 * The invoicing process as steps (SE-VN-34, SE-VN-54): approval, where the ERP number starts,
 * AutoInvoice sending, or a whole example. Every choice rewrites the unsaved draft through the
 * domain's transformations, so the status list, live check and dry run below follow at once.
 */
export function ProcessSteps({ draft, issues, onChange }: ProcessStepsProps) {
  const steps = pipelineSteps(draft);
  const [refusal, setRefusal] = useState<{ readonly where: string; readonly message: string } | null>(null);
  const [example, setExample] = useState<ExampleName>('A');
  const [pending, setPending] = useState<(ExampleStart & { readonly name: ExampleName }) | null>(null);
  const confirmButton = useRef<HTMLButtonElement | null>(null);
  const startButton = useRef<HTMLButtonElement | null>(null);
  const [focusStart, setFocusStart] = useState(false);

  useEffect(() => {
    if (pending !== null) confirmButton.current?.focus();
  }, [pending]);
  useEffect(() => {
    if (!focusStart) return;
    startButton.current?.focus();
    setFocusStart(false);
  }, [focusStart]);

  const apply = (where: string, result: { ok: true; value: Pipeline } | { ok: false; error: string }) => {
    if (result.ok) {
      setRefusal(null);
      onChange(result.value);
    } else {
      setRefusal({ where, message: result.error });
    }
  };
  const refusalAt = (where: string) => (refusal?.where === where ? refusal.message : undefined);
  const nameOf = (key: string | null | undefined) => draft.statuses.find((s) => s.key === key)?.name ?? key ?? '';
  const autoMessages = (slot: string) => {
    const messages = issues.autoInvoice.get(slot) ?? [];
    return messages.length === 0 ? undefined : messages.join(' ');
  };

  const approvalError = refusalAt('approval');
  const autoError = refusalAt('autoInvoice') ?? autoMessages('');
  const numberError = refusalAt('erpNumber');
  // the current holder stays listed while the draft breaks the order rules, so the select never lies
  const current = steps.erpNumberFrom;
  const offered = erpNumberChoices(draft);
  const choices = current === null || offered.some((s) => s.key === current.key) ? offered : [current, ...offered];

  return (
    <section className="panel process-steps" aria-labelledby="process-steps-title">
      <h2 id="process-steps-title">Process steps</h2>
      <div className="field">
        <label className="choice">
          <input
            id="step-approval"
            type="checkbox"
            checked={steps.approval.length > 0}
            aria-invalid={approvalError !== undefined}
            aria-describedby={describedByFor('step-approval', true, approvalError)}
            onChange={(e) => apply('approval', e.target.checked ? addApprovalStep(draft) : removeApprovalStep(draft))}
          />
          Approval step before the ERP
        </label>
        <FieldNotes
          id="step-approval"
          hint={steps.approval.length > 0
            ? `Approval statuses: ${steps.approval.map((s) => s.name).join(', ')}. Removing them is refused on save while invoices are in them.`
            : 'Adds "Awaiting approval" before the status that sends invoices to the ERP, as in example A.'}
          error={approvalError}
        />
      </div>

      <div className="field">
        <label htmlFor="step-erp-number">Invoices get their ERP number from status</label>
        <select
          id="step-erp-number"
          value={steps.erpNumberFrom?.key ?? ''}
          disabled={choices.length === 0}
          aria-invalid={numberError !== undefined}
          aria-describedby={describedByFor('step-erp-number', true, numberError)}
          onChange={(e) => apply('erpNumber', setErpNumberFrom(draft, e.target.value))}
        >
          {steps.erpNumberFrom === null && <option value="">No after-transfer status yet</option>}
          {choices.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
        </select>
        <FieldNotes
          id="step-erp-number"
          hint={<span data-testid="erp-number-readout">
            {steps.erpNumberFrom === null
              ? 'No status receives the ERP number yet: mark one as after a successful transfer.'
              : `Invoices get their ERP number from status "${steps.erpNumberFrom.name}" onward; they can be sent only from there (SE-VN-55).`}
          </span>}
          error={numberError}
        />
      </div>

      <fieldset className="choices">
        <legend>AutoInvoice</legend>
        <label className="choice">
          <input
            id="step-auto-invoice"
            type="checkbox"
            checked={steps.autoInvoice !== null}
            aria-invalid={autoError !== undefined}
            aria-describedby={describedByFor('step-auto-invoice', true, autoError)}
            onChange={(e) => apply('autoInvoice', e.target.checked ? addAutoInvoiceSending(draft) : { ok: true, value: removeAutoInvoiceSending(draft) })}
          />
          Send invoices to customers through AutoInvoice
        </label>
        <FieldNotes
          id="step-auto-invoice"
          hint={steps.autoInvoice === null
            ? 'Invoices are sent from the source once they have their ERP number.'
            : `AutoInvoice sends invoices in "${nameOf(draft.autoInvoice?.toTransfer)}" and sets "${nameOf(draft.autoInvoice?.afterTransfer)}".`}
          error={autoError}
        />
        {draft.autoInvoice != null && (
          <div className="row">
            {autoInvoiceSlots.map(({ slot, label }) => {
              const id = `auto-invoice-${slot}`;
              const error = autoMessages(slot);
              return (
                <div className="field" key={slot}>
                  <label htmlFor={id}>{label}</label>
                  <select
                    id={id}
                    value={draft.autoInvoice?.[slot] ?? ''}
                    aria-invalid={error !== undefined}
                    aria-describedby={describedByFor(id, undefined, error)}
                    onChange={(e) => onChange(setAutoInvoiceStatus(draft, slot, e.target.value === '' ? null : e.target.value))}
                  >
                    {slot === 'onError' && <option value="">None (not stated)</option>}
                    {draft.statuses.map((s) => (
                      <option key={s.key} value={s.key}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                  <FieldNotes id={id} error={error} />
                </div>
              );
            })}
          </div>
        )}
      </fieldset>

      <div className="row">
        <div className="field">
          <label htmlFor="step-example">Start from example</label>
          <select id="step-example" value={example} onChange={(e) => setExample(e.target.value as ExampleName)}>
            {(Object.keys(exampleLabels) as ExampleName[]).map((name) => (
              <option key={name} value={name}>
                {exampleLabels[name]}
              </option>
            ))}
          </select>
        </div>
        <button
          ref={startButton}
          className="button button-secondary"
          type="button"
          onClick={() => setPending({ ...startFromExample(draft, example), name: example })}
        >
          Start from example {example}…
        </button>
      </div>
      {pending !== null && (
        <div role="alertdialog" aria-labelledby="example-confirm" className="confirm">
          <p id="example-confirm">
            Replace the unsaved draft with example {pending.name}? Statuses with the same role keep their keys.
            {pending.dropped.length === 0
              ? ' No status is left out.'
              : ` Left out: ${pending.dropped.map((s) => s.name).join(', ')}; saving is refused while invoices are in them.`}
          </p>
          <button
            ref={confirmButton}
            className="button button-small"
            type="button"
            onClick={() => {
              onChange(pending.pipeline);
              setRefusal(null);
              setPending(null);
              setFocusStart(true);
            }}
          >
            Yes, use example {pending.name}
          </button>{' '}
          <button
            className="button button-secondary button-small"
            type="button"
            onClick={() => {
              setPending(null);
              setFocusStart(true);
            }}
          >
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
