import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import { DecimalScalar, CalendarDateScalar } from '../../graphql/scalars.js';
import type { InvoiceLineEntity } from './invoice-line.entity.js';
import { invoiceHeaderOf } from './invoice-header.js';
import type { InvoiceEntity } from './invoice.entity.js';

export enum InvoiceKindValue {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}
registerEnumType(InvoiceKindValue, { name: 'InvoiceKind' });

export enum InvoiceSortField {
  ISSUE_DATE = 'ISSUE_DATE',
  NUMBER = 'NUMBER',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(InvoiceSortField, { name: 'InvoiceSortField' });

export enum PaymentStateValue {
  UNPAID = 'UNPAID',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
}
registerEnumType(PaymentStateValue, { name: 'PaymentState' });

@ObjectType()
export class InvoiceLine {
  entity: InvoiceLineEntity;
  @Field(() => ID, { description: 'Global id of the line, e.g. for crediting it.' }) lineId: string;
  @Field(() => Int) position: number;
  @Field() description: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => DecimalScalar) unitPrice: string;
  @Field(() => DecimalScalar) discountPercent: string;
  @Field(() => DecimalScalar) vatRate: string;
  @Field(() => DecimalScalar) netAmount: string;
  @Field(() => DecimalScalar) vatAmount: string;

  static from(e: InvoiceLineEntity): InvoiceLine {
    return Object.assign(new InvoiceLine(), { ...e, entity: e, lineId: toGlobalId('InvoiceLine', e.id) });
  }
}

@ObjectType({ implements: Node, description: 'An invoice or credit note. Amounts are exact decimals.' })
export class Invoice extends Node {
  entity: InvoiceEntity;
  @Field(() => InvoiceKindValue) kind: InvoiceKindValue;
  @Field(() => String, { nullable: true, description: 'The ERP\'s number; null until the ERP has booked it.' }) number: string | null;
  @Field(() => String, { nullable: true, description: 'The source\'s own number (SE-FX-32); the ERP carries it when the source numbers invoices.' }) sourceNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The ERP\'s payment reference (OCR/KID) for the customer\'s payment; null until the ERP assigns one, and always null for ERPs that expose none (SE-EE-26).' }) paymentReference: string | null;
  @Field() currency: string;
  @Field(() => CalendarDateScalar) issueDate: string;
  @Field(() => CalendarDateScalar, { nullable: true }) dueDate: string | null;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => String, { nullable: true, description: 'The ERP\'s terms-of-payment code (SE-FX-56/5).' }) paymentTerms: string | null;
  @Field(() => String, { nullable: true, description: 'SE-FX-56/6.' }) ourReference: string | null;
  @Field(() => String, { nullable: true, description: 'Invoice text above the lines (SE-FX-56/12).' }) freeTextAbove: string | null;
  @Field(() => String, { nullable: true, description: 'Invoice text below the lines (SE-FX-56/13).' }) freeTextBelow: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1, upper-case (SE-FX-56/14).' }) language: string | null;
  @Field(() => String, { nullable: true, description: 'Receiver (billing) address for this invoice (SE-FX-56/15).' }) receiverAddress: string | null;
  @Field(() => String, { nullable: true }) receiverPostalCode: string | null;
  @Field(() => String, { nullable: true }) receiverCity: string | null;
  @Field(() => String, { nullable: true }) receiverCountry: string | null;
  @Field(() => DecimalScalar) netAmount: string;
  @Field(() => DecimalScalar) vatAmount: string;
  @Field(() => DecimalScalar) grossAmount: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version; send it back as expectedVersion.' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(e: InvoiceEntity): Invoice {
    return Object.assign(new Invoice(), {
      entity: e, id: toGlobalId('Invoice', e.id), kind: e.kind as InvoiceKindValue, number: e.number, sourceNumber: e.sourceNumber, paymentReference: e.paymentReference, currency: e.currency.trim(),
      issueDate: e.issueDate, dueDate: e.dueDate, reference: e.reference, notes: e.notes, ...invoiceHeaderOf(e), netAmount: e.netAmount,
      vatAmount: e.vatAmount, grossAmount: e.grossAmount, version: e.version, createdAt: e.createdAt, updatedAt: e.updatedAt,
    });
  }
}

export const InvoiceConnection = ConnectionOf(Invoice, 'Invoice');
export type InvoiceConnection = InstanceType<typeof InvoiceConnection>;
