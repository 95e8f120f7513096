import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { formatDateTime, transportMessage } from '../../ui/format';
import { RestorePipelineVersionMutation } from './invoice-status.graphql';

export interface PipelineVersionView {
  readonly id: string;
  readonly number: number;
  readonly savedBy: string | null;
  readonly savedAt: string;
  readonly changes: readonly string[];
  readonly restoredFrom?: number | null;
}

interface PipelineHistoryProps {
  readonly versions: readonly PipelineVersionView[];
  /** The revision in force: it has nothing to restore. */
  readonly currentRevision: number;
  /** After a restore: the notice to show; the page reloads the pipeline so the editor shows the restored one. */
  readonly onRestored: (notice: string) => void;
}

/** Who saved each version of the pipeline and what it changed, newest first; older ones can be restored. */
export function PipelineHistory({ versions, currentRevision, onRestored }: PipelineHistoryProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const [{ fetching }, restore] = useMutation(RestorePipelineVersionMutation);
  const restoreButtons = useRef(new Map<string, HTMLButtonElement>());
  const confirmButton = useRef<HTMLButtonElement | null>(null);
  // where the keyboard focus goes once the buttons it belongs to are rendered
  const [focusTarget, setFocusTarget] = useState<{ readonly id: string; readonly on: 'confirm' | 'restore' } | null>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    (focusTarget.on === 'confirm' ? confirmButton.current : restoreButtons.current.get(focusTarget.id))?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const setProblem = (id: string, message: string | null) =>
    setProblems((current) => {
      const next = new Map(current);
      if (message === null) next.delete(id);
      else next.set(id, message);
      return next;
    });

  function ask(id: string) {
    setConfirming(id);
    setFocusTarget({ id, on: 'confirm' });
  }

  function cancel(id: string) {
    setConfirming(null);
    // back to where the keyboard user started
    setFocusTarget({ id, on: 'restore' });
  }

  async function handleRestore(version: PipelineVersionView) {
    setProblem(version.id, null);
    const result = await restore({ input: { versionId: version.id } });
    const payload = result.data?.restoreInvoiceStatusPipelineVersion;
    if (payload === undefined) setProblem(version.id, transportMessage(result.error));
    else if (payload.errors.length > 0) setProblem(version.id, payload.errors.map((e) => e.message).join(' '));
    else if (payload.pipeline !== null) {
      setConfirming(null);
      onRestored(`Restored revision ${version.number} as revision ${payload.pipeline.revision}.`);
    }
  }

  return (
    <section className="panel" aria-labelledby="pipeline-history-title">
      <h2 id="pipeline-history-title">History</h2>
      {versions.length === 0 ? (
        <p className="muted">No saved versions yet.</p>
      ) : (
        <ol className="pipeline-history">
          {versions.map((version) => {
            const problem = problems.get(version.id);
            const problemId = `version-${version.number}-error`;
            return (
              <li key={version.number} aria-label={`Revision ${version.number}`}>
                <p>
                  <strong>Revision {version.number}</strong>, {formatDateTime(version.savedAt)} by {version.savedBy ?? 'unknown'}
                  {version.number === currentRevision && <span className="muted"> (current)</span>}
                </p>
                <ul>
                  {version.changes.map((change, index) => (
                    // the list of one version never changes order
                    <li key={index}>{change}</li>
                  ))}
                </ul>
                {version.number !== currentRevision &&
                  (confirming === version.id ? (
                    <div className="row" role="group" aria-labelledby={`version-${version.number}-confirm`}>
                      <p id={`version-${version.number}-confirm`}>
                        Restore revision {version.number}? It is saved as a new revision; unsaved changes in the editor are discarded.
                      </p>
                      <button
                        className="button button-small"
                        type="button"
                        ref={confirmButton}
                        disabled={fetching}
                        aria-describedby={problem === undefined ? undefined : problemId}
                        onClick={() => void handleRestore(version)}
                      >
                        Yes, restore revision {version.number}
                      </button>
                      <button className="button button-secondary button-small" type="button" onClick={() => cancel(version.id)}>
                        Cancel
                      </button>
                    </div>
                  ) : (
                    <button
                      ref={(element) => {
                        if (element === null) restoreButtons.current.delete(version.id);
                        else restoreButtons.current.set(version.id, element);
                      }}
                      className="button button-secondary button-small"
                      type="button"
                      aria-describedby={problem === undefined ? undefined : problemId}
                      onClick={() => ask(version.id)}
                    >
                      Restore revision {version.number}
                    </button>
                  ))}
                {problem !== undefined && (
                  <p id={problemId} className="field-error" role="alert">
                    {problem}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
