import { useEffect, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { GeneralErrors } from '../../ui/form-field';
import { transportMessage } from '../../ui/format';
import { navigate, useLocation } from '../../ui/router';
import { ReconcileConnectionsQuery } from './reconciliation.graphql';

/**
 * The connection and register a per-connection screen is about, kept in the address bar
 * (?connection=…&register=…) so a reload or a shared link shows the same table.
 */
function useConnectionAndRegister<R extends string>(registers: readonly R[]) {
  const { pathname, searchParams } = useLocation();
  const [{ data, error }] = useQuery({ query: ReconcileConnectionsQuery });
  const connections = data?.connections ?? [];
  const asked = searchParams.get('connection');
  const connectionId = connections.some((c) => c.id === asked) ? asked : (connections[0]?.id ?? null);
  const askedRegister = searchParams.get('register');
  const register = registers.find((r) => r === askedRegister) ?? registers[0]!;

  const choose = (next: { connection?: string; register?: string }) => {
    const params = new URLSearchParams(searchParams);
    if (next.connection !== undefined) params.set('connection', next.connection);
    if (next.register !== undefined) params.set('register', next.register);
    navigate(`${pathname}?${params.toString()}`, { replace: true });
  };

  useEffect(() => {
    if (connectionId !== null && asked !== connectionId) {
      const params = new URLSearchParams(searchParams);
      params.set('connection', connectionId);
      navigate(`${pathname}?${params.toString()}`, { replace: true });
    }
  }, [asked, connectionId, pathname, searchParams]);

  return { connections, connectionId, register, choose, loading: data === undefined && error === undefined, error };
}

interface PickerProps<R extends string> {
  readonly idPrefix: string;
  readonly connections: readonly { id: string; name: string }[];
  readonly connectionId: string | null;
  readonly registers: readonly R[];
  readonly register: R;
  readonly registerLabel: (register: R) => string;
  readonly onChoose: (next: { connection?: string; register?: string }) => void;
}

function ConnectionRegisterPicker<R extends string>(props: PickerProps<R>) {
  const { idPrefix, connections, connectionId, registers, register, registerLabel, onChoose } = props;
  return (
    <div className="row picker-row">
      <div className="field">
        <label htmlFor={`${idPrefix}-connection`}>Connection</label>
        <select id={`${idPrefix}-connection`} value={connectionId ?? ''} onChange={(event) => onChoose({ connection: event.target.value })}>
          {connections.map((connection) => (
            <option key={connection.id} value={connection.id}>
              {connection.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-register`}>Register</label>
        <select id={`${idPrefix}-register`} value={register} onChange={(event) => onChoose({ register: event.target.value })}>
          {registers.map((value) => (
            <option key={value} value={value}>
              {registerLabel(value)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

interface ConnectionRegisterPageProps<R extends string> {
  readonly titleId: string;
  readonly title: string;
  readonly intro: ReactNode;
  /** Prefixes the picker's select ids (`<idPrefix>-connection`, `<idPrefix>-register`). */
  readonly idPrefix: string;
  readonly registers: readonly R[];
  readonly registerLabel: (register: R) => string;
  /** The screen's own part, once a connection is known; rendered again when the choice changes. */
  readonly children: (picked: { readonly connectionId: string; readonly register: R }) => ReactNode;
}

/**
 * A screen about one connection and register: its heading, the loading and "nothing connected"
 * states, the picker, then whatever the screen shows for the choice.
 */
export function ConnectionRegisterPage<R extends string>(props: ConnectionRegisterPageProps<R>) {
  const { titleId, title, intro, idPrefix, registers, registerLabel, children } = props;
  const picked = useConnectionAndRegister(registers);
  return (
    <section aria-labelledby={titleId} className="page-wide">
      <h1 id={titleId}>{title}</h1>
      <p className="muted">{intro}</p>
      {picked.error !== undefined && <GeneralErrors messages={[transportMessage(picked.error)]} />}
      {picked.loading ? (
        <p role="status">Loading…</p>
      ) : picked.connectionId === null ? (
        <p>No systems connected yet.</p>
      ) : (
        <>
          <ConnectionRegisterPicker
            idPrefix={idPrefix}
            connections={picked.connections}
            connectionId={picked.connectionId}
            registers={registers}
            register={picked.register}
            registerLabel={registerLabel}
            onChoose={picked.choose}
          />
          {children({ connectionId: picked.connectionId, register: picked.register })}
        </>
      )}
    </section>
  );
}
