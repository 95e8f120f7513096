import { useState } from 'react';
import { useMutation } from 'urql';
import { transportMessage } from '../../ui/format';
import { DisconnectSystemMutation } from './connection.graphql';

/**
 * Disconnecting deletes the stored credentials, so it asks first and says what stays (history,
 * links, settings) and what it takes to come back (connecting again with new credentials).
 */
export function DisconnectButton({ connection, systemName }: { connection: { id: string; name: string }; systemName: string }) {
  const [{ fetching }, disconnect] = useMutation(DisconnectSystemMutation);
  const [isConfirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function handleConfirm() {
    setProblem(null);
    const result = await disconnect({ input: { connectionId: connection.id } });
    const payload = result.data?.disconnectSystem;
    if (payload === undefined) setProblem(transportMessage(result.error));
    else if (payload.errors.length > 0) setProblem(payload.errors.map((e) => e.message).join(' '));
    else setConfirming(false);
  }

  if (!isConfirming) {
    return (
      <button className="button button-secondary button-small" type="button" aria-label={`Disconnect ${connection.name}`} onClick={() => setConfirming(true)}>
        Disconnect
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby={`disconnect-${connection.id}`} className="confirm">
      <p id={`disconnect-${connection.id}`}>
        Disconnect {connection.name}? The stored {systemName} credentials are deleted and its schedules stop. Transfer history, links and settings
        stay; connect again with new credentials to resume.
      </p>
      <button className="button button-danger button-small" type="button" disabled={fetching} onClick={() => void handleConfirm()}>
        {fetching ? 'Disconnecting…' : 'Yes, disconnect'}
      </button>{' '}
      <button className="button button-secondary button-small" type="button" disabled={fetching} onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {problem !== null && (
        <p role="status" className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
