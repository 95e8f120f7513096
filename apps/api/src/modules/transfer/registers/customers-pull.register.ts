import { CustomerEntity } from '../../customer/customer.entity.js';
import { customerInputSchema } from '@ledgerbridge/domain';
import type { RegisterContext } from '../register-context.js';
import { toCustomerRecord } from './customers.register.js';
import { customerSource, mappedForHash, pullableFields } from './mapped-record.js';
import { pullLinked } from './pull-linked.js';

/** Customer edits in the ERP come back (PV-03). */
export function pullCustomers(ctx: RegisterContext): Promise<void> {
  const currency = String(ctx.settings['defaultCurrency'] ?? 'DKK');
  return pullLinked(ctx, {
    register: 'customers', recordType: 'customer', entity: CustomerEntity, list: ctx.connector.listCustomers?.bind(ctx.connector),
    fields: pullableFields(ctx.connection, 'customers', [['name', 'name'], ['email', 'email'], ['phone', 'phone'], ['vatNumber', 'vatNumber'], ['organizationNumber', 'organizationNumber']] as const),
    schema: customerInputSchema,
    toRecord: (c) => {
      const built = toCustomerRecord(c, currency);
      return mappedForHash(ctx.connection, 'customers', customerSource(c, built), built);
    },
  });
}
