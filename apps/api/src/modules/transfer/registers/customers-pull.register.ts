import type { CustomerRecord } from '@ledgerbridge/connectors';
import { customerInputSchema, erpCustomerImportProblem, err, mayApplyUpdate, ok, transferAllDirections } from '@ledgerbridge/domain';
import { CustomerEntity } from '../../customer/customer.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { customerHashRecord } from './customers.register.js';
import { ErpImports } from './erp-imports.js';
import { activeMismatch, hasOpenInactiveConflicts, INACTIVE_IN_OTHER_SYSTEM, systemNameOf } from './inactive-elsewhere.js';
import { pullableFields } from './mapped-record.js';
import { pullLinked } from './pull-linked.js';
import { describeFieldErrors } from './register-guards.js';

/**
 * Customer edits in the ERP come back where the ERP may update ours (PV-03, X-06), and customers
 * created in the ERP after go-live are created here (SE-FX-42, X-06). "Transfer all customers"
 * imports every ERP customer and then turns itself off (SE-FX-37, SE-FX-40).
 */
export async function pullCustomers(ctx: RegisterContext): Promise<void> {
  const { tenantId } = ctx;
  const rules = ctx.rules.registers;
  const currency = String(ctx.settings['defaultCurrency'] ?? 'DKK');
  const imports = await ErpImports.open<CustomerRecord>(ctx, {
    register: 'customers', recordType: 'customer',
    problem: erpCustomerImportProblem,
    numberOf: (c) => c.number,
    findOurs: async (number) => (await ctx.db.read(tenantId, (m) => m.findOneBy(CustomerEntity, { tenantId, number })))?.id ?? null,
    linkProblem: async (c, ours) => {
      const mine = await ctx.db.read(tenantId, (m) => m.findOneByOrFail(CustomerEntity, { tenantId, id: ours }));
      const message = activeMismatch(systemNameOf(ctx), c.number ?? '', mine, c);
      return message ? { code: INACTIVE_IN_OTHER_SYSTEM, message } : null;
    },
    create: async (c) => {
      const created = await ctx.services.customers.upsert(tenantId, {
        number: c.number ?? null, name: c.name, organizationNumber: c.organizationNumber ?? null, vatNumber: c.vatNumber ?? null, ean: c.ean ?? null,
        email: c.email ?? null, phone: c.phone ?? null, billingAddress: c.address ?? null, paymentTermsDays: c.paymentTermsDays, currency: c.currency, isActive: c.isActive,
      });
      if (!created.ok) return err(describeFieldErrors(created.error));
      return ok({ id: created.value.customer.id, hash: contentHash(customerHashRecord(ctx, created.value.customer, currency)) });
    },
  }, transferAllDirections(rules).fromErp);
  const isComplete = await pullLinked(ctx, {
    register: 'customers', recordType: 'customer', entity: CustomerEntity, list: ctx.connector.listCustomers?.bind(ctx.connector),
    fields: pullableFields(ctx.connection, 'customers', [['name', 'name'], ['email', 'email'], ['phone', 'phone'], ['vatNumber', 'vatNumber'], ['organizationNumber', 'organizationNumber']] as const),
    schema: customerInputSchema,
    // the link's hash is of the record as the next push sends it (OSS zone, field mapping)
    toRecord: (c) => customerHashRecord(ctx, c, currency),
    applyUpdates: mayApplyUpdate(rules.customerMaster, 'FROM_ERP'),
    keepPendingEdits: rules.customerMaster === 'NONE',
    listAll: imports.needsFullListing || (await hasOpenInactiveConflicts(ctx)),
    unlinked: imports.unlinked,
  });
  await imports.finish(isComplete);
  if (rules.transferAllCustomers && !ctx.plan) {
    // a first-run mode: later runs go back to the eligibility rules (SE-FX-39)
    await ctx.services.connections.updateRules(tenantId, ctx.connection.id, { registers: { transferAllCustomers: false } });
  }
}
