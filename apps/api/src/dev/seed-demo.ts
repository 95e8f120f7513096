import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ShortTenantDb } from '../db/tenant-db.js';
import type { Logger } from '../logging/logger.js';
import { createServices, type Services } from '../modules/services.js';
import type { RunningApp } from '../runtime/app.js';
import { demoRecords } from './demo-records.js';
import type { DemoSandboxes } from './demo-sandboxes.js';

export interface DemoTenant {
  tenantId: string;
  tenantName: string;
  apiKey: string;
  adminEmail: string;
  adminPassword: string;
  connectorId: string;
  connectionId: string;
}

const DEMO_COMPANIES = [
  { name: 'Nordisk Demo ApS', country: 'DK' as const, connectorId: 'e-conomic', admin: 'admin@dk.demo.ledgerbridge.local' },
  { name: 'Svensk Demo AB', country: 'SE' as const, connectorId: 'fortnox', admin: 'admin@se.demo.ledgerbridge.local' },
];

/**
 * Two demo tenants, a Danish company on e-conomic and a Swedish one on Fortnox, each connected
 * to its sandbox. Created once; the credentials are kept (0600) in the data folder because API
 * keys cannot be shown again. The sandboxes are new on every start (their state lives in the
 * process), so each start points the demo connections at them again and forgets old links.
 */
export async function seedDemo(app: Pick<RunningApp, 'ds' | 'dataDir' | 'serviceDeps'>, sandboxes: DemoSandboxes, logger: Logger): Promise<DemoTenant[]> {
  const file = path.join(app.dataDir, 'demo.json');
  const services = createServices(new ShortTenantDb(app.ds), app.serviceDeps);
  const credentialsFor = (connectorId: string) => (connectorId === 'fortnox' ? sandboxes.fortnox : sandboxes.economic).credentials;
  if (fs.existsSync(file)) {
    const demo = JSON.parse(fs.readFileSync(file, 'utf8')) as DemoTenant[];
    for (const d of demo) {
      const re = await services.connections.reconnect(d.tenantId, d.connectionId, credentialsFor(d.connectorId));
      if (!re.ok) logger.warn({ tenantId: d.tenantId, errors: re.error }, 'demo connection could not be renewed');
      await services.transfers.forgetLinks(d.tenantId, d.connectionId);
    }
    return demo;
  }
  const demo: DemoTenant[] = [];
  for (const company of DEMO_COMPANIES) demo.push(await createDemoTenant(services, company, credentialsFor(company.connectorId)));
  fs.writeFileSync(file, JSON.stringify(demo, null, 2), { mode: 0o600 });
  logger.info({ tenants: demo.map((d) => d.tenantId) }, 'demo tenants seeded');
  return demo;
}

async function createDemoTenant(services: Services, company: (typeof DEMO_COMPANIES)[number], credentials: Readonly<Record<string, string>>): Promise<DemoTenant> {
  const adminPassword = randomBytes(12).toString('base64url');
  const created = await services.tenants.create({ name: company.name, admin: { email: company.admin, password: adminPassword } });
  if (!created.ok) throw new Error(`demo tenant: ${JSON.stringify(created.error)}`);
  const tenantId = created.value.tenant.id;
  await demoRecords(services, tenantId, company.country);
  const connection = await services.connections.connect(tenantId, { connectorId: company.connectorId, name: `${company.connectorId} sandbox`, credentials, settings: { bookInvoices: true } });
  if (!connection.ok) throw new Error(`demo connection: ${JSON.stringify(connection.error)}`);
  return {
    tenantId, tenantName: company.name, apiKey: created.value.apiKey, adminEmail: company.admin, adminPassword,
    connectorId: company.connectorId, connectionId: connection.value.connection.id,
  };
}
