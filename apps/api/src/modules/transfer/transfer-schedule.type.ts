import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/relay.js';
import { InputError } from '../../graphql/user-error.js';
import type { TransferScheduleEntity } from './transfer-schedule.entity.js';
import { TransferRegisterValue } from './transfer.type.js';

@ObjectType({ implements: Node, description: 'A recurring transfer for one connection (e.g. every 5 minutes, X-26).' })
export class TransferSchedule extends Node {
  @Field(() => ID) connectionId: string;
  @Field() name: string;
  @Field(() => [String]) registers: string[];
  @Field(() => Int) everyMinutes: number;
  @Field() isEnabled: boolean;
  @Field() nextRunAt: Date;
  @Field(() => ID, { nullable: true }) lastRunId: string | null;
  @Field(() => String, { nullable: true, description: 'Why the last due run was not started.' }) lastSkippedReason: string | null;

  static from(e: TransferScheduleEntity): TransferSchedule {
    return Object.assign(new TransferSchedule(), {
      id: toGlobalId('TransferSchedule', e.id), connectionId: toGlobalId('Connection', e.connectionId), name: e.name, registers: e.registers,
      everyMinutes: e.everyMinutes, isEnabled: e.isEnabled, nextRunAt: e.nextRunAt, lastRunId: e.lastRunId && toGlobalId('TransferRun', e.lastRunId),
      lastSkippedReason: e.lastSkippedReason,
    });
  }
}

@InputType()
export class SaveTransferScheduleInput {
  @Field(() => ID) connectionId: string;
  @Field({ defaultValue: 'default', description: 'A connection may have several schedules, e.g. "sync" every 5 minutes and "nightly".' }) name: string;
  @Field(() => [TransferRegisterValue]) registers: TransferRegisterValue[];
  @Field(() => Int) everyMinutes: number;
  @Field({ defaultValue: true }) isEnabled: boolean;
}

@ObjectType()
export class SaveTransferSchedulePayload {
  @Field(() => TransferSchedule, { nullable: true }) schedule: TransferSchedule | null;
  @Field(() => [InputError]) errors: InputError[];
}
