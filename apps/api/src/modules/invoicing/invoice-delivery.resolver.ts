import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { Invoice } from '../invoice/invoice.type.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
import { Notification } from '../notification/notification.type.js';

const perRequest = new WeakMap<GraphqlContext, DataLoader<string, NotificationEntity | null>>();

function loaderFor(ctx: GraphqlContext): DataLoader<string, NotificationEntity | null> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    const tenantId = tenantOf(ctx);
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.services.notifications.forInvoices(tenantId, ids);
      return ids.map((id) => rows.find((r) => r.invoiceId === id) ?? null);
    });
    perRequest.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Invoice)
export class InvoiceDeliveryResolver {
  @FieldResolver(() => Notification, {
    nullable: true,
    description: 'The e-mail that delivered this invoice to the customer (PV-13, PV-28), with the reason if it failed; null when the integration does not deliver it.',
  })
  async delivery(@Root() invoice: Invoice, @Ctx() ctx: GraphqlContext): Promise<Notification | null> {
    const row = await loaderFor(ctx).load(invoice.entity.id);
    return row ? Notification.from(row) : null;
  }
}
