import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { InputError } from '../../graphql/user-error.js';

export enum InvoiceCreationModeValue {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  BOOKED = 'BOOKED',
}
registerEnumType(InvoiceCreationModeValue, { name: 'InvoiceCreationMode', description: 'PV-08: none, a draft, or a booked invoice in the ERP.' });

export enum InvoicingTimeValue {
  ON_COMPLETION = 'ON_COMPLETION',
  BEFORE_WORKDAY = 'BEFORE_WORKDAY',
}
registerEnumType(InvoicingTimeValue, { name: 'InvoicingTime', description: 'PV-10..12: when the job is completed, or the night before its working day.' });

export enum InvoiceDeliveryValue {
  EMAIL = 'EMAIL',
  NONE = 'NONE',
}
registerEnumType(InvoiceDeliveryValue, { name: 'InvoiceDelivery', description: 'PV-13: by e-mail, or not at all (e.g. EAN from the ERP, PV-14).' });

@ObjectType({ description: 'The tenant\'s invoicing settings (PV-06); customers may override each (PV-07).' })
export class InvoicingSettings {
  @Field(() => InvoiceCreationModeValue) creationMode: InvoiceCreationModeValue;
  @Field(() => InvoicingTimeValue) invoicingTime: InvoicingTimeValue;
  @Field(() => InvoiceDeliveryValue) delivery: InvoiceDeliveryValue;
  @Field({ description: 'False while the defaults apply (then each connection\'s bookInvoices decides drafts vs booked).' }) isSaved: boolean;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
}

@InputType()
export class SaveInvoicingSettingsInput {
  @Field(() => InvoiceCreationModeValue, { nullable: true }) creationMode?: InvoiceCreationModeValue | null;
  @Field(() => InvoicingTimeValue, { nullable: true }) invoicingTime?: InvoicingTimeValue | null;
  @Field(() => InvoiceDeliveryValue, { nullable: true }) delivery?: InvoiceDeliveryValue | null;
}

@ObjectType()
export class SaveInvoicingSettingsPayload {
  @Field(() => InvoicingSettings, { nullable: true }) settings: InvoicingSettings | null;
  @Field(() => [InputError]) errors: InputError[];
}
