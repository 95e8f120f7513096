import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { CalendarDateScalar, DecimalScalar } from '../../../graphql/scalars.js';
import { SortDirection } from '../../common/sort.type.js';
import { SupplierInvoice, SupplierInvoiceSortField } from '../supplier-invoice.type.js';

@InputType({ description: 'One line. With a product, an omitted product group and description come from the product.' })
export class SupplierInvoiceLineInput {
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => String, { nullable: true }) productGroup?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => DecimalScalar) unitPrice: string;
  @Field(() => DecimalScalar) vatRate: string;
}

@InputType()
export class CreateSupplierInvoiceInput {
  @Field(() => ID) supplierId: string;
  @Field({ description: 'The supplier\'s own invoice number (at most 30 characters).' }) invoiceNumber: string;
  @Field() currency: string;
  @Field(() => CalendarDateScalar) issueDate: string;
  @Field(() => CalendarDateScalar, { nullable: true }) dueDate?: string | null;
  @Field(() => [SupplierInvoiceLineInput]) lines: SupplierInvoiceLineInput[];
}

@InputType()
export class SupplierInvoiceFilter {
  @Field(() => ID, { nullable: true, description: 'Global Supplier id.' }) supplierId?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) issuedFrom?: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) issuedTo?: string | null;
}

@InputType()
export class SupplierInvoiceSort {
  @Field(() => SupplierInvoiceSortField) field: SupplierInvoiceSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction: SortDirection;
}

@ObjectType()
export class SupplierInvoicePayload {
  @Field(() => SupplierInvoice, { nullable: true }) supplierInvoice: SupplierInvoice | null;
  @Field(() => [InputError]) errors: InputError[];
}
