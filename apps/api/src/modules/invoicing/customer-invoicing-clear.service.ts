import { err, fieldError, ok, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { idOfType } from '../../graphql/relay.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import { CustomerRepository } from '../customer/customer.repository.js';
import { CustomerInvoicingSettingValue } from './customer-invoicing-clear.type.js';

const COLUMN = {
  [CustomerInvoicingSettingValue.CREATION_MODE]: 'invoiceCreationMode',
  [CustomerInvoicingSettingValue.INVOICING_TIME]: 'invoicingTime',
  [CustomerInvoicingSettingValue.DELIVERY]: 'invoiceDelivery',
} as const satisfies Record<CustomerInvoicingSettingValue, keyof CustomerEntity>;

/**
 * Removes a customer's own invoicing values so the tenant's apply again (PV-07, PV-15). A separate,
 * admin-only operation because upsertCustomer reads null as "omitted" for partner apps (ADR 0024).
 */
export async function clearCustomerInvoicing(
  db: TenantDb,
  tenantId: string,
  customerId: string,
  settings: readonly CustomerInvoicingSettingValue[] | null | undefined,
): Promise<Result<CustomerEntity, FieldError[]>> {
  const rowId = idOfType(customerId, 'Customer');
  if (!rowId) return err([fieldError('NOT_FOUND', 'No customer with this id', ['customerId'])]);
  if (settings && settings.length === 0) return err([fieldError('REQUIRED', 'Name at least one setting, or leave the list out to clear all of them', ['settings'])]);
  const repository = new CustomerRepository(db);
  return db.write(tenantId, async (m) => {
    const customer = await m.findOneBy(CustomerEntity, { tenantId, id: rowId });
    if (!customer) return err([fieldError('NOT_FOUND', 'No customer with this id', ['customerId'])]);
    for (const setting of settings ?? Object.values(CustomerInvoicingSettingValue)) customer[COLUMN[setting]] = null;
    return ok(await repository.save(tenantId, m, customer));
  });
}
