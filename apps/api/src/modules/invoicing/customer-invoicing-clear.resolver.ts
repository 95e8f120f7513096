import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { Customer } from '../customer/customer.type.js';
import { clearCustomerInvoicing } from './customer-invoicing-clear.service.js';
import { ClearCustomerInvoicingInput, ClearCustomerInvoicingPayload } from './customer-invoicing-clear.type.js';

@Resolver()
export class CustomerInvoicingClearResolver {
  // admins only: partner app keys send nulls meaning "unchanged" and must not reach this (ADR 0024)
  @Authorized(Role.ADMIN)
  @Mutation(() => ClearCustomerInvoicingPayload, { description: 'Removes a customer\'s own invoicing values so the tenant\'s settings apply (PV-07, PV-15).' })
  async clearCustomerInvoicing(@Ctx() ctx: GraphqlContext, @Arg('input', () => ClearCustomerInvoicingInput) input: ClearCustomerInvoicingInput): Promise<ClearCustomerInvoicingPayload> {
    const result = await clearCustomerInvoicing(ctx.db, tenantOf(ctx), input.customerId, input.settings);
    return result.ok ? { customer: Customer.from(result.value), errors: [] } : { customer: null, errors: toInputErrors(result.error) };
  }
}
