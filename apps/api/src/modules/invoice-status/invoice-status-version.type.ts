import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One saved version of the pipeline and what it changed.' })
export class InvoiceStatusPipelineVersion {
  @Field(() => ID, { description: 'Pass to restoreInvoiceStatusPipelineVersion.' }) id: string;
  @Field(() => Int, { description: 'The pipeline revision this save produced.' }) number: number;
  @Field(() => String, { nullable: true, description: 'The person\'s e-mail or the API key\'s name.' }) savedBy: string | null;
  @Field() savedAt: Date;
  @Field(() => [String], { description: 'Statuses added, removed, renamed or moved; flags turned on or off; transitions.' })
  changes: string[];
  @Field(() => Int, { nullable: true, description: 'The version this save restored; null for an edit.' }) restoredFrom: number | null;
}
