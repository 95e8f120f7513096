import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/relay.js';
import type { AttachmentEntity } from './attachment.entity.js';

export enum AttachmentKindValue {
  ERP_FILE = 'ERP_FILE',
  MERGED_PDF = 'MERGED_PDF',
  INVOICE_FILE = 'INVOICE_FILE',
}
registerEnumType(AttachmentKindValue, {
  name: 'AttachmentKind',
  description: 'ERP_FILE: a file as the ERP serves it; MERGED_PDF: one supplier invoice\'s files combined into one PDF (SE-FX-51); INVOICE_FILE: a file attached to one of our sales invoices (SE-FX-46).',
});

@ObjectType({ description: 'A file the merged PDF left out, and why.' })
export class SkippedAttachmentFile {
  @Field() fileName: string;
  @Field() reason: string;
}

@ObjectType({ description: 'A supplier-invoice file from the ERP, kept with the project costs it produced (X-25, SE-FX-51).' })
export class Attachment {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int, { description: 'In bytes; at most 10 MB.' }) size: number;
  @Field({ description: 'SHA-256 of the content, hex.' }) sha256: string;
  @Field({ description: 'GET with the same Authorization header to download the file.' }) downloadPath: string;
  @Field(() => AttachmentKindValue) kind: AttachmentKindValue;
  @Field(() => Int, { nullable: true, description: 'Pages of a merged PDF; null for ERP files.' }) pageCount: number | null;
  @Field(() => [SkippedAttachmentFile], { description: 'Files of the supplier invoice a merged PDF could not include (not PDF, JPEG or PNG, or unreadable).' }) skippedFiles: SkippedAttachmentFile[];

  static from(e: AttachmentEntity): Attachment {
    const id = toGlobalId('Attachment', e.id);
    return Object.assign(new Attachment(), { id, fileName: e.fileName, contentType: e.contentType, size: e.size, sha256: e.sha256, downloadPath: `/files/${id}`,
      kind: AttachmentKindValue[e.kind], pageCount: e.pageCount ?? null,
      skippedFiles: (e.skippedFiles ?? []).map((f) => Object.assign(new SkippedAttachmentFile(), f)),
    });
  }
}
