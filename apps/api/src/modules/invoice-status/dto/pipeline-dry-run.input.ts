import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { InputError } from '../../../graphql/user-error.js';
import { InvoiceStatusInput, StatusTransitionInput } from './save-invoice-status-pipeline.input.js';
import { AutoInvoiceStatusesInput } from '../auto-invoice.type.js';
import { PipelineDryRunStep, PipelineDryRunSample } from '../pipeline-dry-run.type.js';

@InputType({ description: 'An unsaved pipeline (as for saveInvoiceStatusPipeline) and the invoice to walk through it.' })
export class PipelineDryRunInput {
  @Field(() => [InvoiceStatusInput]) statuses: InvoiceStatusInput[];
  @Field(() => [StatusTransitionInput]) transitions: StatusTransitionInput[];
  @Field(() => AutoInvoiceStatusesInput, { nullable: true, description: 'AutoInvoice\'s settings in the draft, checked with the rest.' })
  autoInvoice?: AutoInvoiceStatusesInput | null;
  @Field(() => ID, { nullable: true, description: 'One of the tenant\'s invoices; without it a new invoice is walked.' })
  sampleInvoiceId?: string | null;
}

@ObjectType()
export class PipelineDryRunPayload {
  @Field(() => [InputError], { description: 'Why the dry run could not run, e.g. an unknown sample invoice.' })
  errors: InputError[];
  @Field(() => [InputError], { description: 'Every rule the draft breaks; saving it would be refused with these.' })
  issues: InputError[];
  @Field(() => PipelineDryRunSample, { nullable: true }) sample: PipelineDryRunSample | null;
  @Field(() => [PipelineDryRunStep], { description: 'The path the invoice takes, then the failed-transfer branch.' })
  steps: PipelineDryRunStep[];
}
