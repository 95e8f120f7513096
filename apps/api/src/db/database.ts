import { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger.js';
import { appRoleUrl, bootstrapAppRole } from './bootstrap-roles.js';
import { entities, migrations } from './entities.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { QueryLogger } from './query-logger.js';

/**
 * Migrates with the owner's connection, then hands back a DataSource that connects as the
 * non-owner app role, so row-level security is enforced on every query the app makes.
 */
export async function openDatabase(opts: { ownerUrl: string; appPassword: string; logger: Logger; poolSize?: number }): Promise<DataSource> {
  const owner = new DataSource({
    type: 'postgres',
    url: opts.ownerUrl,
    migrations,
    migrationsTableName: 'migrations',
    logger: new QueryLogger(opts.logger),
  });
  await owner.initialize();
  try {
    // an advisory lock, so several processes starting together migrate once
    await owner.query('SELECT pg_advisory_lock(727401)');
    const ran = await owner.runMigrations({ transaction: 'each' });
    if (ran.length > 0) opts.logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
    await bootstrapAppRole(opts.ownerUrl, opts.appPassword);
    await owner.query('SELECT pg_advisory_unlock(727401)');
  } finally {
    await owner.destroy();
  }
  const app = new DataSource({
    type: 'postgres',
    url: appRoleUrl(opts.ownerUrl, opts.appPassword),
    entities,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new QueryLogger(opts.logger),
    logging: ['query', 'error', 'warn'],
    maxQueryExecutionTime: 1000,
    poolSize: opts.poolSize ?? 20,
    synchronize: false,
  });
  await app.initialize();
  return app;
}
