import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { InputError } from '../../graphql/user-error.js';

export enum VatZoneValue {
  DOMESTIC = 'DOMESTIC',
  EU = 'EU',
  ABROAD = 'ABROAD',
}
registerEnumType(VatZoneValue, { name: 'VatZone', description: 'A supplier\'s origin seen from the company: same country, another EU member state, or outside the EU (RB-11, ADR 0007).' });

@ObjectType({ description: 'One decided cell of the posting matrix (RB-11).' })
export class PostingCell {
  @Field() productGroup: string;
  @Field(() => VatZoneValue) vatZone: VatZoneValue;
  @Field({ description: 'The ERP account purchases of this group from this zone are booked on.' }) accountNumber: string;
}

@ObjectType({ description: 'A product group × VAT zone the admin has not decided yet (RB-12).' })
export class UndecidedPostingCell {
  @Field() productGroup: string;
  @Field(() => VatZoneValue) vatZone: VatZoneValue;
}

@ObjectType({ description: 'The creditor integration of a connection: supplier invoices become vouchers in an ERP journal (RB-07..RB-12).' })
export class CreditorSettings {
  @Field({ description: 'The creditor integration is on (RB-07); off by default.' }) isEnabled: boolean;
  @Field(() => String, { nullable: true, description: 'The company\'s country (ISO 3166-1 alpha-2): decides each supplier\'s VAT zone.' }) companyCountry: string | null;
  @Field(() => String, { nullable: true, description: 'Creditors control account (RB-08).' }) supplierControlAccount: string | null;
  @Field(() => String, { nullable: true, description: 'Journal (kassekladde) for supplier invoices (RB-09).' }) journalNumber: string | null;
  @Field(() => String, { nullable: true, description: 'Used only when a matrix account cannot be used, e.g. blocked (RB-10).' }) fallbackAccount: string | null;
  @Field(() => [PostingCell], { description: 'The decided cells; a cell not listed is undecided (RB-11, RB-12).' }) postingMatrix: PostingCell[];
  @Field(() => [UndecidedPostingCell], { description: 'Cells still to decide for every product group defined in our graph (RB-11, RB-12).' }) undecidedCells: UndecidedPostingCell[];
}

@ObjectType({ description: 'One Stop Shop VAT for EU consumers (RB-21, ADR 0007).' })
export class OneStopShopVat {
  @Field({ description: 'Off by default.' }) isEnabled: boolean;
  @Field(() => String, { nullable: true, description: 'The ERP\'s VAT zone EU consumers are created in while OSS is on.' }) vatZoneNumber: string | null;
  @Field(() => String, { nullable: true }) companyCountry: string | null;
}

@InputType()
export class PostingCellInput {
  @Field() productGroup: string;
  @Field(() => VatZoneValue) vatZone: VatZoneValue;
  @Field() accountNumber: string;
}

@InputType({ description: 'Replaces the creditor settings of a connection. companyCountry, when given, sets the company\'s country for this connection. An omitted optional field keeps its value; null clears it (ADR 0024).' })
export class UpdateCreditorSettingsInput {
  @Field(() => ID) connectionId: string;
  @Field() isEnabled: boolean;
  @Field(() => String, { nullable: true }) companyCountry?: string | null;
  @Field(() => String, { nullable: true }) supplierControlAccount?: string | null;
  @Field(() => String, { nullable: true }) journalNumber?: string | null;
  @Field(() => String, { nullable: true }) fallbackAccount?: string | null;
  @Field(() => [PostingCellInput]) postingMatrix: PostingCellInput[];
}

@InputType({ description: 'Replaces the One Stop Shop VAT setting of a connection (RB-21). An omitted vatZoneNumber or companyCountry keeps its value; null clears it (ADR 0024).' })
export class UpdateOneStopShopVatInput {
  @Field(() => ID) connectionId: string;
  @Field() isEnabled: boolean;
  @Field(() => String, { nullable: true }) vatZoneNumber?: string | null;
  @Field(() => String, { nullable: true }) companyCountry?: string | null;
}

@ObjectType()
export class CreditorSettingsPayload {
  @Field(() => CreditorSettings, { nullable: true }) creditorSettings: CreditorSettings | null;
  @Field(() => [InputError]) errors: InputError[];
}

@ObjectType()
export class OneStopShopVatPayload {
  @Field(() => OneStopShopVat, { nullable: true }) oneStopShopVat: OneStopShopVat | null;
  @Field(() => [InputError]) errors: InputError[];
}
