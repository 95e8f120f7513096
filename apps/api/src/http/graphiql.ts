import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const defaultQuery = `# Send your key in the Headers tab: {"Authorization": "Bearer <api key>"}
query Customers {
  viewer { kind tenant { name } }
  customers(first: 10) { totalCount nodes { id number name } }
}
`;

let cached: string | undefined;

/** The bundle is inlined in the page (several MB, no CDN): rendered once per process. */
export function graphiqlPage(): string {
  cached ??= renderGraphiQL({
    title: 'Ledgerbridge GraphiQL',
    endpoint: '/graphql',
    subscriptionsProtocol: 'WS',
    defaultQuery,
    defaultHeaders: JSON.stringify({ Authorization: 'Bearer <api key>' }, null, 2),
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  });
  return cached;
}
