import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ShortTenantDb } from '../db/tenant-db.js';
import type { Logger } from '../logging/logger.js';
import { createServices } from '../modules/services.js';
import type { RunningApp } from '../runtime/app.js';
import { demoRecords } from './demo-records.js';

export interface DemoCredentials {
  tenantId: string;
  tenantName: string;
  apiKey: string;
  adminEmail: string;
  adminPassword: string;
}

/**
 * A demo tenant for a first look. Created once; its credentials are kept (0600) in the data
 * folder because the API key cannot be shown again after creation.
 */
export async function seedDemo(app: Pick<RunningApp, 'ds' | 'dataDir' | 'serviceDeps'>, logger: Logger): Promise<DemoCredentials> {
  const file = path.join(app.dataDir, 'demo.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoCredentials;
  const db = new ShortTenantDb(app.ds);
  const services = createServices(db, app.serviceDeps);
  const created = await services.tenants.create({ name: 'Nordisk Demo ApS' });
  if (!created.ok) throw new Error(`demo tenant: ${JSON.stringify(created.error)}`);
  const tenantId = created.value.tenant.id;
  const adminEmail = 'admin@demo.ledgerbridge.local';
  const adminPassword = randomBytes(12).toString('base64url');
  const user = await services.users.create(tenantId, { email: adminEmail, password: adminPassword, role: 'ADMIN' });
  if (!user.ok) throw new Error(`demo admin: ${JSON.stringify(user.error)}`);
  await demoRecords(services, tenantId);
  const demo: DemoCredentials = { tenantId, tenantName: created.value.tenant.name, apiKey: created.value.apiKey, adminEmail, adminPassword };
  fs.writeFileSync(file, JSON.stringify(demo, null, 2), { mode: 0o600 });
  logger.info({ tenantId }, 'demo tenant seeded');
  return demo;
}
