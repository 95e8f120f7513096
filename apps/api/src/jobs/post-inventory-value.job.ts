import type { DataSource } from 'typeorm';
import { ShortTenantDb } from '../db/tenant-db.js';
import type { Logger } from '../logging/logger.js';
import { createServices, type ServiceDeps } from '../modules/services.js';
import type { PostingOutcome } from '../modules/inventory-value/inventory-value.service.js';

export const INVENTORY_VALUE_TICK = 'inventory-value-tick';

/**
 * Posts the inventory value voucher of the current period for every connection that has it on
 * (RB-25..RB-29), each under its own tenant. Idempotent per period, so it runs on every tick.
 */
export async function inventoryValueTick(deps: { ds: DataSource; serviceDeps: ServiceDeps; logger: Logger; now?: Date }): Promise<{ connectionId: string; outcome: PostingOutcome }[]> {
  const due: { tenant_id: string; connection_id: string }[] = await deps.ds.query('SELECT * FROM lb_inventory_value_connections()');
  const services = createServices(new ShortTenantDb(deps.ds), deps.serviceDeps);
  const outcomes: { connectionId: string; outcome: PostingOutcome }[] = [];
  for (const d of due) {
    try {
      const result = await services.inventoryValue.postDue(d.tenant_id, d.connection_id, deps.now ?? new Date());
      if (!result.ok) deps.logger.warn({ connectionId: d.connection_id, reason: result.error }, 'inventory value not posted');
      else outcomes.push({ connectionId: d.connection_id, outcome: result.value.outcome });
    } catch (error) {
      deps.logger.error({ err: error, connectionId: d.connection_id }, 'inventory value posting crashed');
    }
  }
  return outcomes;
}
