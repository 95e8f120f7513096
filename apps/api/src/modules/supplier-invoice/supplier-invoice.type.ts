import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';
import type { SupplierInvoiceLineEntity } from './supplier-invoice-line.entity.js';
import type { SupplierInvoiceEntity } from './supplier-invoice.entity.js';

export enum SupplierInvoiceSortField {
  ISSUE_DATE = 'ISSUE_DATE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SupplierInvoiceSortField, { name: 'SupplierInvoiceSortField' });

@ObjectType()
export class SupplierInvoiceLine {
  /** The row; not exposed. */
  entity: SupplierInvoiceLineEntity;
  @Field(() => Int) position: number;
  @Field({ description: 'The row of the posting matrix this line is booked by (RB-11).' }) productGroup: string;
  @Field() description: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => DecimalScalar) unitPrice: string;
  @Field(() => DecimalScalar) vatRate: string;
  @Field(() => DecimalScalar) netAmount: string;
  @Field(() => DecimalScalar) vatAmount: string;

  static from(e: SupplierInvoiceLineEntity): SupplierInvoiceLine {
    return Object.assign(new SupplierInvoiceLine(), {
      entity: e, position: e.position, productGroup: e.productGroup, description: e.description, quantity: e.quantity,
      unitPrice: e.unitPrice, vatRate: e.vatRate, netAmount: e.netAmount, vatAmount: e.vatAmount,
    });
  }
}

@ObjectType({ implements: Node, description: 'An invoice from a supplier, booked as a voucher in the ERP\'s journal by the creditor integration (RB-07, RB-09).' })
export class SupplierInvoice extends Node {
  /** The row; not exposed. */
  entity: SupplierInvoiceEntity;
  @Field({ description: 'The supplier\'s own invoice number.' }) invoiceNumber: string;
  @Field() currency: string;
  @Field(() => CalendarDateScalar) issueDate: string;
  @Field(() => CalendarDateScalar, { nullable: true }) dueDate: string | null;
  @Field(() => DecimalScalar) netAmount: string;
  @Field(() => DecimalScalar) vatAmount: string;
  @Field(() => DecimalScalar) grossAmount: string;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(e: SupplierInvoiceEntity): SupplierInvoice {
    return Object.assign(new SupplierInvoice(), {
      entity: e, id: toGlobalId('SupplierInvoice', e.id), invoiceNumber: e.invoiceNumber, currency: e.currency.trim(), issueDate: e.issueDate,
      dueDate: e.dueDate, netAmount: e.netAmount, vatAmount: e.vatAmount, grossAmount: e.grossAmount, version: e.version,
      createdAt: e.createdAt, updatedAt: e.updatedAt,
    });
  }
}

export const SupplierInvoiceConnection = ConnectionOf(SupplierInvoice, 'SupplierInvoice');
export type SupplierInvoiceConnection = InstanceType<typeof SupplierInvoiceConnection>;
