import { Field, InputType, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { InvoiceStatusFlagsInput, InvoiceStatusPipeline } from '../invoice-status.type.js';
import { AutoInvoiceStatusesInput } from '../auto-invoice.type.js';

@InputType()
export class InvoiceStatusInput {
  @Field() key: string;
  @Field() name: string;
  @Field(() => InvoiceStatusFlagsInput) flags: InvoiceStatusFlagsInput;
}

@InputType()
export class StatusTransitionInput {
  @Field() from: string;
  @Field() to: string;
}

@InputType({ description: 'The whole pipeline; statuses in order (their position is their index).' })
export class SaveInvoiceStatusPipelineInput {
  @Field(() => [InvoiceStatusInput]) statuses: InvoiceStatusInput[];
  @Field(() => [StatusTransitionInput]) transitions: StatusTransitionInput[];
  @Field(() => AutoInvoiceStatusesInput, { nullable: true, description: 'Left out: kept as saved. Null: stop sending through AutoInvoice.' })
  autoInvoice?: AutoInvoiceStatusesInput | null;
}

@ObjectType()
export class SaveInvoiceStatusPipelinePayload {
  @Field(() => InvoiceStatusPipeline, { nullable: true }) pipeline: InvoiceStatusPipeline | null;
  @Field(() => [InputError]) errors: InputError[];
}
