import { formatDateTime } from '../../ui/format';

export interface PipelineVersionView {
  readonly number: number;
  readonly savedBy: string | null;
  readonly savedAt: string;
  readonly changes: readonly string[];
}

/** Who saved each version of the pipeline and what it changed, newest first. */
export function PipelineHistory({ versions }: { readonly versions: readonly PipelineVersionView[] }) {
  return (
    <section className="panel" aria-labelledby="pipeline-history-title">
      <h2 id="pipeline-history-title">History</h2>
      {versions.length === 0 ? (
        <p className="muted">No saved versions yet.</p>
      ) : (
        <ol className="pipeline-history">
          {versions.map((version) => (
            <li key={version.number} aria-label={`Revision ${version.number}`}>
              <p>
                <strong>Revision {version.number}</strong>, {formatDateTime(version.savedAt)} by {version.savedBy ?? 'unknown'}
              </p>
              <ul>
                {version.changes.map((change, index) => (
                  // the list of one version never changes order
                  <li key={index}>{change}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
