import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, validate, type GraphQLSchema, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { DataSource } from 'typeorm';
import { RequestTenantDb } from '../db/tenant-db.js';
import type { GraphqlContext } from '../graphql/context.js';
import { errorMaskingPlugin } from '../graphql/format-error.js';
import { limitRules, queryLimits } from '../graphql/limits.js';
import type { Logger } from '../logging/logger.js';
import type { AuthService } from '../modules/auth/auth.service.js';
import type { ServiceDeps } from '../modules/services.js';
import { buildContext } from './context-factory.js';
import { fileDownloadHandler } from './file-download.js';
import { graphiqlPage } from './graphiql.js';
import { oauthCallbackHandler } from './oauth-callback.js';
import { requestIdMiddleware } from './request-id.js';
import { attachWebSocketServer } from './websocket.js';

export interface HttpDeps {
  schema: GraphQLSchema;
  ds: DataSource;
  auth: AuthService;
  serviceDeps: ServiceDeps;
  logger: Logger;
  bodyLimit: string;
  /** Built admin SPA, served at /admin when present. */
  adminDir?: string;
  /** Extra readiness checks (e.g. the event listener is connected). */
  isReady: () => Promise<boolean>;
  onQuery?: (requestId: string, sql: string) => void;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Commits the request's tenant transaction before the response leaves, so a client never reads ahead of its own write. */
function transactionPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const db = contextValue.db as RequestTenantDb;
          const failed = response.body.kind === 'single' && response.body.singleResult.data === undefined && Boolean(response.body.singleResult.errors);
          await db.finish(!failed);
        },
      };
    },
  };
}

/** Unauthenticated callers may not introspect; field suggestions are off for everyone. */
function introspectionGuardPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema }) {
          if (contextValue.principal !== null) return;
          if (validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0) {
            throw new GraphQLError('Introspection needs authentication', { extensions: { code: 'UNAUTHENTICATED' } });
          }
        },
      };
    },
  };
}

export async function startHttpServer(deps: HttpDeps, listen: { port: number; host: string }): Promise<RunningHttpServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const ws = attachWebSocketServer(httpServer, deps);
  let shuttingDown = false;

  const apollo = new ApolloServer<GraphqlContext>({
    schema: deps.schema,
    validationRules: limitRules,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns SIGINT/SIGTERM and stops everything in order; Apollo's own handler would start a
    // second, competing stop of the same server that never finishes (outside NODE_ENV=test)
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await ws.dispose(); } }; } },
      transactionPlugin(),
      introspectionGuardPlugin(),
      errorMaskingPlugin(),
    ],
  });
  await apollo.start();

  app.use(requestIdMiddleware);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      deps.logger.info(
        { requestId: res.locals['requestId'], method: req.method, path: req.path, status: res.statusCode, ms: Number((process.hrtime.bigint() - started) / 1_000_000n) },
        'http request',
      );
    });
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = !shuttingDown && (await deps.ds.query('SELECT 1').then(() => true, () => false)) && (await deps.isReady());
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
  app.get('/files/:id', fileDownloadHandler({ ds: deps.ds, auth: deps.auth }));
  app.get('/oauth/callback', oauthCallbackHandler({ serviceDeps: deps.serviceDeps, logger: deps.logger }));
  app.get('/graphiql', (_req, res) => {
    res.type('html').send(graphiqlPage());
  });
  if (deps.adminDir && fs.existsSync(path.join(deps.adminDir, 'index.html'))) {
    const adminDir = deps.adminDir;
    app.use('/admin', express.static(adminDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/admin(\/.*)?$/, (_req, res) => res.sendFile(path.join(adminDir, 'index.html')));
  }
  app.get('/', (_req, res) => res.redirect('/graphiql'));
  app.use(
    '/graphql',
    express.json({ limit: deps.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals['requestId']);
        const principal = await deps.auth.authenticate(req.headers.authorization);
        const onQuery = deps.onQuery;
        const db = new RequestTenantDb(deps.ds, onQuery ? { onQuery: (sql) => onQuery(requestId, sql) } : undefined);
        return buildContext({ requestId, logger: deps.logger, principal, db, deps: deps.serviceDeps });
      },
    }),
  );
  // body-parser errors (too large, bad JSON) as GraphQL-shaped JSON, never an HTML stack page
  app.use((error: { status?: number; type?: string; message?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) deps.logger.error({ err: error, requestId: res.locals['requestId'] }, 'http error');
    res.status(status).json({ errors: [{ message: status < 500 ? (error.message ?? 'Bad request') : 'Internal server error', extensions: { code, requestId: res.locals['requestId'] } }] });
  });

  await new Promise<void>((resolve) => httpServer.listen(listen.port, listen.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${listen.host}:${port}`,
    port,
    async close() {
      shuttingDown = true;
      await apollo.stop();
      ws.close();
    },
  };
}

