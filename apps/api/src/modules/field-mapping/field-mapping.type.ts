import type { EffectiveMappingRow, MappingRegister } from '@ledgerbridge/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InputError } from '../../graphql/user-error.js';

export enum FieldMappingRegisterValue {
  CUSTOMERS = 'customers',
  PRODUCTS = 'products',
  PROJECTS = 'projects',
  INVOICES = 'invoices',
  INVOICE_LINES = 'invoiceLines',
  PROJECT_COSTS = 'projectCosts',
}
registerEnumType(FieldMappingRegisterValue, { name: 'FieldMappingRegister', description: 'A register with its own field-mapping table (X-13).' });

export enum FieldMappingSourceKind {
  FIELD = 'FIELD',
  FIXED = 'FIXED',
  TEMPLATE = 'TEMPLATE',
}
registerEnumType(FieldMappingSourceKind, { name: 'FieldMappingSourceKind', description: 'FIELD: `source` is a source field path; FIXED: `source` is the value; TEMPLATE: `source` names fields in braces, e.g. "{date} {supplierName}".' });

export enum FieldMappingTransformKind {
  TRUNCATE = 'TRUNCATE',
  UPPER = 'UPPER',
  FIRST_LINE = 'FIRST_LINE',
  FOLD_ADDRESS_LINES = 'FOLD_ADDRESS_LINES',
  SPLIT_NAME_FIRST = 'SPLIT_NAME_FIRST',
  SPLIT_NAME_REST = 'SPLIT_NAME_REST',
  PRICE_INCL_VAT = 'PRICE_INCL_VAT',
}
registerEnumType(FieldMappingTransformKind, { name: 'FieldMappingTransform', description: 'TRUNCATE needs transformLength; PRICE_INCL_VAT needs vatRateField (X-14).' });

export enum FieldMappingModeValue {
  ALWAYS = 'ALWAYS',
  CREATE_ONLY = 'CREATE_ONLY',
}
registerEnumType(FieldMappingModeValue, { name: 'FieldMappingMode', description: 'CREATE_ONLY fields are set when the record is created and left out of updates (SE-FX-54).' });

export enum FieldMappingDirectionValue {
  TO_ERP = 'TO_ERP',
  FROM_ERP = 'FROM_ERP',
}
registerEnumType(FieldMappingDirectionValue, { name: 'FieldMappingDirection' });

export enum FieldMappingRowOriginValue {
  DEFAULT = 'DEFAULT',
  OVERRIDDEN = 'OVERRIDDEN',
}
registerEnumType(FieldMappingRowOriginValue, { name: 'FieldMappingRowOrigin' });

@ObjectType({ description: 'One target field: where its value comes from, how it is transformed, its default.' })
export class FieldMappingRow {
  @Field({ description: 'Canonical field path, e.g. "address.line2".' }) target: string;
  @Field(() => FieldMappingSourceKind) sourceKind: FieldMappingSourceKind;
  @Field({ description: 'The source field path, the fixed value or the template, per sourceKind.' }) source: string;
  @Field(() => FieldMappingTransformKind, { nullable: true }) transform: FieldMappingTransformKind | null;
  @Field(() => Int, { nullable: true }) transformLength: number | null;
  @Field(() => String, { nullable: true }) vatRateField: string | null;
  @Field(() => String, { nullable: true, description: 'Used when the source is empty (X-16).' }) default: string | null;
  @Field({ description: 'An empty value fails the record, naming this target (SE-EE-29).' }) isRequired: boolean;
  @Field(() => FieldMappingModeValue) mode: FieldMappingModeValue;
  @Field(() => FieldMappingDirectionValue) direction: FieldMappingDirectionValue;
  @Field(() => FieldMappingRowOriginValue) origin: FieldMappingRowOriginValue;

  static from(r: EffectiveMappingRow): FieldMappingRow {
    const s = r.source;
    const t = r.transform;
    return Object.assign(new FieldMappingRow(), {
      target: r.target, sourceKind: s.kind as FieldMappingSourceKind,
      source: s.kind === 'FIELD' ? s.path : s.kind === 'FIXED' ? s.value : s.template,
      transform: (t?.kind ?? null) as FieldMappingTransformKind | null,
      transformLength: t?.kind === 'TRUNCATE' ? t.length : null,
      vatRateField: t?.kind === 'PRICE_INCL_VAT' ? t.vatRateField : null,
      default: r.default ?? null, isRequired: r.required, mode: r.mode as FieldMappingModeValue,
      direction: r.direction as FieldMappingDirectionValue, origin: r.origin as FieldMappingRowOriginValue,
    });
  }
}

@ObjectType({ description: 'A connection\'s effective mapping table for one register: the defaults with its overrides in place.' })
export class FieldMapping {
  @Field(() => ID) connectionId: string;
  @Field(() => FieldMappingRegisterValue) register: MappingRegister;
  @Field(() => [FieldMappingRow]) rows: FieldMappingRow[];
  @Field(() => [String], { description: 'Fields a row may target.' }) targetFields: string[];
  @Field(() => [String], { description: 'Fields a FIELD source, a template or vatRateField may name.' }) sourceFields: string[];
}

@InputType()
export class FieldMappingRowInput {
  @Field() target: string;
  @Field(() => FieldMappingSourceKind) sourceKind: FieldMappingSourceKind;
  @Field() source: string;
  @Field(() => FieldMappingTransformKind, { nullable: true }) transform?: FieldMappingTransformKind | null;
  @Field(() => Int, { nullable: true }) transformLength?: number | null;
  @Field(() => String, { nullable: true }) vatRateField?: string | null;
  @Field(() => String, { nullable: true }) default?: string | null;
  @Field(() => Boolean, { nullable: true, description: '@default false' }) isRequired?: boolean | null;
  @Field(() => FieldMappingModeValue, { nullable: true, description: '@default ALWAYS' }) mode?: FieldMappingModeValue | null;
  @Field(() => FieldMappingDirectionValue, { nullable: true, description: '@default the register\'s direction' }) direction?: FieldMappingDirectionValue | null;
}

@InputType()
export class UpdateFieldMappingInput {
  @Field(() => ID) connectionId: string;
  @Field(() => FieldMappingRegisterValue) register: MappingRegister;
  @Field(() => [FieldMappingRowInput], { nullable: true, description: 'Rows that replace the current row of their target.' }) rows?: FieldMappingRowInput[] | null;
  @Field(() => [String], { nullable: true, description: 'Targets whose override is dropped, back to the default row.' }) resetTargets?: string[] | null;
}

@ObjectType()
export class UpdateFieldMappingPayload {
  @Field(() => FieldMapping, { nullable: true }) fieldMapping: FieldMapping | null;
  @Field(() => [InputError]) errors: InputError[];
}

@ObjectType({ description: 'What the effective table makes of one of our records; nothing is sent.' })
export class FieldMappingPreview {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record as the connector would receive it.' }) payload: Record<string, unknown> | null;
  @Field({ description: 'CREATE or UPDATE: CREATE_ONLY fields are left out of updates.' }) operation: string;
  @Field(() => [InputError], { description: 'Fields the table cannot fill (field = target path).' }) errors: InputError[];
  @Field(() => [InputError], { description: 'Problems of the draft rows, named as updateFieldMapping names them (rows.<i>.<field>, resetTargets.<i>); those rows are left out of the preview. Empty without a draft.' }) rowErrors: InputError[];
}
