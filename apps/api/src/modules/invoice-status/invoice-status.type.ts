import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import type { InvoiceStatusEntity } from './invoice-status.entity.js';
import { AutoInvoiceStatuses } from './auto-invoice.type.js';

@ObjectType({ description: 'Per-status settings (SE-VN-41) and the roles the integration acts on (X-19).' })
export class InvoiceStatusFlags {
  @Field({ description: 'A new invoice gets this status.' }) isDefault: boolean;
  @Field() isEditable: boolean;
  @Field({ description: 'Invoices in this status carry the ERP invoice number.' }) requiresInvoiceNumber: boolean;
  @Field() isSent: boolean;
  @Field() isPartiallyPaid: boolean;
  @Field() isPaid: boolean;
  @Field({ description: 'Where an invoice lands when its transfer fails.' }) isFailed: boolean;
  @Field() isCreditNoteDefault: boolean;
  @Field({ description: 'Entering this status transfers the invoice to the ERP.' }) isTransferTrigger: boolean;
  @Field({ description: 'Where a transferred invoice lands.' }) isAfterTransfer: boolean;
}

@ObjectType({ implements: Node })
export class InvoiceStatus extends Node {
  rowId: string;
  @Field({ description: 'Stable key; the integration never relies on names (SE-VN-40).' }) key: string;
  @Field() name: string;
  @Field(() => Int) position: number;
  @Field(() => InvoiceStatusFlags) flags: InvoiceStatusFlags;

  static from(e: InvoiceStatusEntity): InvoiceStatus {
    return Object.assign(new InvoiceStatus(), {
      id: toGlobalId('InvoiceStatus', e.id),
      rowId: e.id,
      key: e.key,
      name: e.name,
      position: e.position,
      flags: Object.assign(new InvoiceStatusFlags(), {
        isDefault: e.isDefault, isEditable: e.isEditable, requiresInvoiceNumber: e.requiresInvoiceNumber, isSent: e.isSent,
        isPartiallyPaid: e.isPartiallyPaid, isPaid: e.isPaid, isFailed: e.isFailed, isCreditNoteDefault: e.isCreditNoteDefault,
        isTransferTrigger: e.isTransferTrigger, isAfterTransfer: e.isAfterTransfer,
      }),
    });
  }
}

export const InvoiceStatusConnection = ConnectionOf(InvoiceStatus, 'InvoiceStatus');
export type InvoiceStatusConnection = InstanceType<typeof InvoiceStatusConnection>;

@ObjectType()
export class StatusTransition {
  @Field() from: string;
  @Field() to: string;
}

@ObjectType({ description: 'The tenant\'s invoice-status pipeline: statuses in order and the allowed moves.' })
export class InvoiceStatusPipeline {
  @Field(() => [InvoiceStatus]) statuses: InvoiceStatus[];
  @Field(() => [StatusTransition]) transitions: StatusTransition[];
  @Field(() => Int, { description: 'Increases with every save.' }) revision: number;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
  @Field(() => AutoInvoiceStatuses, { nullable: true, description: 'Null: invoices are not sent through AutoInvoice (SE-VN-52..55).' })
  autoInvoice: AutoInvoiceStatuses | null;
}

@InputType()
export class InvoiceStatusFlagsInput {
  @Field({ defaultValue: false }) isDefault: boolean;
  @Field({ defaultValue: true }) isEditable: boolean;
  @Field({ defaultValue: false }) requiresInvoiceNumber: boolean;
  @Field({ defaultValue: false }) isSent: boolean;
  @Field({ defaultValue: false }) isPartiallyPaid: boolean;
  @Field({ defaultValue: false }) isPaid: boolean;
  @Field({ defaultValue: false }) isFailed: boolean;
  @Field({ defaultValue: false }) isCreditNoteDefault: boolean;
  @Field({ defaultValue: false }) isTransferTrigger: boolean;
  @Field({ defaultValue: false }) isAfterTransfer: boolean;
}
