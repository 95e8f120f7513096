import type { FieldError, Result } from '@ledgerbridge/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role, actorOf } from '../../graphql/principal.js';
import { idOfType, pageSize } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { toInputErrors } from '../../graphql/user-error.js';
import { SortDirection } from '../common/sort.type.js';
import { Customer } from '../customer/customer.type.js';
import { InvoiceStatus } from '../invoice-status/invoice-status.type.js';
import { Payment } from '../payment/payment.type.js';
import { Project } from '../project/project.type.js';
import {
  CreateCreditNoteInput, CreateInvoiceInput, InvoiceFilter, InvoicePayload, InvoiceSort, TransitionInvoiceStatusInput, UpdateInvoiceInput,
} from './dto/invoice.input.js';
import type { InvoiceEntity } from './invoice.entity.js';
import { Invoice, InvoiceConnection, InvoiceLine, InvoiceSortField } from './invoice.type.js';

function payload(result: Result<InvoiceEntity, FieldError[]>): InvoicePayload {
  return result.ok ? { invoice: Invoice.from(result.value), errors: [] } : { invoice: null, errors: toInputErrors(result.error) };
}

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Authorized(Role.TENANT)
  @Query(() => InvoiceConnection)
  async invoices(
    @Ctx() ctx: GraphqlContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => InvoiceFilter, { nullable: true }) filter: InvoiceFilter | null,
    @Arg('sort', () => InvoiceSort, { nullable: true }) sort: InvoiceSort | null,
  ): Promise<InvoiceConnection> {
    const page = await ctx.services.invoices.repository.page(tenantOf(ctx), {
      filter: filter ?? {},
      sort: sort ?? { field: InvoiceSortField.ISSUE_DATE, direction: SortDirection.DESC },
      first: pageSize(first),
      after,
    });
    return InvoiceConnection.from({ ...page, nodes: page.nodes.map(Invoice.from) });
  }

  @Authorized(Role.TENANT)
  @Query(() => Invoice, { nullable: true })
  async invoice(@Ctx() ctx: GraphqlContext, @Arg('id', () => ID) id: string): Promise<Invoice | null> {
    const rowId = idOfType(id, 'Invoice');
    const row = rowId ? await ctx.loaders.invoice.load(rowId) : null;
    return row ? Invoice.from(row) : null;
  }

  @FieldResolver(() => Customer)
  async customer(@Root() invoice: Invoice, @Ctx() ctx: GraphqlContext): Promise<Customer> {
    const row = await ctx.loaders.customer.load(invoice.entity.customerId);
    if (!row) throw new Error(`invoice ${invoice.entity.id} references a missing customer`);
    return Customer.from(row);
  }

  @FieldResolver(() => Project, { nullable: true })
  async project(@Root() invoice: Invoice, @Ctx() ctx: GraphqlContext): Promise<Project | null> {
    const id = invoice.entity.projectId;
    const row = id ? await ctx.loaders.project.load(id) : null;
    return row ? Project.from(row) : null;
  }

  @FieldResolver(() => InvoiceStatus)
  async status(@Root() invoice: Invoice, @Ctx() ctx: GraphqlContext): Promise<InvoiceStatus> {
    const row = await ctx.loaders.invoiceStatus.load(invoice.entity.statusId);
    if (!row) throw new Error(`invoice ${invoice.entity.id} references a missing status`);
    return InvoiceStatus.from(row);
  }

  @FieldResolver(() => [InvoiceLine])
  async lines(@Root() invoice: Invoice, @Ctx() ctx: GraphqlContext): Promise<InvoiceLine[]> {
    return (await ctx.loaders.invoiceLines.load(invoice.entity.id)).map(InvoiceLine.from);
  }

  @FieldResolver(() => [Payment])
  async payments(@Root() invoice: Invoice, @Ctx() ctx: GraphqlContext): Promise<Payment[]> {
    return (await ctx.loaders.invoicePayments.load(invoice.entity.id)).map(Payment.from);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'For a credit note: the invoice it credits.' })
  async creditedInvoice(@Root() invoice: Invoice, @Ctx() ctx: GraphqlContext): Promise<Invoice | null> {
    const id = invoice.entity.creditedInvoiceId;
    const row = id ? await ctx.loaders.invoice.load(id) : null;
    return row ? Invoice.from(row) : null;
  }

  @Authorized(Role.WRITER)
  @Mutation(() => InvoicePayload, { description: 'A new invoice in the pipeline\'s default status, without number (the ERP assigns it).' })
  async createInvoice(@Ctx() ctx: GraphqlContext, @Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput): Promise<InvoicePayload> {
    return payload(await ctx.services.invoices.create(tenantOf(ctx), input));
  }

  @Authorized(Role.WRITER)
  @Mutation(() => InvoicePayload)
  async updateInvoice(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpdateInvoiceInput) input: UpdateInvoiceInput): Promise<InvoicePayload> {
    return payload(await ctx.services.invoices.update(tenantOf(ctx), input));
  }

  @Authorized(Role.WRITER)
  @Mutation(() => InvoicePayload, { description: 'A credit note in the credit-note default status (SE-VN-45).' })
  async createCreditNote(@Ctx() ctx: GraphqlContext, @Arg('input', () => CreateCreditNoteInput) input: CreateCreditNoteInput): Promise<InvoicePayload> {
    return payload(await ctx.services.invoices.createCreditNote(tenantOf(ctx), input));
  }

  @Authorized(Role.WRITER)
  @Mutation(() => InvoicePayload, { description: 'Moves an invoice along the tenant\'s pipeline; publishes invoiceStatusChanged.' })
  async transitionInvoiceStatus(
    @Ctx() ctx: GraphqlContext,
    @Arg('input', () => TransitionInvoiceStatusInput) input: TransitionInvoiceStatusInput,
  ): Promise<InvoicePayload> {
    const tenantId = tenantOf(ctx);
    const result = await ctx.services.invoices.transition(tenantId, input, actorOf(ctx.principal));
    // entering the transfer status sends the invoice: a run is queued for each connection (X-20, SE-FX-02)
    if (result.ok && (await ctx.services.invoiceStatuses.isTransferTrigger(tenantId, result.value.statusId))) {
      await ctx.services.transfers.requestForInvoices(tenantId, actorOf(ctx.principal));
    }
    return payload(result);
  }
}
