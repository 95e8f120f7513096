import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Provider, type Client } from 'urql';
import { SessionProvider } from '../features/session/session-context';
import { createSessionStore } from '../features/session/session-store';

export function renderWithClient(ui: ReactElement, { client }: { client: Client }): RenderResult {
  const store = createSessionStore(window.sessionStorage);
  return render(
    <SessionProvider store={store}>
      <Provider value={client}>{ui}</Provider>
    </SessionProvider>,
  );
}
