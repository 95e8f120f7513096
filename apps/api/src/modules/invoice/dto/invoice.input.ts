import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { CalendarDateScalar, DecimalScalar } from '../../../graphql/scalars.js';
import { SortDirection } from '../../common/sort.type.js';
import { Invoice, InvoiceKindValue, InvoiceSortField } from '../invoice.type.js';
import { InvoiceHeaderInput } from './invoice-header.input.js';

@InputType({ description: 'One line. With a product, omitted description, price, VAT rate and unit come from the product.' })
export class InvoiceLineInput {
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => String, { nullable: true }) productNumber?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => DecimalScalar, { nullable: true }) unitPrice?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) discountPercent?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) vatRate?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
}

@InputType()
export class CreateInvoiceInput extends InvoiceHeaderInput {
  @Field(() => ID) customerId: string;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field() currency: string;
  @Field(() => CalendarDateScalar) issueDate: string;
  @Field(() => CalendarDateScalar, { nullable: true }) dueDate?: string | null;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => String, { nullable: true, description: 'The source\'s own number, sent to the ERP when the connection lets the source number invoices (SE-FX-32); blank clears it.' }) sourceNumber?: string | null;
  @Field(() => [InvoiceLineInput]) lines: InvoiceLineInput[];
}

@InputType({ description: 'Changes an invoice while its status is editable. Omitted fields keep their value; `lines` replaces all lines.' })
export class UpdateInvoiceInput extends InvoiceHeaderInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true, description: 'Refuse the update if the invoice changed since this version.' }) expectedVersion?: number | null;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) issueDate?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) dueDate?: string | null;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => String, { nullable: true, description: 'The source\'s own number, sent to the ERP when the connection lets the source number invoices (SE-FX-32); blank clears it.' }) sourceNumber?: string | null;
  @Field(() => [InvoiceLineInput], { nullable: true }) lines?: InvoiceLineInput[] | null;
}

@InputType()
export class CreditLineInput {
  @Field(() => ID, { description: 'The invoice line\'s id (InvoiceLine.lineId).' }) lineId: string;
  @Field(() => DecimalScalar, { description: 'How much to credit, as a positive quantity.' }) quantity: string;
}

@InputType({ description: 'Credits an invoice: all that is not yet credited, or the given line quantities.' })
export class CreateCreditNoteInput {
  @Field(() => ID) invoiceId: string;
  @Field(() => CalendarDateScalar) issueDate: string;
  @Field(() => String, { nullable: true, description: 'The source\'s own number, sent to the ERP when the connection lets the source number invoices (SE-FX-32); blank clears it.' }) sourceNumber?: string | null;
  @Field(() => [CreditLineInput], { nullable: true }) lines?: CreditLineInput[] | null;
}

@InputType()
export class TransitionInvoiceStatusInput {
  @Field(() => ID) invoiceId: string;
  @Field({ description: 'Key of the target status.' }) toStatusKey: string;
}

@InputType()
export class InvoiceFilter {
  @Field(() => ID, { nullable: true }) customerId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => [String], { nullable: true }) statusKeys?: string[] | null;
  @Field(() => InvoiceKindValue, { nullable: true }) kind?: InvoiceKindValue | null;
  @Field(() => CalendarDateScalar, { nullable: true }) issuedFrom?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) issuedTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Matches (part of) the number, the source number, the reference or the customer\'s name.' }) search?: string | null;
}

@InputType()
export class InvoiceSort {
  @Field(() => InvoiceSortField) field: InvoiceSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction: SortDirection;
}

@ObjectType()
export class InvoicePayload {
  @Field(() => Invoice, { nullable: true }) invoice: Invoice | null;
  @Field(() => [InputError]) errors: InputError[];
}
