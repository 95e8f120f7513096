import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { InputError } from '../../graphql/user-error.js';
import { Notification } from '../notification/notification.type.js';

@InputType()
export class ResendInvoiceEmailInput {
  @Field(() => ID) invoiceId: string;
}

@ObjectType()
export class ResendInvoiceEmailPayload {
  @Field(() => Notification, { nullable: true }) delivery: Notification | null;
  @Field(() => [InputError]) errors: InputError[];
}
