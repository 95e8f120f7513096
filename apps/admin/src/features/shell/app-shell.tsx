import { useEffect, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { screens } from '../../routes';
import { Link } from '../../ui/router';
import { useSession } from '../session/session-context';
import { LogoutMutation } from '../session/session.graphql';
import { ShellViewerQuery } from './shell.graphql';

export function AppShell({ current, children }: { current: string | undefined; children: ReactNode }) {
  const { signOut, switchTenant, account } = useSession();
  const [{ data, error }] = useQuery({ query: ShellViewerQuery });
  const [, logout] = useMutation(LogoutMutation);
  const viewer = data?.viewer;
  const sessionEnded =
    (data !== undefined && viewer === null) ||
    error?.graphQLErrors.some((graphQLError) => graphQLError.extensions['code'] === 'UNAUTHENTICATED') === true;

  useEffect(() => {
    // An expired or revoked session sends the admin back to sign-in instead of showing empty screens.
    if (sessionEnded) signOut();
  }, [sessionEnded, signOut]);

  async function handleSignOut() {
    // Ends the session on the server too, so the token is useless even if it leaked.
    await logout({});
    signOut();
  }

  async function handleSwitch(tenantId: string) {
    await logout({});
    switchTenant(tenantId);
  }

  const tenants = account?.tenants ?? [];

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header shell-header">
        <span className="brand">Ledgerbridge admin</span>
        <nav aria-label="Main" className="shell-nav">
          {screens.map((screen) => (
            <Link key={screen.path} href={screen.path} aria-current={screen.path === current ? 'page' : undefined}>
              {screen.title}
            </Link>
          ))}
        </nav>
        <div className="shell-account">
          {viewer?.tenant && viewer.user && (
            <span className="muted" data-testid="signed-in-as">
              {viewer.tenant.name} · {viewer.user.email}
            </span>
          )}
          {tenants.length > 1 && viewer?.tenant && (
            <label className="inline-field">
              <span>Tenant</span>
              <select value={viewer.tenant.id} onChange={(event) => void handleSwitch(event.target.value)}>
                {tenants.map((tenant) => (
                  <option key={tenant.id} value={tenant.id}>
                    {tenant.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button className="button button-secondary" type="button" onClick={() => void handleSignOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main className="page page-wide" id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
