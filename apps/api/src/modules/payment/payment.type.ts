import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';
import type { PaymentEntity } from './payment.entity.js';

@ObjectType({ implements: Node, description: 'A payment against an invoice, as written back from the ERP.' })
export class Payment extends Node {
  /** The row id; not exposed. */
  rowId: string;
  @Field(() => ID, { description: 'Global id of the paid invoice.' }) invoiceId: string;
  @Field(() => DecimalScalar) amount: string;
  @Field(() => CalendarDateScalar) paidOn: string;
  @Field(() => String, { nullable: true, description: 'Payment reference (OCR/KID) or bank text.' }) reference: string | null;
  @Field() createdAt: Date;

  static from(e: PaymentEntity): Payment {
    return Object.assign(new Payment(), {
      id: toGlobalId('Payment', e.id), rowId: e.id, invoiceId: toGlobalId('Invoice', e.invoiceId), amount: e.amount,
      paidOn: e.paidOn, reference: e.reference, createdAt: e.createdAt,
    });
  }
}

export const PaymentConnection = ConnectionOf(Payment, 'Payment');
export type PaymentConnection = InstanceType<typeof PaymentConnection>;

export enum PaymentSortField {
  PAID_ON = 'PAID_ON',
  AMOUNT = 'AMOUNT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PaymentSortField, { name: 'PaymentSortField' });
