/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** GraphQL HTTP endpoint; relative URLs resolve against the page origin. */
  readonly VITE_GRAPHQL_URL?: string;
  /** GraphQL WebSocket endpoint; derived from the HTTP endpoint when unset. */
  readonly VITE_GRAPHQL_WS_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
