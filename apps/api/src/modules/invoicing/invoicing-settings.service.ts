import { invoicingSettingsSchema, ok, parseInput, type FieldError, type InvoicingSettings, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { plainInput } from '../../graphql/plain-input.js';
import { InvoicingSettingsEntity } from './invoicing-settings.entity.js';

/** The tenant's invoicing settings (PV-06); null until an admin has saved them. */
export class InvoicingSettingsService {
  constructor(private readonly db: TenantDb) {}

  async get(tenantId: string): Promise<InvoicingSettingsEntity | null> {
    return this.db.read(tenantId, (m) => m.findOneBy(InvoicingSettingsEntity, { tenantId }));
  }

  async save(tenantId: string, input: unknown, actor: string | null): Promise<Result<InvoicingSettingsEntity, FieldError[]>> {
    const current = await this.get(tenantId);
    const parsed = parseInput(invoicingSettingsSchema, { ...(current ? { creationMode: current.creationMode, invoicingTime: current.invoicingTime, delivery: current.delivery } : {}), ...(plainInput(input) as object) });
    if (!parsed.ok) return parsed;
    const values: InvoicingSettings = parsed.value;
    return this.db.write(tenantId, async (m) => ok(await m.save(InvoicingSettingsEntity, Object.assign(new InvoicingSettingsEntity(), { tenantId, ...values, updatedBy: actor }))));
  }
}
