import { Arg, Authorized, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType } from '../../graphql/relay.js';
import type { EventEntity } from '../event/event.entity.js';
import { subscribeToEvents } from '../event/event.resolver.js';
import { EventKind } from '../event/event.service.js';
import { Invoice } from './invoice.type.js';

@ObjectType()
export class InvoiceStatusChange {
  @Field(() => ID, { description: 'Resume after this event with `after`.' }) cursor: string;
  @Field() occurredAt: Date;
  @Field(() => Invoice, { nullable: true, description: 'The invoice as it is now.' }) invoice: Invoice | null;
  @Field() fromStatusKey: string;
  @Field() toStatusKey: string;
  @Field() toStatusName: string;
  @Field({ description: 'Entering this status transfers the invoice to the ERP.' }) triggersTransfer: boolean;
  @Field(() => String, { nullable: true }) actor: string | null;
}

type Args = { after?: string | null; invoiceId?: string | null };

@Resolver()
export class InvoiceEventsResolver {
  @Authorized(Role.TENANT)
  @Subscription(() => InvoiceStatusChange, {
    description: 'Status changes of the tenant\'s invoices: first those after `after`, then live ones.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, Args, GraphqlContext>) =>
      subscribeToEvents(context, args.after, {
        kinds: [EventKind.INVOICE_STATUS_CHANGED],
        invoiceId: args.invoiceId ? (idOfType(args.invoiceId, 'Invoice') ?? '00000000-0000-0000-0000-000000000000') : undefined,
      }),
  })
  async invoiceStatusChanged(
    @Root() event: EventEntity,
    @Ctx() ctx: GraphqlContext,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Arg('invoiceId', () => ID, { nullable: true }) _invoiceId: string | null,
  ): Promise<InvoiceStatusChange> {
    const p = event.payload as { fromStatusKey: string; toStatusKey: string; toStatusName: string; triggersTransfer: boolean; actor?: string | null };
    // each event is its own short transaction, so the loaders' cache never serves a stale invoice
    const row = event.invoiceId ? await ctx.services.invoices.repository.findById(event.tenantId, event.invoiceId) : null;
    return {
      cursor: event.id, occurredAt: event.createdAt, invoice: row && Invoice.from(row), fromStatusKey: p.fromStatusKey,
      toStatusKey: p.toStatusKey, toStatusName: p.toStatusName, triggersTransfer: p.triggersTransfer, actor: p.actor ?? null,
    };
  }
}
