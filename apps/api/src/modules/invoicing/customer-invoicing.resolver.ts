import { effectiveInvoicing } from '@ledgerbridge/domain';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { Customer } from '../customer/customer.type.js';
import { view } from './invoicing-settings.resolver.js';
import { InvoiceCreationModeValue, InvoiceDeliveryValue, InvoicingTimeValue, type InvoicingSettings } from './invoicing-settings.type.js';

@ObjectType({ description: 'The invoicing settings that apply to one customer: its own values, else the tenant\'s (PV-07, PV-15).' })
export class CustomerInvoicing {
  @Field(() => InvoiceCreationModeValue) creationMode: InvoiceCreationModeValue;
  @Field(() => InvoicingTimeValue) invoicingTime: InvoicingTimeValue;
  @Field(() => InvoiceDeliveryValue) delivery: InvoiceDeliveryValue;
}

// one read of the tenant's settings per request, however many customers are listed
const perRequest = new WeakMap<GraphqlContext, Promise<InvoicingSettings>>();

@Resolver(() => Customer)
export class CustomerInvoicingResolver {
  @FieldResolver(() => CustomerInvoicing, { description: 'What the customer\'s accounting section shows: the tenant\'s settings with the customer\'s own values over them (PV-15, X-05).' })
  async invoicing(@Root() customer: Customer, @Ctx() ctx: GraphqlContext): Promise<CustomerInvoicing> {
    let company = perRequest.get(ctx);
    if (!company) {
      company = ctx.services.invoicing.get(tenantOf(ctx)).then(view);
      perRequest.set(ctx, company);
    }
    const values = effectiveInvoicing(await company, customer);
    return Object.assign(new CustomerInvoicing(), values);
  }
}
