import { Suspense, useEffect } from 'react';
import { AppShell } from './features/shell/app-shell';
import { useSession } from './features/session/session-context';
import { SignInPage } from './features/session/sign-in-page';
import { screenFor, screens } from './routes';
import { navigate, useLocation } from './ui/router';

export function App() {
  const { token } = useSession();
  const { pathname } = useLocation();
  const screen = screenFor(pathname);

  useEffect(() => {
    if (token !== null && screen === undefined) navigate(screens[0]!.path, { replace: true });
  }, [token, screen]);

  useEffect(() => {
    document.title = screen === undefined || token === null ? 'Ledgerbridge admin' : `${screen.title} · Ledgerbridge admin`;
  }, [screen, token]);

  if (token === null) {
    return (
      <>
        <header className="app-header">
          <span className="brand">Ledgerbridge admin</span>
        </header>
        <main className="page" id="main">
          <SignInPage />
        </main>
      </>
    );
  }

  const Screen = screen?.component;
  return (
    <AppShell current={screen?.path}>
      <Suspense fallback={<p role="status">Loading…</p>}>{Screen !== undefined && <Screen />}</Suspense>
    </AppShell>
  );
}
