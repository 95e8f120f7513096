import { In } from 'typeorm';
import { toGlobalId } from '../../../graphql/relay.js';
import { ProductEntity } from '../../product/product.entity.js';
import { ProjectEntity } from '../../project/project.entity.js';
import { SupplierEntity } from '../../supplier/supplier.entity.js';
import type { RegisterContext } from '../register-context.js';
import { CostAttachments } from './cost-attachments.js';
import { describeMappingErrors, mappedProductNumbers, mapProjectCost, mappingRowsFor } from './mapped-record.js';

/**
 * Supplier-invoice lines booked on a project in the ERP come back as project costs (SE-FX-47,
 * SE-VN-56, X-24), each once: the ERP line's id is linked to the cost we create.
 */
export async function pullProjectCosts(ctx: RegisterContext): Promise<void> {
  if (!ctx.connector.listProjectCosts || ctx.plan) return;
  const { tenantId } = ctx;
  const known = new Set([...(await ctx.refs.all('project_cost')).values()].map((r) => r.externalId));
  const rows = mappingRowsFor(ctx.connection, 'projectCosts');
  const attachments = new CostAttachments(ctx);
  let cursor: string | undefined;
  do {
    const page = await ctx.connector.listProjectCosts({ ...(cursor ? { cursor } : {}) });
    if (!page.ok) {
      await ctx.log.item({ register: 'projectCosts', recordId: null, direction: 'PULL', outcome: 'FAILED', errorCode: page.error.code, message: page.error.message, vendorError: page.error });
      return;
    }
    const fresh = page.value.items.filter((i) => !known.has(i.ref.externalId));
    const numbers = (pick: (r: (typeof fresh)[number]['record']) => string | undefined) => [...new Set(fresh.map((i) => pick(i.record)).filter((x): x is string => Boolean(x)))];
    const [projects, suppliers, products] = await ctx.db.read(tenantId, async (m) => [
      new Map((await m.findBy(ProjectEntity, { tenantId, number: In(numbers((r) => r.projectNumber)) })).map((p) => [p.number, p.id])),
      new Map((await m.findBy(SupplierEntity, { tenantId, number: In(numbers((r) => r.supplierNumber)) })).map((s) => [s.number, s])),
      // the ERP's product numbers and any the field mapping sets
      new Map((await m.findBy(ProductEntity, { tenantId, number: In([...numbers((r) => r.productNumber), ...mappedProductNumbers(rows), ...(ctx.rules.projectCostProductNumber ? [ctx.rules.projectCostProductNumber] : [])]) })).map((p) => [p.number, p.id])),
    ] as const);
    for (const { ref, record } of fresh) {
      const projectId = projects.get(record.projectNumber);
      if (!projectId) {
        await ctx.log.item({ register: 'projectCosts', recordId: null, direction: 'PULL', outcome: 'SKIPPED', externalId: ref.externalId, message: `Project ${record.projectNumber} is not in Ledgerbridge` });
        continue;
      }
      const supplier = record.supplierNumber ? suppliers.get(record.supplierNumber) : undefined;
      const supplierId = supplier?.id;
      // through the connection's field mapping (SE-EE-50, SE-FX-59, SE-VN-58); pass-through by default
      const mapped = mapProjectCost(rows, record, supplier?.name);
      if (!mapped.ok) {
        await ctx.log.item({ register: 'projectCosts', recordId: null, direction: 'PULL', outcome: 'FAILED', errorCode: mapped.error[0]!.code, externalId: ref.externalId, message: describeMappingErrors(mapped.error) });
        continue;
      }
      const cost = mapped.value;
      // the ERP line's product when we know it, else the connection's default product for costs (SE-FX-48)
      const fallback = ctx.rules.projectCostProductNumber;
      const productId = (cost.productNumber ? products.get(cost.productNumber) : undefined) ?? (fallback ? products.get(fallback) : undefined);
      const recorded = await ctx.services.projectCosts.record(tenantId, {
        projectId: toGlobalId('Project', projectId),
        ...(supplierId ? { supplierId: toGlobalId('Supplier', supplierId) } : {}),
        ...(productId ? { productId: toGlobalId('Product', productId) } : {}),
        description: cost.description, costDate: cost.costDate, quantity: cost.quantity, unitCost: cost.unitCost,
        // costs only → price 0.00; costs and re-billable fees → cost × multiplier (SE-VN-59)
        isBillable: ctx.rules.projectCostMode === 'COSTS_AND_FEES', markupPercent: ctx.rules.projectCostMultiplierPercent,
      }, { vatRate: ctx.rules.companyVatRate });
      if (!recorded.ok) {
        await ctx.log.item({ register: 'projectCosts', recordId: null, direction: 'PULL', outcome: 'FAILED', errorCode: 'REJECTED', externalId: ref.externalId, message: recorded.error.map((e) => `${e.field.join('.')}: ${e.message}`).join('; ') });
        continue;
      }
      await ctx.refs.save('project_cost', recorded.value.id, { externalId: ref.externalId, externalNumber: ref.externalNumber ?? null });
      known.add(ref.externalId);
      await ctx.log.item({ register: 'projectCosts', recordId: recorded.value.id, direction: 'PULL', outcome: 'TRANSFERRED', externalId: ref.externalId, externalNumber: ref.externalNumber ?? null, message: `${cost.description}: ${record.amount}` });
      await attachments.attach(recorded.value.id, record.supplierInvoiceExternalId);
    }
    cursor = page.value.nextCursor ?? undefined;
  } while (cursor);
}
