import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'AutoInvoice\'s own status settings (SE-VN-53), as status keys of this pipeline.' })
export class AutoInvoiceStatuses {
  @Field({ description: '"Status för fakturor som ska överföras": AutoInvoice takes invoices from here; they must carry the ERP number (SE-VN-55).' })
  toTransfer: string;
  @Field({ description: '"Status för fakturor efter överföring": set once AutoInvoice has sent the invoice; a sent status.' })
  afterTransfer: string;
  @Field(() => String, { nullable: true, description: '"Status på fakturor vid fel": set when AutoInvoice cannot send; not stated by the seed.' })
  onError: string | null;
}

@InputType({ description: 'AutoInvoice\'s status settings (SE-VN-53) by status key. Administrators only.' })
export class AutoInvoiceStatusesInput {
  @Field() toTransfer: string;
  @Field() afterTransfer: string;
  @Field(() => String, { nullable: true }) onError?: string | null;
}
