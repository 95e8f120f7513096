import { HomePage } from './features/home/home-page';
import { useSession } from './features/session/session-context';
import { SignInPage } from './features/session/sign-in-page';

export function App() {
  const { token } = useSession();
  return (
    <>
      <header className="app-header">
        <span className="brand">Ledgerbridge admin</span>
      </header>
      <main className="page">{token === null ? <SignInPage /> : <HomePage />}</main>
    </>
  );
}
