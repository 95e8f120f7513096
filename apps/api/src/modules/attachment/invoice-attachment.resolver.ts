import { fieldError } from '@ledgerbridge/domain';
import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { Invoice } from '../invoice/invoice.type.js';
import type { AttachmentEntity } from './attachment.entity.js';
import { Attachment } from './attachment.type.js';
import {
  AddInvoiceAttachmentInput, InvoiceAttachmentPayload, RemoveInvoiceAttachmentInput, RemoveInvoiceAttachmentPayload,
} from './dto/invoice-attachment.input.js';

/** One query for the files of every invoice in a page, per request. */
const loaders = new WeakMap<GraphqlContext, DataLoader<string, AttachmentEntity[]>>();

function loaderFor(ctx: GraphqlContext): DataLoader<string, AttachmentEntity[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const byInvoice = await ctx.services.invoiceAttachments.forInvoices(tenantOf(ctx), ids);
      return ids.map((id) => byInvoice.get(id) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Invoice)
export class InvoiceAttachmentResolver {
  @FieldResolver(() => [Attachment], { description: 'Files sent with the invoice to the ERP when rules.transferInvoiceAttachments is on (SE-FX-46, X-25).' })
  async attachments(@Root() invoice: Invoice, @Ctx() ctx: GraphqlContext): Promise<Attachment[]> {
    return (await loaderFor(ctx).load(invoice.entity.id)).map((a) => Attachment.from(a));
  }

  @Authorized(Role.WRITER)
  @Mutation(() => InvoiceAttachmentPayload, { description: 'Attaches a PDF, JPEG or PNG to an invoice not yet in an ERP (SE-FX-46, X-25).' })
  async addInvoiceAttachment(@Ctx() ctx: GraphqlContext, @Arg('input', () => AddInvoiceAttachmentInput) input: AddInvoiceAttachmentInput): Promise<InvoiceAttachmentPayload> {
    const invoiceId = idOfType(input.invoiceId, 'Invoice');
    if (!invoiceId) return { attachment: null, errors: toInputErrors([fieldError('NOT_FOUND', 'No such invoice', ['invoiceId'])]) };
    const added = await ctx.services.invoiceAttachments.add(tenantOf(ctx), invoiceId, input);
    return added.ok ? { attachment: Attachment.from(added.value), errors: [] } : { attachment: null, errors: toInputErrors(added.error) };
  }

  @Authorized(Role.WRITER)
  @Mutation(() => RemoveInvoiceAttachmentPayload, { description: 'Removes and deletes a file of an invoice not yet in an ERP (SE-FX-46).' })
  async removeInvoiceAttachment(@Ctx() ctx: GraphqlContext, @Arg('input', () => RemoveInvoiceAttachmentInput) input: RemoveInvoiceAttachmentInput): Promise<RemoveInvoiceAttachmentPayload> {
    const attachmentId = idOfType(input.attachmentId, 'Attachment');
    if (!attachmentId) return { invoice: null, errors: toInputErrors([fieldError('NOT_FOUND', 'No such invoice attachment', ['attachmentId'])]) };
    const removed = await ctx.services.invoiceAttachments.remove(tenantOf(ctx), attachmentId);
    if (!removed.ok) return { invoice: null, errors: toInputErrors(removed.error) };
    const row = await ctx.loaders.invoice.load(removed.value);
    return { invoice: row ? Invoice.from(row) : null, errors: [] };
  }
}
