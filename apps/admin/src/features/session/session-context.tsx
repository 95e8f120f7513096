import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SessionAccount, SessionStore } from './session-store';

export interface Session {
  readonly token: string | null;
  /** Kept after sign-out, so the sign-in form can offer the same e-mail and tenant again. */
  readonly account: SessionAccount | null;
  signIn(token: string, account: SessionAccount): void;
  signOut(): void;
  /** Ends this session and returns to sign-in with the other tenant chosen (sessions are per tenant). */
  switchTenant(tenantId: string): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const [token, setToken] = useState(() => store.readToken());
  const [account, setAccount] = useState(() => store.readAccount());

  const signIn = useCallback(
    (nextToken: string, nextAccount: SessionAccount) => {
      store.saveToken(nextToken);
      store.saveAccount(nextAccount);
      setToken(nextToken);
      setAccount(nextAccount);
    },
    [store],
  );
  const signOut = useCallback(() => {
    store.clear();
    setToken(null);
  }, [store]);
  const switchTenant = useCallback(
    (tenantId: string) => {
      setAccount((current) => {
        if (current === null) return current;
        const next = { ...current, tenantId };
        store.saveAccount(next);
        return next;
      });
      store.clear();
      setToken(null);
    },
    [store],
  );

  const session = useMemo<Session>(
    () => ({ token, account, signIn, signOut, switchTenant }),
    [token, account, signIn, signOut, switchTenant],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) {
    throw new Error('useSession must be used inside <SessionProvider>');
  }
  return session;
}
