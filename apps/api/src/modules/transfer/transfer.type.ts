import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, Node, toGlobalId } from '../../graphql/relay.js';
import { InputError } from '../../graphql/user-error.js';
import type { PlannedItem } from './register-context.js';
import type { TransferItemEntity } from './transfer-item.entity.js';
import type { TransferRunEntity } from './transfer-run.entity.js';

export enum TransferRegisterValue {
  CUSTOMERS = 'customers',
  PRODUCTS = 'products',
  PROJECTS = 'projects',
  INVOICES = 'invoices',
  PAYMENTS = 'payments',
  PROJECT_COSTS = 'projectCosts',
  SUPPLIER_INVOICES = 'supplierInvoices',
}
registerEnumType(TransferRegisterValue, { name: 'TransferRegister', description: 'Invoices include credit notes; payments and ERP-side customer edits come back.' });

@ObjectType()
export class TransferCountsType {
  @Field(() => Int) transferred: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) skipped: number;
  @Field(() => Int) failed: number;
}

@ObjectType()
export class TransferItem {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The run that produced this item (retry it with retryTransferItems).' }) runId: string;
  @Field() register: string;
  @Field(() => ID, { nullable: true }) recordId: string | null;
  @Field() direction: string;
  @Field({ description: 'TRANSFERRED, UPDATED, SKIPPED or FAILED' }) outcome: string;
  @Field(() => String, { nullable: true }) errorCode: string | null;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => String, { nullable: true }) externalId: string | null;
  @Field(() => String, { nullable: true }) externalNumber: string | null;
  @Field(() => Int) attempts: number;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What we sent (secrets redacted).' }) request: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The ERP's answer to a refused call: httpStatus, code, message and its parsed body (secrets redacted, cut at 16 kB with truncated: true)." }) response: Record<string, unknown> | null;
  @Field() createdAt: Date;

  static from(e: TransferItemEntity): TransferItem {
    const typeOf: Record<string, string> = { customers: 'Customer', products: 'Product', projects: 'Project', invoices: 'Invoice', creditNotes: 'Invoice', payments: 'Invoice', projectCosts: 'ProjectCost', supplierInvoices: 'SupplierInvoice', suppliers: 'Supplier', invoiceAttachments: 'Attachment' };
    return Object.assign(new TransferItem(), { ...e, id: toGlobalId('TransferItem', e.id), runId: toGlobalId('TransferRun', e.runId), recordId: e.recordId && toGlobalId(typeOf[e.register] ?? 'Record', e.recordId) });
  }
}

@ObjectType({ implements: Node })
export class TransferRun extends Node {
  rowId: string;
  @Field(() => ID) connectionId: string;
  @Field(() => [String]) registers: string[];
  @Field({ description: 'QUEUED, RUNNING, SUCCEEDED, PARTIAL or FAILED' }) status: string;
  @Field() trigger: string;
  @Field(() => TransferCountsType) counts: TransferCountsType;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => String, { nullable: true }) requestedBy: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;

  static from(e: TransferRunEntity): TransferRun {
    return Object.assign(new TransferRun(), {
      id: toGlobalId('TransferRun', e.id), rowId: e.id, connectionId: toGlobalId('Connection', e.connectionId), registers: e.registers, status: e.status,
      trigger: e.trigger, error: e.error, requestedBy: e.requestedBy, createdAt: e.createdAt, startedAt: e.startedAt, finishedAt: e.finishedAt,
      counts: { transferred: e.counts.TRANSFERRED ?? 0, updated: e.counts.UPDATED ?? 0, skipped: e.counts.SKIPPED ?? 0, failed: e.counts.FAILED ?? 0 },
    });
  }
}

@ObjectType({ description: 'One record a dry run would send (or skip), and what would stop it.' })
export class PlannedTransferItem {
  @Field() register: string;
  @Field(() => ID, { nullable: true }) recordId: string | null;
  @Field({ description: 'CREATE, UPDATE or SKIP' }) action: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) payload: Record<string, unknown> | null;
  @Field(() => [String]) errors: string[];

  static from(p: PlannedItem): PlannedTransferItem {
    return Object.assign(new PlannedTransferItem(), p);
  }
}

@InputType()
export class RunTransferInput {
  @Field(() => ID) connectionId: string;
  @Field(() => [TransferRegisterValue]) registers: TransferRegisterValue[];
  @Field({ defaultValue: false }) dryRun: boolean;
  @Field(() => String, { nullable: true, description: 'Repeat a request safely: the same key returns the run already queued.' }) idempotencyKey?: string | null;
}

@ObjectType()
export class RunTransferPayload {
  @Field(() => TransferRun, { nullable: true }) run: TransferRun | null;
  @Field(() => [PlannedTransferItem], { nullable: true, description: 'Dry runs only.' }) plan: PlannedTransferItem[] | null;
  @Field() alreadyProcessed: boolean;
  @Field(() => [InputError]) errors: InputError[];
}

@InputType({ description: 'Retry failed items of a run: all of them, or the listed ones.' })
export class RetryTransferItemsInput {
  @Field(() => ID) runId: string;
  @Field(() => [ID], { nullable: true, description: 'TransferItem ids; omit to retry every failed item of the run.' }) itemIds?: string[] | null;
}

@InputType()
export class RetryTransferItemInput {
  @Field(() => ID, { description: 'A failed TransferItem.' }) itemId: string;
}

@ObjectType()
export class RetryTransferItemsPayload {
  @Field(() => TransferRun, { nullable: true, description: 'The run queued for the retry.' }) run: TransferRun | null;
  @Field(() => Int) retried: number;
  @Field(() => [InputError]) errors: InputError[];
}

export const TransferItemConnection = ConnectionOf(TransferItem, 'TransferItem');
export type TransferItemConnection = InstanceType<typeof TransferItemConnection>;

@InputType()
export class TransferItemFilter {
  @Field(() => ID, { nullable: true }) connectionId?: string | null;
  @Field(() => ID, { nullable: true }) runId?: string | null;
  @Field(() => [TransferRegisterValue], { nullable: true }) registers?: TransferRegisterValue[] | null;
  @Field(() => [String], { nullable: true, description: 'TRANSFERRED, UPDATED, SKIPPED, FAILED' }) outcomes?: string[] | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
  @Field(() => String, { nullable: true, description: 'In the message, ERP number or error code.' }) search?: string | null;
}

@ObjectType({ description: 'Failures of one kind, most frequent first (X-28).' })
export class TransferErrorGroup {
  @Field() errorCode: string;
  @Field() register: string;
  @Field(() => Int) count: number;
  @Field() lastMessage: string;
  @Field() lastAt: Date;
}
