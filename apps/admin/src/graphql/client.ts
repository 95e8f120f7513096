import { createClient as createWsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';
import type { AdminConfig } from '../config';

export interface GraphqlClientOptions {
  readonly config: AdminConfig;
  /** Read on every request and socket connect, so a refreshed token is picked up. */
  readonly getToken: () => string | null;
}

export interface GraphqlClientHandle {
  readonly client: Client;
  /** Closes the subscription socket; call when the client is replaced (sign-in, sign-out). */
  dispose(): void;
}

export function createGraphqlClient({ config, getToken }: GraphqlClientOptions): GraphqlClientHandle {
  const authorization = (): string | undefined => {
    const token = getToken();
    return token === null ? undefined : `Bearer ${token}`;
  };

  const wsClient = createWsClient({
    url: config.graphqlWsUrl,
    lazy: true,
    // No silent retries: graphql-ws would re-send the original `after` and lose what happened
    // while the socket was down. The transfer log resubscribes itself from its last cursor.
    retryAttempts: 0,
    connectionParams: () => {
      const value = authorization();
      return value === undefined ? {} : { authorization: value };
    },
  });

  const client = new Client({
    url: config.graphqlUrl,
    // urql sends queries as GET by default, and Apollo's CSRF prevention blocks those.
    preferGetMethod: false,
    fetchOptions: () => {
      const value = authorization();
      return value === undefined ? {} : { headers: { Authorization: value } };
    },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              return { unsubscribe: wsClient.subscribe(input, sink) };
            },
          };
        },
      }),
    ],
  });

  return { client, dispose: () => void wsClient.dispose() };
}
