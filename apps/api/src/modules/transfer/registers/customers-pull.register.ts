import { CustomerEntity } from '../../customer/customer.entity.js';
import { customerInputSchema } from '@ledgerbridge/domain';
import type { RegisterContext } from '../register-context.js';
import { toCustomerRecord } from './customers.register.js';
import { pullLinked } from './pull-linked.js';

/** Customer edits in the ERP come back (PV-03). */
export function pullCustomers(ctx: RegisterContext): Promise<void> {
  const currency = String(ctx.settings['defaultCurrency'] ?? 'DKK');
  return pullLinked(ctx, {
    register: 'customers', recordType: 'customer', entity: CustomerEntity, list: ctx.connector.listCustomers?.bind(ctx.connector),
    fields: [['name', 'name'], ['email', 'email'], ['phone', 'phone'], ['vatNumber', 'vatNumber'], ['organizationNumber', 'organizationNumber']],
    schema: customerInputSchema,
    toRecord: (c) => toCustomerRecord(c, currency),
  });
}
