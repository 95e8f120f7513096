import type { GraphqlContext } from '../graphql/context.js';
import type { Principal } from '../graphql/principal.js';
import type { Logger } from '../logging/logger.js';
import type { TenantDb } from '../db/tenant-db.js';
import { createLoaders } from '../modules/loaders.js';
import { createServices, type ServiceDeps } from '../modules/services.js';

/** Builds the per-operation context for HTTP and WebSocket alike. */
export function buildContext(args: {
  requestId: string;
  logger: Logger;
  principal: Principal | null;
  db: TenantDb;
  deps: ServiceDeps;
  /** Off for subscriptions: their context lives as long as the socket. */
  cacheLoaders?: boolean;
}): GraphqlContext {
  const { principal } = args;
  const tenantId = (): string => {
    if (principal === null || principal.kind === 'operator') throw new Error('loaders need a tenant principal');
    return principal.tenantId;
  };
  return {
    requestId: args.requestId,
    logger: args.logger.child({ requestId: args.requestId, principal: principal?.kind }),
    principal,
    db: args.db,
    loaders: createLoaders(args.db, tenantId, { cache: args.cacheLoaders ?? true }),
    services: createServices(args.db, args.deps),
  };
}

