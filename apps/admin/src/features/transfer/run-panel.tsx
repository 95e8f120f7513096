import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { TransferRegister, TransferScreenQuery } from '../../graphql/generated/graphql';
import { GeneralErrors } from '../../ui/form-field';
import { formatDateTime, transportMessage } from '../../ui/format';
import { groupErrorsByField } from '../../ui/user-error';
import { RegisterChoices } from './register-choices';
import type { RunCounts } from './transfer-log-state';
import { RetryTransferItemsMutation, RunTransferMutation } from './transfer.graphql';

type Run = TransferScreenQuery['transferRuns'][number];

export const transferContext = { additionalTypenames: ['TransferRun', 'TransferItem'] };

export function RunTransferForm({ connectionId }: { connectionId: string | null }) {
  const [{ fetching }, runTransfer] = useMutation(RunTransferMutation);
  const [errors, setErrors] = useState<{ fields: { registers?: string; connectionId?: string }; general: readonly string[] }>({
    fields: {},
    general: [],
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).getAll('registers').map(String) as TransferRegister[];
    if (connectionId === null) {
      setErrors({ fields: { connectionId: 'Choose a connection first.' }, general: [] });
      return;
    }
    setErrors({ fields: {}, general: [] });
    const result = await runTransfer({ input: { connectionId, registers: chosen, idempotencyKey: crypto.randomUUID() } }, transferContext);
    const payload = result.data?.runTransfer;
    if (payload === undefined) setErrors({ fields: {}, general: [transportMessage(result.error)] });
    else if (payload.errors.length > 0) setErrors(groupErrorsByField(payload.errors, ['registers', 'connectionId'] as const));
  }

  return (
    <form className="panel" aria-labelledby="run-transfer-title" onSubmit={(event) => void handleSubmit(event)}>
      <h2 id="run-transfer-title">Run a transfer</h2>
      <GeneralErrors messages={errors.general} />
      {errors.fields.connectionId !== undefined && <p className="field-error">{errors.fields.connectionId}</p>}
      <RegisterChoices id="run-registers" error={errors.fields.registers} isChecked={(register) => register === 'CUSTOMERS'} />
      <button className="button" type="submit" disabled={fetching || connectionId === null}>
        Run transfer
      </button>
    </form>
  );
}

/**
 * The API does not know a run's total up front (registers are read page by page), so a running
 * run shows an indeterminate bar with what is done so far; a finished one a full bar.
 */
export function RunProgress({ run, liveCounts }: { run: Run; liveCounts?: RunCounts | undefined }) {
  const [{ fetching }, retry] = useMutation(RetryTransferItemsMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const isFinished = run.finishedAt !== null;
  const { transferred, updated, skipped, failed } = isFinished || liveCounts === undefined ? run.counts : liveCounts;
  const done = transferred + updated + skipped + failed;

  async function handleRetryAll() {
    setProblem(null);
    const result = await retry({ input: { runId: run.id } }, transferContext);
    const payload = result.data?.retryTransferItems;
    if (payload === undefined) setProblem(transportMessage(result.error));
    else if (payload.errors.length > 0) setProblem(payload.errors.map((e) => e.message).join(' '));
  }

  return (
    <div className="run" data-testid="run-progress">
      <div className="row">
        <strong>{run.registers.join(', ')}</strong>
        <span className="muted">{formatDateTime(run.createdAt)}</span>
        <span className={`badge badge-${run.status === 'SUCCEEDED' ? 'ok' : run.status === 'FAILED' || run.status === 'PARTIAL' ? 'bad' : 'warn'}`}>
          {run.status}
        </span>
      </div>
      <progress
        aria-label={`Run of ${run.registers.join(', ')}`}
        {...(isFinished ? { value: 1, max: 1 } : {})}
      />
      <p className="muted">
        {done} processed: {transferred} transferred, {updated} updated, {skipped} skipped, {failed} failed
        {run.error !== null && ` · ${run.error}`}
      </p>
      {isFinished && failed > 0 && (
        <button className="button button-secondary button-small" type="button" disabled={fetching} onClick={() => void handleRetryAll()}>
          Retry all failed
        </button>
      )}
      {problem !== null && <p className="field-error">{problem}</p>}
    </div>
  );
}
