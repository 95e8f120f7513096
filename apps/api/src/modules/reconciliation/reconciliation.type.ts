import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo, toGlobalId } from '../../graphql/relay.js';
import { InputError } from '../../graphql/user-error.js';
import type { MatchRecord } from '@ledgerbridge/domain';
import type { TheirRecord } from './erp-register.reader.js';
import type { ComparisonRow } from './register-comparison.js';
import type { RegisterDecisionEntity } from './register-decision.entity.js';

export enum ReconcileRegisterValue {
  CUSTOMERS = 'customers',
  PRODUCTS = 'products',
  PROJECTS = 'projects',
}
registerEnumType(ReconcileRegisterValue, { name: 'ReconcileRegister', description: 'Registers compared and reconciled before go-live (SE-FX-09).' });

export enum RegisterActionValue {
  LINK = 'LINK',
  CREATE = 'CREATE',
  IGNORE = 'IGNORE',
}
registerEnumType(RegisterActionValue, {
  name: 'RegisterAction',
  description: 'LINK: the two records are one. CREATE: send ours to the ERP, or import theirs, at the next sync. IGNORE: never synchronise this record.',
});

/** The GraphQL node type of our records in each register. */
export const TYPE_OF: Readonly<Record<ReconcileRegisterValue, string>> = { customers: 'Customer', products: 'Product', projects: 'Project' };

@ObjectType({ description: 'One side of a comparison row.' })
export class ComparedRecord {
  @Field(() => ID, { description: 'Our global id, or the ERP record\'s external id.' }) id: string;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field() name: string;
  @Field() isActive: boolean;

  static ours(r: MatchRecord, register: ReconcileRegisterValue): ComparedRecord {
    return Object.assign(new ComparedRecord(), { id: toGlobalId(TYPE_OF[register], r.id), number: r.number ?? null, name: r.name, isActive: r.isActive ?? true });
  }

  static theirs(r: TheirRecord): ComparedRecord {
    return Object.assign(new ComparedRecord(), { id: r.id, number: r.number ?? r.externalNumber, name: r.name, isActive: r.isActive ?? true });
  }
}

@ObjectType('ComparisonRow', { description: 'Our record beside the ERP\'s, with the similarity score and what the integration will do (SE-FX-09, SE-FX-10).' })
export class ComparisonRowType {
  @Field(() => ComparedRecord, { nullable: true }) ours: ComparedRecord | null;
  @Field(() => ComparedRecord, { nullable: true }) theirs: ComparedRecord | null;
  @Field(() => Float, { description: 'Similarity 0..1 (a ratio, not an amount); for an unpaired record, its best score against any other.' }) score: number;
  @Field(() => String, { nullable: true, description: 'LINKED (already linked), NUMBER (equal numbers) or SIMILARITY; null when unpaired.' }) basis: string | null;
  @Field(() => RegisterActionValue, { description: 'What the prediction suggests.' }) predictedAction: RegisterActionValue;
  @Field() isLinked: boolean;
  @Field(() => RegisterActionValue, { nullable: true, description: 'The remembered decision on our record.' }) oursDecision: RegisterActionValue | null;
  @Field(() => RegisterActionValue, { nullable: true, description: 'The remembered decision on the ERP record.' }) theirsDecision: RegisterActionValue | null;

  static from(row: ComparisonRow, register: ReconcileRegisterValue): ComparisonRowType {
    return Object.assign(new ComparisonRowType(), {
      ours: row.ours && ComparedRecord.ours(row.ours, register), theirs: row.theirs && ComparedRecord.theirs(row.theirs),
      score: row.score, basis: row.basis, predictedAction: row.predictedAction as RegisterActionValue, isLinked: row.isLinked,
      oursDecision: row.oursDecision as RegisterActionValue | null, theirsDecision: row.theirsDecision as RegisterActionValue | null,
    });
  }
}

@ObjectType()
export class RegisterComparisonPayload {
  @Field(() => [ComparisonRowType]) rows: ComparisonRowType[];
  @Field(() => Int) totalCount: number;
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => [InputError], { description: 'ERP_UNAVAILABLE when the ERP could not be read.' }) errors: InputError[];
}

@InputType()
export class RegisterDecisionInput {
  @Field(() => RegisterActionValue) action: RegisterActionValue;
  @Field(() => ID, { nullable: true, description: 'Our record (global id).' }) recordId?: string | null;
  @Field(() => String, { nullable: true, description: 'The ERP record\'s external id, as the comparison lists it.' }) externalId?: string | null;
}

@InputType()
export class DecideRegisterRecordsInput {
  @Field(() => ID) connectionId: string;
  @Field(() => ReconcileRegisterValue) register: ReconcileRegisterValue;
  @Field(() => [RegisterDecisionInput]) decisions: RegisterDecisionInput[];
}

@ObjectType()
export class RegisterDecision {
  @Field(() => RegisterActionValue) action: RegisterActionValue;
  @Field({ description: 'OURS or THEIRS: which record the decision is about (LINK: both, shown as OURS).' }) side: string;
  @Field(() => ID, { nullable: true }) recordId: string | null;
  @Field(() => String, { nullable: true }) externalId: string | null;
  @Field(() => String, { nullable: true }) decidedBy: string | null;
  @Field() decidedAt: Date;

  static from(e: RegisterDecisionEntity): RegisterDecision {
    const type = TYPE_OF[e.register as ReconcileRegisterValue];
    return Object.assign(new RegisterDecision(), {
      action: e.action as RegisterActionValue, side: e.side, recordId: e.recordId && toGlobalId(type, e.recordId), externalId: e.externalId, decidedBy: e.decidedBy, decidedAt: e.decidedAt,
    });
  }
}

@ObjectType()
export class DecideRegisterRecordsPayload {
  @Field(() => [RegisterDecision], { nullable: true }) decisions: RegisterDecision[] | null;
  @Field(() => [InputError], { description: 'Per row: field = ["decisions", index, "recordId" | "externalId"].' }) errors: InputError[];
}
