import { Field, ID, InputType, Int } from 'type-graphql';
import { AddressInput } from '../../common/address.type.js';
import { InvoiceCreationModeValue, InvoiceDeliveryValue, InvoicingTimeValue } from '../../invoicing/invoicing-settings.type.js';

@InputType({ description: 'Creates a customer, or updates the one with this id or number. Omitted fields keep their value on update.' })
export class UpsertCustomerInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true }) number?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) organizationNumber?: string | null;
  @Field(() => String, { nullable: true }) vatNumber?: string | null;
  @Field(() => String, { nullable: true }) ean?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => AddressInput, { nullable: true }) billingAddress?: AddressInput | null;
  @Field(() => AddressInput, { nullable: true }) postalAddress?: AddressInput | null;
  @Field(() => AddressInput, { nullable: true }) visitingAddress?: AddressInput | null;
  @Field(() => Int, { nullable: true }) paymentTermsDays?: number | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isProspect?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isInternal?: boolean | null;
  @Field(() => InvoiceCreationModeValue, { nullable: true, description: 'Own value (PV-07); null or omitted keeps the saved one, as for every field here. Admins remove it with clearCustomerInvoicing.' }) invoiceCreationMode?: InvoiceCreationModeValue | null;
  @Field(() => InvoicingTimeValue, { nullable: true }) invoicingTime?: InvoicingTimeValue | null;
  @Field(() => InvoiceDeliveryValue, { nullable: true }) invoiceDelivery?: InvoiceDeliveryValue | null;
  @Field(() => String, { nullable: true, description: 'Invoice layout, one of the connection\'s layout mapping (RB-24).' }) layout?: string | null;
}
