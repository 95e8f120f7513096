import { useEffect, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import type { AdminConfig } from '../config';
import { useSession } from '../features/session/session-context';
import { createGraphqlClient, type GraphqlClientHandle } from './client';

interface ClientForToken {
  readonly token: string | null;
  readonly handle: GraphqlClientHandle;
}

/**
 * Builds a fresh urql client per session, so one user's cached results and open socket
 * never serve the next user. Created in an effect so StrictMode's double mount disposes cleanly.
 */
export function GraphqlClientProvider({ config, children }: { config: AdminConfig; children: ReactNode }) {
  const { token } = useSession();
  const [current, setCurrent] = useState<ClientForToken | null>(null);

  useEffect(() => {
    const handle = createGraphqlClient({ config, getToken: () => token });
    setCurrent({ token, handle });
    return () => handle.dispose();
  }, [config, token]);

  if (current === null || current.token !== token) {
    return null;
  }
  return <Provider value={current.handle.client}>{children}</Provider>;
}
