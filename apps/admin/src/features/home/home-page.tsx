import { useQuery } from 'urql';
import { useSession } from '../session/session-context';
import { ViewerQuery } from './home.graphql';

export function HomePage() {
  const { signOut } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: ViewerQuery });
  const viewer = data?.viewer;

  return (
    <section className="card" aria-labelledby="home-title">
      <h1 id="home-title">Ledgerbridge</h1>
      {fetching && viewer === undefined ? (
        <p role="status">Loading…</p>
      ) : viewer?.tenant && viewer.user ? (
        <p>
          Signed in to <strong>{viewer.tenant.name}</strong> as <strong>{viewer.user.email}</strong> ({viewer.user.role})
        </p>
      ) : (
        <div className="alert" role="alert">
          <p>{error === undefined ? 'Your session has ended. Sign in again.' : describeError(error.graphQLErrors)}</p>
        </div>
      )}
      <button className="button button-secondary" type="button" onClick={signOut}>
        Sign out
      </button>
    </section>
  );
}

function describeError(graphQLErrors: readonly { readonly extensions: Record<string, unknown> }[]): string {
  return graphQLErrors.some((graphQLError) => graphQLError.extensions['code'] === 'UNAUTHENTICATED')
    ? 'Your session has ended. Sign in again.'
    : 'Could not load your account. Try again later.';
}
