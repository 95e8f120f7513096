import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import { Address } from '../common/address.type.js';
import { InvoiceCreationModeValue, InvoiceDeliveryValue, InvoicingTimeValue } from '../invoicing/invoicing-settings.type.js';
import type { CustomerEntity } from './customer.entity.js';

@ObjectType({ implements: Node, description: 'A customer (debtor) of the tenant.' })
export class Customer extends Node {
  /** The row id, for loaders; not exposed. */
  rowId: string;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field() name: string;
  @Field(() => String, { nullable: true }) organizationNumber: string | null;
  @Field(() => String, { nullable: true }) vatNumber: string | null;
  @Field(() => String, { nullable: true, description: 'EAN/GLN for e-invoicing (13 digits).' }) ean: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => Address, { nullable: true }) billingAddress: Address | null;
  @Field(() => Address, { nullable: true }) postalAddress: Address | null;
  @Field(() => Address, { nullable: true }) visitingAddress: Address | null;
  @Field(() => Int) paymentTermsDays: number;
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field() isActive: boolean;
  @Field() isProspect: boolean;
  @Field({ description: 'The company\'s own internal customer; never sent to an ERP.' }) isInternal: boolean;
  @Field(() => InvoiceCreationModeValue, { nullable: true, description: 'Own value; null = the tenant\'s (PV-07).' }) invoiceCreationMode: InvoiceCreationModeValue | null;
  @Field(() => InvoicingTimeValue, { nullable: true }) invoicingTime: InvoicingTimeValue | null;
  @Field(() => InvoiceDeliveryValue, { nullable: true }) invoiceDelivery: InvoiceDeliveryValue | null;
  @Field(() => String, { nullable: true, description: 'Invoice layout; the connection maps it to the ERP\'s (RB-23, RB-24).' }) layout: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(e: CustomerEntity): Customer {
    return Object.assign(new Customer(), {
      ...e,
      id: toGlobalId('Customer', e.id),
      rowId: e.id,
      billingAddress: e.billingAddress && { line2: null, ...e.billingAddress },
      postalAddress: e.postalAddress && { line2: null, ...e.postalAddress },
      visitingAddress: e.visitingAddress && { line2: null, ...e.visitingAddress },
    });
  }
}

export const CustomerConnection = ConnectionOf(Customer, 'Customer');
export type CustomerConnection = InstanceType<typeof CustomerConnection>;

export enum CustomerSortField {
  NUMBER = 'NUMBER',
  NAME = 'NAME',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CustomerSortField, { name: 'CustomerSortField' });

