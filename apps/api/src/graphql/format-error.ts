import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphqlContext } from './context.js';

/** Codes a client may see verbatim; everything else is a bug and is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED',
  'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function isClientError(e: GraphQLFormattedError): boolean {
  const code = e.extensions?.['code'];
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

/** Internal errors lose message, path details and stack; the request id lets support find the log line. */
export function maskError(e: GraphQLFormattedError, requestId: string | undefined): GraphQLFormattedError {
  if (isClientError(e)) {
    const { stacktrace: _stack, ...extensions } = e.extensions ?? {};
    return { ...e, extensions: { ...extensions, requestId } };
  }
  return { message: 'Internal server error', ...(e.path ? { path: e.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
}

export function errorMaskingPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions?.['code'];
            if (typeof code === 'string' && CLIENT_CODES.has(code)) continue;
            contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error in GraphQL request');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => maskError(e, contextValue.requestId));
          }
        },
      };
    },
  };
}
