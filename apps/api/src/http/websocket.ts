import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { GraphQLError, parse, validate, specifiedRules, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ShortTenantDb } from '../db/tenant-db.js';
import { limitRules, queryLimits } from '../graphql/limits.js';
import type { Principal } from '../graphql/principal.js';
import { maskError } from '../graphql/format-error.js';
import type { HttpDeps } from './server.js';
import { buildContext } from './context-factory.js';

const MAX_MESSAGE_BYTES = 1024 * 1024;

function authorizationFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.['authorization'] ?? params?.['Authorization'] ?? (params?.['headers'] as Record<string, unknown> | undefined)?.['Authorization'];
  return typeof value === 'string' ? value : undefined;
}

/**
 * graphql-ws on the same port and path as HTTP. Credentials come in connection_init and are
 * checked once; the operation then gets the same parse and validation limits as HTTP.
 */
export function attachWebSocketServer(httpServer: http.Server, deps: HttpDeps) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const principals = new WeakMap<object, Principal>();
  const db = new ShortTenantDb(deps.ds);

  const cleanup = useServer<Record<string, unknown>, { principal?: Principal }>(
    {
      schema: deps.schema,
      onConnect: async (ctx) => {
        const principal = await deps.auth.authenticate(authorizationFrom(ctx.connectionParams));
        if (!principal) return false; // closes with 4403 Forbidden
        principals.set(ctx.extra, principal);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const principal = principals.get(ctx.extra) ?? null;
        let document;
        try {
          document = parse(payload.query, { maxTokens: queryLimits.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Could not parse the operation')];
        }
        const errors = validate(deps.schema, document, [...specifiedRules, ...limitRules]);
        if (errors.length > 0) return errors;
        const requestId = randomUUID();
        const args: ExecutionArgs = {
          schema: deps.schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue: buildContext({ requestId, logger: deps.logger, principal, db, deps: deps.serviceDeps, cacheLoaders: false }),
        };
        return args;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!('errors' in result) || !result.errors) return result;
        const requestId = (args.contextValue as { requestId?: string }).requestId;
        return { ...result, errors: result.errors.map((e) => maskError(e.toJSON(), requestId)) as never };
      },
      onError: (_ctx, _id, _payload, errors) => {
        deps.logger.debug({ errors: errors.map((e) => e.message) }, 'websocket operation refused');
      },
    },
    wss,
  );
  return {
    dispose: () => cleanup.dispose(),
    close: () => wss.close(),
  };
}
