import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { Invoice } from '../../invoice/invoice.type.js';
import { Attachment } from '../attachment.type.js';

@InputType({ description: 'A PDF, JPEG or PNG file for one of our invoices, sent with it to the ERP when the connection says so (SE-FX-46, X-25).' })
export class AddInvoiceAttachmentInput {
  @Field(() => ID) invoiceId: string;
  @Field() fileName: string;
  @Field(() => String, { nullable: true, description: 'Optional; the type is read from the bytes and a different claim is refused.' }) contentType?: string | null;
  @Field({ description: 'The file, base64; at most 716800 bytes decoded (TOO_LARGE).' }) contentBase64: string;
}

@ObjectType()
export class InvoiceAttachmentPayload {
  @Field(() => Attachment, { nullable: true }) attachment: Attachment | null;
  @Field(() => [InputError]) errors: InputError[];
}

@InputType()
export class RemoveInvoiceAttachmentInput {
  @Field(() => ID) attachmentId: string;
}

@ObjectType()
export class RemoveInvoiceAttachmentPayload {
  @Field(() => Invoice, { nullable: true, description: 'The invoice the file was removed from.' }) invoice: Invoice | null;
  @Field(() => [InputError]) errors: InputError[];
}
