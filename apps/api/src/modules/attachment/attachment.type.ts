import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/relay.js';
import type { AttachmentEntity } from './attachment.entity.js';

@ObjectType({ description: 'A supplier-invoice file from the ERP, kept with the project costs it produced (X-25, SE-FX-51).' })
export class Attachment {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int, { description: 'In bytes; at most 10 MB.' }) size: number;
  @Field({ description: 'SHA-256 of the content, hex.' }) sha256: string;
  @Field({ description: 'GET with the same Authorization header to download the file.' }) downloadPath: string;

  static from(e: AttachmentEntity): Attachment {
    const id = toGlobalId('Attachment', e.id);
    return Object.assign(new Attachment(), { id, fileName: e.fileName, contentType: e.contentType, size: e.size, sha256: e.sha256, downloadPath: `/files/${id}` });
  }
}
