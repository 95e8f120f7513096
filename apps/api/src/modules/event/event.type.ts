import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/relay.js';
import type { EventEntity } from './event.entity.js';

@ObjectType({ description: 'One entry of the tenant\'s append-only event log. `cursor` resumes a subscription right after it.' })
export class TransferEvent {
  @Field(() => ID) cursor: string;
  @Field() kind: string;
  @Field() occurredAt: Date;
  @Field(() => ID, { nullable: true }) invoiceId: string | null;
  @Field(() => ID, { nullable: true }) connectionId: string | null;
  @Field(() => GraphQLJSONObject) payload: Record<string, unknown>;

  static from(e: EventEntity): TransferEvent {
    return Object.assign(new TransferEvent(), {
      cursor: e.id,
      kind: e.kind,
      occurredAt: e.createdAt,
      invoiceId: e.invoiceId && toGlobalId('Invoice', e.invoiceId),
      connectionId: e.connectionId && toGlobalId('Connection', e.connectionId),
      payload: e.payload,
    });
  }
}
