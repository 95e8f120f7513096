import { nightlyInvoicingSchema, ok, parseInput, type FieldError, type NightlyInvoicing, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { plainInput } from '../../graphql/plain-input.js';
import { NightlyInvoicingEntity } from './nightly-invoicing.entity.js';

export interface NightlyInvoicingState extends NightlyInvoicing {
  readonly isSaved: boolean;
  /** The local day of the last nightly run. */
  readonly lastRunDay: string | null;
  /** The last job day a nightly run opened: invoices of jobs up to it may go (PV-12). */
  readonly openedThrough: string | null;
}

/** When "before the job is completed" invoices are made (PV-12), and how far the nights have got. */
export class NightlyInvoicingService {
  constructor(private readonly db: TenantDb) {}

  async get(tenantId: string): Promise<NightlyInvoicingState> {
    const row = await this.db.read(tenantId, (m) => m.findOneBy(NightlyInvoicingEntity, { tenantId }));
    const defaults = nightlyInvoicingSchema.parse({});
    return row
      ? { hour: row.hour, timeZone: row.timeZone, isSaved: row.updatedBy !== null, lastRunDay: row.lastRunDay, openedThrough: row.openedThrough }
      : { ...defaults, isSaved: false, lastRunDay: null, openedThrough: null };
  }

  /** Partial input: fields left out keep their value. */
  async save(tenantId: string, input: unknown, actor: string | null): Promise<Result<NightlyInvoicingState, FieldError[]>> {
    const current = await this.get(tenantId);
    const parsed = parseInput(nightlyInvoicingSchema, { hour: current.hour, timeZone: current.timeZone, ...(plainInput(input) as object) });
    if (!parsed.ok) return parsed;
    await this.db.write(tenantId, (m) => m.query(
      `INSERT INTO nightly_invoicing (tenant_id, hour, time_zone, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id) DO UPDATE SET hour = EXCLUDED.hour, time_zone = EXCLUDED.time_zone, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [tenantId, parsed.value.hour, parsed.value.timeZone, actor ?? 'unknown'],
    ));
    return ok(await this.get(tenantId));
  }

  /**
   * Claims the night of `day` for this tenant (true once per day, whichever worker asks) and
   * opens job days up to `horizon`. Before any settings are saved the defaults apply.
   */
  async claimNight(tenantId: string, settings: NightlyInvoicing, day: string, horizon: string): Promise<boolean> {
    const rows: unknown[] = await this.db.write(tenantId, (m) => m.query(
      `INSERT INTO nightly_invoicing AS n (tenant_id, hour, time_zone, last_run_day, opened_through) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id) DO UPDATE SET last_run_day = EXCLUDED.last_run_day, opened_through = GREATEST(n.opened_through, EXCLUDED.opened_through)
       WHERE n.last_run_day IS NULL OR n.last_run_day < EXCLUDED.last_run_day
       RETURNING n.tenant_id`,
      [tenantId, settings.hour, settings.timeZone, day, horizon],
    ));
    return rows.length > 0;
  }
}
