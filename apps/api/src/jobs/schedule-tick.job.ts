import type { DataSource } from 'typeorm';
import { ShortTenantDb } from '../db/tenant-db.js';
import type { Logger } from '../logging/logger.js';
import { createServices, type ServiceDeps } from '../modules/services.js';

export const SCHEDULE_TICK = 'schedule-tick';

/**
 * Claims the due schedules of all tenants (each by exactly one worker, whatever runs the tick)
 * and queues their runs, each under its own tenant.
 */
export async function scheduleTick(deps: { ds: DataSource; serviceDeps: ServiceDeps; logger: Logger }): Promise<number> {
  const due: { tenant_id: string; schedule_id: string }[] = await deps.ds.query('SELECT * FROM lb_claim_due_schedules(100)');
  const services = createServices(new ShortTenantDb(deps.ds), deps.serviceDeps);
  for (const d of due) {
    try {
      await services.transfers.requestScheduled(d.tenant_id, d.schedule_id);
    } catch (error) {
      deps.logger.error({ err: error, scheduleId: d.schedule_id }, 'scheduled transfer could not be queued');
    }
  }
  return due.length;
}
