import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import { Invoice } from '../invoice/invoice.type.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
import { Notification } from '../notification/notification.type.js';
import { ResendInvoiceEmailInput, ResendInvoiceEmailPayload } from './resend-invoice-email.type.js';

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

  @Authorized(Role.ADMIN)
  @Mutation(() => ResendInvoiceEmailPayload, { description: 'Sends an invoice e-mail again that failed or was not sent (PV-13); never one already sent (X-22).' })
  async resendInvoiceEmail(@Ctx() ctx: GraphqlContext, @Arg('input', () => ResendInvoiceEmailInput) input: ResendInvoiceEmailInput): Promise<ResendInvoiceEmailPayload> {
    const tenantId = tenantOf(ctx);
    const invoiceId = idOfType(input.invoiceId, 'Invoice');
    if (!invoiceId) return { delivery: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No invoice with this id', ['invoiceId'])] };
    const company = (await ctx.services.invoicing.get(tenantId)) ?? { creationMode: 'DRAFT' as const, invoicingTime: 'ON_COMPLETION' as const, delivery: 'NONE' as const };
    const result = await ctx.services.invoiceDeliveries.resend(tenantId, invoiceId, company);
    return result.ok ? { delivery: Notification.from(result.value), errors: [] } : { delivery: null, errors: toInputErrors(result.error) };
  }
}
