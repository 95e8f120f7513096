// The only module that reads import.meta.env; everything else receives an AdminConfig.

export interface AdminConfig {
  /** Absolute HTTP URL of the GraphQL endpoint. */
  readonly graphqlUrl: string;
  /** Absolute ws:// or wss:// URL for graphql-ws subscriptions. */
  readonly graphqlWsUrl: string;
}

export interface AdminEnv {
  readonly VITE_GRAPHQL_URL?: string | undefined;
  readonly VITE_GRAPHQL_WS_URL?: string | undefined;
}

/** Where the page was loaded from; `window.location` satisfies it. */
export interface PageLocation {
  readonly href: string;
}

const defaultGraphqlPath = '/graphql';

/**
 * Resolves the endpoints against the page, so the same build works behind any host:
 * the API serves the SPA and /graphql on one origin, and the WebSocket URL follows
 * the page's scheme (https → wss), which keeps browsers from blocking mixed content.
 */
export function resolveConfig(env: AdminEnv, location: PageLocation): AdminConfig {
  const graphqlUrl = new URL(nonEmpty(env.VITE_GRAPHQL_URL) ?? defaultGraphqlPath, location.href);
  const explicitWsUrl = nonEmpty(env.VITE_GRAPHQL_WS_URL);
  const graphqlWsUrl = explicitWsUrl === undefined ? toWebSocketUrl(graphqlUrl) : new URL(explicitWsUrl, location.href);
  return { graphqlUrl: graphqlUrl.href, graphqlWsUrl: graphqlWsUrl.href };
}

function toWebSocketUrl(httpUrl: URL): URL {
  const wsUrl = new URL(httpUrl.href);
  wsUrl.protocol = httpUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  return wsUrl;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function readConfig(): AdminConfig {
  return resolveConfig(import.meta.env, window.location);
}
