import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { InvoiceStatusPipeline } from '../invoice-status.type.js';

@InputType({ description: 'Which saved version of the pipeline to make current again.' })
export class RestoreInvoiceStatusPipelineVersionInput {
  @Field(() => ID, { description: 'InvoiceStatusPipelineVersion.id from invoiceStatusPipeline.versions.' }) versionId: string;
}

@ObjectType()
export class RestoreInvoiceStatusPipelineVersionPayload {
  @Field(() => InvoiceStatusPipeline, { nullable: true, description: 'The pipeline as now saved: a new revision with the old version\'s statuses and transitions.' })
  pipeline: InvoiceStatusPipeline | null;
  @Field(() => [InputError]) errors: InputError[];
}
