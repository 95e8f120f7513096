import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { DryRunStep } from '@ledgerbridge/domain';
import { InputError, toInputErrors } from '../../graphql/user-error.js';
import { InvoiceKindValue } from '../invoice/invoice.type.js';

export enum PipelineDryRunStage {
  START = 'START',
  TO_TRIGGER = 'TO_TRIGGER',
  TRANSFER_SUCCEEDED = 'TRANSFER_SUCCEEDED',
  SEND = 'SEND',
  PAY = 'PAY',
  TRANSFER_FAILED = 'TRANSFER_FAILED',
  RETRY = 'RETRY',
}
registerEnumType(PipelineDryRunStage, { name: 'PipelineDryRunStage', description: 'Which part of an invoice\'s life a dry-run step is.' });

@ObjectType({ description: 'One move of a dry run; a blocked move leaves the invoice where it was.' })
export class PipelineDryRunStep {
  @Field(() => PipelineDryRunStage) stage: PipelineDryRunStage;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
  @Field({ description: 'The status key the invoice is in after the step.' }) landsIn: string;
  @Field() hasInvoiceNumber: boolean;
  @Field(() => InputError, { nullable: true, description: 'The rule that stops the move.' }) blockedBy: InputError | null;

  static from(step: DryRunStep): PipelineDryRunStep {
    return Object.assign(new PipelineDryRunStep(), {
      stage: step.stage as PipelineDryRunStage, from: step.from, to: step.to, landsIn: step.landsIn,
      hasInvoiceNumber: step.hasInvoiceNumber, blockedBy: step.blockedBy ? toInputErrors([step.blockedBy])[0] : null,
    });
  }
}

@ObjectType({ description: 'The invoice walked: one of the tenant\'s, or a synthetic new invoice (invoiceId null).' })
export class PipelineDryRunSample {
  @Field(() => ID, { nullable: true }) invoiceId: string | null;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field(() => InvoiceKindValue) kind: InvoiceKindValue;
  @Field(() => String, { nullable: true, description: 'Its status key today, when it has one.' }) statusKey: string | null;
}
