import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SessionStore } from './session-store';

export interface Session {
  readonly token: string | null;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const [token, setToken] = useState(() => store.readToken());

  const signIn = useCallback(
    (nextToken: string) => {
      store.saveToken(nextToken);
      setToken(nextToken);
    },
    [store],
  );
  const signOut = useCallback(() => {
    store.clear();
    setToken(null);
  }, [store]);

  const session = useMemo<Session>(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) {
    throw new Error('useSession must be used inside <SessionProvider>');
  }
  return session;
}
