import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/relay.js';
import { InputError } from '../../graphql/user-error.js';
import { TransferItem, TransferRun } from '../transfer/transfer.type.js';
import type { InitialSyncState } from './initial-sync.service.js';

@ObjectType({ description: 'The one-off initial synchronisation of a connection (X-11).' })
export class InitialSync {
  @Field(() => ID) connectionId: string;
  @Field({ description: 'Whether the start-up import (RB-05) was asked for.' }) startupImport: boolean;
  @Field() startedAt: Date;
  @Field(() => String, { nullable: true }) startedBy: string | null;
  @Field(() => TransferRun, { description: 'Its transfer run; progress arrives on transferEvents.' }) run: TransferRun;
  @Field(() => [TransferItem], { description: 'The run\'s failed items, shown at once (SE-VN-60).' }) errors: TransferItem[];
  @Field(() => Int, { description: 'Failed items neither fixed by a later transfer nor acknowledged.' }) openErrorCount: number;
  @Field({ description: 'True while open errors refuse the next sync (SE-VN-60).' }) isBlockingNextSync: boolean;
  @Field(() => Date, { nullable: true }) errorsAcknowledgedAt: Date | null;
  @Field(() => String, { nullable: true }) errorsAcknowledgedBy: string | null;

  static from(s: InitialSyncState): InitialSync {
    return Object.assign(new InitialSync(), {
      connectionId: toGlobalId('Connection', s.sync.connectionId), startupImport: s.sync.startupImport, startedAt: s.sync.startedAt, startedBy: s.sync.startedBy,
      run: TransferRun.from(s.run), errors: s.errors.map(TransferItem.from), openErrorCount: s.openErrors, isBlockingNextSync: s.openErrors > 0,
      errorsAcknowledgedAt: s.sync.errorsAcknowledgedAt, errorsAcknowledgedBy: s.sync.errorsAcknowledgedBy,
    });
  }
}

@InputType()
export class StartInitialSyncInput {
  @Field(() => ID) connectionId: string;
  @Field(() => Boolean, { nullable: true, description: 'Start-up import ("Opstarts-synk", RB-05): bring ERP products, customers and suppliers in. Default false.' }) startupImport?: boolean | null;
}

@InputType()
export class AcknowledgeInitialSyncErrorsInput {
  @Field(() => ID) connectionId: string;
}

@ObjectType()
export class InitialSyncPayload {
  @Field(() => InitialSync, { nullable: true }) initialSync: InitialSync | null;
  @Field(() => [InputError], { description: 'ALREADY_DONE when the connection\'s one initial sync was used (RB-06).' }) errors: InputError[];
}
