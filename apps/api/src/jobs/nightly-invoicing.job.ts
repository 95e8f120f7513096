import { nightlyRunAt } from '@ledgerbridge/domain';
import type { DataSource } from 'typeorm';
import { ShortTenantDb } from '../db/tenant-db.js';
import type { Logger } from '../logging/logger.js';
import { createServices, type ServiceDeps } from '../modules/services.js';

/**
 * The nightly invoicing run (PV-12, X-26), checked on every schedule tick: for each tenant that
 * invoices before the job, once per working day from its local hour, open the coming job days
 * and queue an invoice transfer on its connections. A worker that was down at the hour catches
 * up when it comes back the same day. `now` is injected so tests drive the night by clock.
 */
export async function nightlyInvoicingTick(deps: { ds: DataSource; serviceDeps: ServiceDeps; logger: Logger; now: () => Date }): Promise<{ tenantId: string; day: string; horizon: string }[]> {
  const tenants: { tenant_id: string }[] = await deps.ds.query('SELECT tenant_id FROM lb_nightly_invoicing_tenants()');
  const services = createServices(new ShortTenantDb(deps.ds), deps.serviceDeps);
  const started: { tenantId: string; day: string; horizon: string }[] = [];
  for (const { tenant_id: tenantId } of tenants) {
    try {
      const settings = await services.nightlyInvoicing.get(tenantId);
      const due = nightlyRunAt(deps.now(), settings);
      if (!due || (settings.lastRunDay !== null && settings.lastRunDay >= due.day)) continue;
      if (!(await services.nightlyInvoicing.claimNight(tenantId, settings, due.day, due.horizon))) continue;
      await services.transfers.requestForInvoices(tenantId, `nightly-invoicing ${due.day}`);
      started.push({ tenantId, ...due });
    } catch (error) {
      deps.logger.error({ err: error, tenantId }, 'nightly invoicing could not be started');
    }
  }
  return started;
}
