import { Field, InputType } from 'type-graphql';

/**
 * Optional sales-invoice header rows (SE-FX-56; ADR 0030), shared by create and update. On
 * update an omitted field keeps its value and a blank one clears it. Its fields are inherited by
 * the inputs that extend it; used by no field itself, it does not appear in the schema.
 */
@InputType()
export abstract class InvoiceHeaderInput {
  @Field(() => String, { nullable: true, description: 'The ERP\'s terms-of-payment code (Fortnox TermsOfPayment, at most 10 characters); absent = the customer\'s terms.' }) paymentTerms?: string | null;
  @Field(() => String, { nullable: true, description: 'Our reference (Fortnox OurReference), at most 50 characters.' }) ourReference?: string | null;
  @Field(() => String, { nullable: true, description: 'Invoice text above the lines, at most 1000 characters. Fortnox has one text (Remarks): above, notes and below are joined by a blank line.' }) freeTextAbove?: string | null;
  @Field(() => String, { nullable: true, description: 'Invoice text below the lines, at most 1000 characters.' }) freeTextBelow?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter ISO 639-1 language of the invoice, e.g. SV or EN (Fortnox takes these two).' }) language?: string | null;
  @Field(() => String, { nullable: true, description: 'Receiver (billing) address line for this invoice, over the customer\'s; at most 250 characters.' }) receiverAddress?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 10 characters.' }) receiverPostalCode?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 250 characters.' }) receiverCity?: string | null;
  @Field(() => String, { nullable: true, description: 'Country name as printed, at most 50 characters.' }) receiverCountry?: string | null;
}
