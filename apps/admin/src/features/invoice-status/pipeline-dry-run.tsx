import type { Pipeline } from '@ledgerbridge/domain';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { PipelineDryRunInput as DryRunInput, PipelineDryRunQuery as DryRunResult, PipelineDryRunStage } from '../../graphql/generated/graphql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { DryRunSamplePicker } from './dry-run-sample-picker';
import { PipelineDryRunQuery } from './pipeline-dry-run.graphql';
import { toSaveInput } from './pipeline-editor-state';

type Report = DryRunResult['pipelineDryRun'];

const stageLabels: Record<PipelineDryRunStage, string> = {
  START: 'Starts in',
  TO_TRIGGER: 'Moved towards the transfer',
  TRANSFER_SUCCEEDED: 'Transfer to the ERP succeeds',
  SEND: 'Sent to the customer',
  PAY: 'Paid',
  TRANSFER_FAILED: 'Transfer to the ERP fails',
  RETRY: 'Retried',
};

/**
 * Walks a sample invoice through the unsaved draft on the server (pipelineDryRun), so the admin
 * sees where an invoice would get stuck before saving. Nothing is saved.
 */
export function PipelineDryRun({ draft }: { readonly draft: Pipeline }) {
  const [sampleId, setSampleId] = useState('');
  // The draft as it was when "Dry run" was pressed; later edits wait for the next press.
  const [input, setInput] = useState<DryRunInput | null>(null);
  const [{ data, error, fetching }, rerun] = useQuery({
    query: PipelineDryRunQuery,
    variables: { input: input ?? toSaveInput(draft) },
    pause: input === null,
    requestPolicy: 'network-only',
  });
  const payload = input === null ? undefined : data?.pipelineDryRun;
  const problem =
    input !== null && error !== undefined
      ? transportMessage(error)
      : payload !== undefined && payload.errors.length > 0
        ? payload.errors.map((e) => e.message).join(' ')
        : null;
  const report: Report | null = payload !== undefined && payload.errors.length === 0 ? payload : null;
  const nameOf = (key: string) => draft.statuses.find((s) => s.key === key)?.name ?? key;

  function run() {
    const next: DryRunInput = { ...toSaveInput(draft), ...(sampleId === '' ? {} : { sampleInvoiceId: sampleId }) };
    // the same input is the same urql operation, so it has to be re-executed to reach the server again
    if (input !== null && JSON.stringify(next) === JSON.stringify(input)) rerun({ requestPolicy: 'network-only' });
    else setInput(next);
  }

  return (
    <section className="panel" aria-labelledby="dry-run-title">
      <h2 id="dry-run-title">Dry run</h2>
      <div className="row">
        <DryRunSamplePicker value={sampleId} onChange={setSampleId} />
        <button className="button button-secondary" type="button" disabled={fetching} onClick={run}>
          Dry run
        </button>
      </div>
      {problem !== null && <GeneralErrors messages={[problem]} />}
      {report !== null && (
        <div data-testid="dry-run-result">
          <p className={report.issues.length === 0 ? 'notice' : 'alert'}>
            {report.issues.length === 0
              ? 'The draft follows every rule.'
              : `Saving would be refused: ${report.issues.length} problem${report.issues.length === 1 ? '' : 's'}.`}
          </p>
          <ol className="dry-run-steps">
            {report.steps.map((step, index) => (
              // steps are a fixed sequence for one result
              <li key={index} className={step.blockedBy === null ? undefined : 'field-error'}>
                <strong>{stageLabels[step.stage]}</strong>
                {step.blockedBy === null
                  ? `: ${nameOf(step.landsIn)}${step.hasInvoiceNumber ? ' (with invoice number)' : ''}`
                  : `: blocked, stays in ${nameOf(step.landsIn)}. ${step.blockedBy.message}`}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
