import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { readConfig } from './config';
import { SessionProvider } from './features/session/session-context';
import { createSessionStore } from './features/session/session-store';
import { GraphqlClientProvider } from './graphql/graphql-client-provider';
import './ui/styles.css';

const rootElement = document.getElementById('root');
if (rootElement === null) {
  throw new Error('index.html must contain <div id="root">');
}

const config = readConfig();
const sessionStore = createSessionStore(window.sessionStorage);

createRoot(rootElement).render(
  <StrictMode>
    <SessionProvider store={sessionStore}>
      <GraphqlClientProvider config={config}>
        <App />
      </GraphqlClientProvider>
    </SessionProvider>
  </StrictMode>,
);
