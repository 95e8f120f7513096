import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { GeneralErrors, TextField } from '../../ui/form-field';
import { formatDateTime, transportMessage } from '../../ui/format';
import { groupErrorsByField } from '../../ui/user-error';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './api-key.graphql';

// The list must refetch after a create even when it was empty (no ApiKey typename cached yet).
const apiKeysContext = { additionalTypenames: ['ApiKey'] };

export function ApiKeysPage() {
  const [{ data, error, fetching }] = useQuery({ query: ApiKeysQuery, context: apiKeysContext });
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const keys = data?.apiKeys ?? [];

  return (
    <section aria-labelledby="api-keys-title">
      <h1 id="api-keys-title">API keys</h1>
      <p className="muted">Partner apps call the Ledgerbridge API with these keys. A key is shown once, when it is created.</p>
      {created !== null && (
        <div className="notice" role="status">
          <p>
            Copy the key for <strong>{created.name}</strong> now; it will not be shown again.
          </p>
          <code className="secret" data-testid="new-api-key-secret">
            {created.secret}
          </code>
          <button className="button button-secondary button-small" type="button" onClick={() => setCreated(null)}>
            Done
          </button>
        </div>
      )}
      <CreateApiKeyForm onCreated={setCreated} />
      <div className="panel">
        <h2>Keys</h2>
        {error !== undefined && <GeneralErrors messages={[transportMessage(error)]} />}
        {fetching && data === undefined ? (
          <p role="status">Loading…</p>
        ) : keys.length === 0 ? (
          <p>No API keys yet.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Key starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => (
                  <ApiKeyRow key={key.id} apiKey={key} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}

function CreateApiKeyForm({ onCreated }: { onCreated: (created: { name: string; secret: string }) => void }) {
  const [{ fetching }, createApiKey] = useMutation(CreateApiKeyMutation);
  const [errors, setErrors] = useState<{ fields: { name?: string }; general: readonly string[] }>({ fields: {}, general: [] });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    setErrors({ fields: {}, general: [] });
    const result = await createApiKey({ input: { name } }, apiKeysContext);
    const payload = result.data?.createApiKey;
    if (payload === undefined) {
      setErrors({ fields: {}, general: [transportMessage(result.error)] });
      return;
    }
    if (payload.errors.length > 0 || payload.secret === null || payload.apiKey === null) {
      setErrors(groupErrorsByField(payload.errors, ['name'] as const));
      return;
    }
    form.reset();
    onCreated({ name: payload.apiKey.name, secret: payload.secret });
  }

  return (
    <form className="panel" aria-labelledby="create-api-key-title" onSubmit={(event) => void handleSubmit(event)}>
      <h2 id="create-api-key-title">Create a key</h2>
      <GeneralErrors messages={errors.general} />
      <div className="row">
        <TextField id="api-key-name" name="name" label="Name" required maxLength={200} error={errors.fields.name} />
        <button className="button" type="submit" disabled={fetching}>
          Create key
        </button>
      </div>
    </form>
  );
}

interface ApiKeyRowProps {
  readonly apiKey: { id: string; name: string; prefix: string; createdAt: string; revokedAt: string | null };
}

function ApiKeyRow({ apiKey }: ApiKeyRowProps) {
  const [{ fetching }, revokeApiKey] = useMutation(RevokeApiKeyMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function handleRevoke() {
    setProblem(null);
    const result = await revokeApiKey({ input: { id: apiKey.id } }, apiKeysContext);
    const payload = result.data?.revokeApiKey;
    if (payload === undefined) setProblem(transportMessage(result.error));
    else if (payload.errors.length > 0) setProblem(payload.errors.map((e) => e.message).join(' '));
  }

  return (
    <tr>
      <td>{apiKey.name}</td>
      <td>
        <code>{apiKey.prefix}…</code>
      </td>
      <td>{formatDateTime(apiKey.createdAt)}</td>
      <td>
        {apiKey.revokedAt === null ? (
          <span className="badge badge-ok">Active</span>
        ) : (
          <span className="badge badge-bad">Revoked {formatDateTime(apiKey.revokedAt)}</span>
        )}
      </td>
      <td>
        {apiKey.revokedAt === null && (
          <button
            className="button button-danger button-small"
            type="button"
            disabled={fetching}
            aria-label={`Revoke ${apiKey.name}`}
            onClick={() => void handleRevoke()}
          >
            Revoke
          </button>
        )}
        {problem !== null && <p className="field-error">{problem}</p>}
      </td>
    </tr>
  );
}
