import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/relay.js';
import { InputError } from '../../graphql/user-error.js';
import type { NotificationEntity } from './notification.entity.js';

export enum NotificationKindValue {
  TRANSFER_FAILURES = 'TRANSFER_FAILURES',
  INVOICE = 'INVOICE',
}
registerEnumType(NotificationKindValue, { name: 'NotificationKind', description: 'A run\'s failure summary (X-29) or an invoice e-mailed to its customer (PV-13, PV-28).' });

export enum NotificationStatusValue {
  PENDING = 'PENDING',
  SENT = 'SENT',
  NOT_CONFIGURED = 'NOT_CONFIGURED',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(NotificationStatusValue, {
  name: 'NotificationStatus',
  description: 'SENT: accepted by the mail server. NOT_CONFIGURED: no SMTP_URL. FAILED: see reason. SKIPPED: turned off. PENDING: being sent.',
});

@ObjectType({ description: 'One e-mail the integration sent or meant to send; nothing is dropped without a record.' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindValue) kind: NotificationKindValue;
  @Field(() => NotificationStatusValue) status: NotificationStatusValue;
  @Field(() => String, { nullable: true, description: 'Why it was not sent.' }) reason: string | null;
  @Field(() => [String]) recipients: string[];
  @Field() subject: string;
  @Field(() => ID, { nullable: true }) connectionId: string | null;
  @Field(() => ID, { nullable: true }) runId: string | null;
  @Field(() => ID, { nullable: true }) invoiceId: string | null;
  @Field(() => Int) attempts: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;

  static from(e: NotificationEntity): Notification {
    return Object.assign(new Notification(), {
      id: toGlobalId('Notification', e.id), kind: e.kind as NotificationKindValue, status: e.status as NotificationStatusValue, reason: e.reason,
      recipients: e.recipients, subject: e.subject, connectionId: e.connectionId && toGlobalId('Connection', e.connectionId),
      runId: e.runId && toGlobalId('TransferRun', e.runId), invoiceId: e.invoiceId && toGlobalId('Invoice', e.invoiceId),
      attempts: e.attempts, createdAt: e.createdAt, sentAt: e.sentAt,
    });
  }
}

@InputType()
export class NotificationFilter {
  @Field(() => NotificationKindValue, { nullable: true }) kind?: NotificationKindValue | null;
  @Field(() => NotificationStatusValue, { nullable: true }) status?: NotificationStatusValue | null;
  @Field(() => ID, { nullable: true }) connectionId?: string | null;
  @Field(() => ID, { nullable: true }) runId?: string | null;
}

@ObjectType({ description: 'E-mail notification of failed records for one connection (SE-FX-52, X-29).' })
export class FailureNotificationSettings {
  @Field(() => ID) connectionId: string;
  @Field({ description: 'Default true ("recommended on", SE-FX-52).' }) isEnabled: boolean;
  @Field({ description: 'Send to every ADMIN user of the tenant. Default true.' }) includeAdmins: boolean;
  @Field(() => [String], { description: 'Further addresses. Default none.' }) extraRecipients: string[];
  @Field({ description: 'False while the defaults apply.' }) isSaved: boolean;
}

@InputType()
export class SaveFailureNotificationSettingsInput {
  @Field(() => ID) connectionId: string;
  @Field(() => Boolean, { nullable: true }) isEnabled?: boolean | null;
  @Field(() => Boolean, { nullable: true }) includeAdmins?: boolean | null;
  @Field(() => [String], { nullable: true }) extraRecipients?: string[] | null;
}

@ObjectType()
export class SaveFailureNotificationSettingsPayload {
  @Field(() => FailureNotificationSettings, { nullable: true }) settings: FailureNotificationSettings | null;
  @Field(() => [InputError]) errors: InputError[];
}
