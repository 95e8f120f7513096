import type { Logger } from '../logging/logger.js';
import type { TenantDb } from '../db/tenant-db.js';
import type { Loaders } from '../modules/loaders.js';
import type { Services } from '../modules/services.js';
import type { Principal } from './principal.js';

export interface GraphqlContext {
  requestId: string;
  logger: Logger;
  principal: Principal | null;
  db: TenantDb;
  loaders: Loaders;
  services: Services;
}
