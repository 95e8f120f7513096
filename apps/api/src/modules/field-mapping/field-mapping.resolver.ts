import { registerFields, type MappingRegister } from '@ledgerbridge/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphqlContext } from '../../graphql/context.js';
import { Role } from '../../graphql/principal.js';
import { idOfType, toGlobalId } from '../../graphql/relay.js';
import { tenantOf } from '../../graphql/tenant-of.js';
import { inputError, InputErrorCode, toInputErrors } from '../../graphql/user-error.js';
import type { EffectiveMapping } from './field-mapping.service.js';
import {
  FieldMapping, FieldMappingPreview, FieldMappingRegisterValue, FieldMappingRow, FieldMappingRowInput, FieldMappingSourceKind, UpdateFieldMappingInput,
  UpdateFieldMappingPayload,
} from './field-mapping.type.js';

const RECORD_TYPE: Record<MappingRegister, string> = {
  customers: 'Customer', products: 'Product', projects: 'Project', invoices: 'Invoice', invoiceLines: 'Invoice', projectCosts: 'ProjectCost',
};

function toType(m: EffectiveMapping): FieldMapping {
  return Object.assign(new FieldMapping(), {
    connectionId: toGlobalId('Connection', m.connectionId), register: m.register, rows: m.rows.map(FieldMappingRow.from),
    targetFields: registerFields[m.register].targets.map((t) => t.path), sourceFields: registerFields[m.register].sources.map((s) => s.path),
  });
}

/** The GraphQL row onto the domain's row shape; the domain schema does the validating. */
function toDomainRow(r: FieldMappingRowInput, register: MappingRegister): Record<string, unknown> {
  const source = r.sourceKind === FieldMappingSourceKind.FIELD ? { kind: 'FIELD', path: r.source }
    : r.sourceKind === FieldMappingSourceKind.FIXED ? { kind: 'FIXED', value: r.source } : { kind: 'TEMPLATE', template: r.source };
  const transform = !r.transform ? undefined
    : r.transform === 'TRUNCATE' ? { kind: r.transform, length: r.transformLength ?? undefined }
      : r.transform === 'PRICE_INCL_VAT' ? { kind: r.transform, vatRateField: r.vatRateField ?? undefined } : { kind: r.transform };
  return {
    target: r.target, source, ...(transform ? { transform } : {}), ...(r.default != null ? { default: r.default } : {}),
    required: r.isRequired ?? false, mode: r.mode ?? 'ALWAYS', direction: r.direction ?? registerFields[register].direction,
  };
}

@Resolver()
export class FieldMappingResolver {
  @Authorized(Role.TENANT)
  @Query(() => FieldMapping, { nullable: true, description: 'A connection\'s effective field mapping for one register, each row DEFAULT or OVERRIDDEN (X-13).' })
  async fieldMapping(
    @Ctx() ctx: GraphqlContext,
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('register', () => FieldMappingRegisterValue) register: MappingRegister,
  ): Promise<FieldMapping | null> {
    const id = idOfType(connectionId, 'Connection');
    if (!id) return null;
    const result = await ctx.services.fieldMappings.effective(tenantOf(ctx), id, register);
    return result.ok ? toType(result.value) : null;
  }

  @Authorized(Role.TENANT)
  @Query(() => FieldMappingPreview, {
    description: 'The effective table applied to one of our records (by id), without sending anything. With `rows` and/or `resetTargets` (as updateFieldMapping takes them), the table as that update would make it, without saving it.',
  })
  async fieldMappingPreview(
    @Ctx() ctx: GraphqlContext,
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('register', () => FieldMappingRegisterValue) register: MappingRegister,
    @Arg('recordId', () => ID) recordId: string,
    @Arg('rows', () => [FieldMappingRowInput], { nullable: true, description: 'Unsaved rows, each replacing the row of its target.' }) rows?: FieldMappingRowInput[] | null,
    @Arg('resetTargets', () => [String], { nullable: true, description: 'Targets an unsaved edit resets to the default.' }) resetTargets?: string[] | null,
  ): Promise<FieldMappingPreview> {
    const id = idOfType(connectionId, 'Connection');
    const record = idOfType(recordId, RECORD_TYPE[register]);
    if (!id) return { payload: null, operation: 'CREATE', errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])], rowErrors: [] };
    if (!record) return { payload: null, operation: 'CREATE', errors: [inputError(InputErrorCode.NOT_FOUND, `Not a ${RECORD_TYPE[register]} id`, ['recordId'])], rowErrors: [] };
    const draft = rows == null && resetTargets == null ? undefined : { rows: (rows ?? []).map((r) => toDomainRow(r, register)), resetTargets: resetTargets ?? [] };
    const result = await ctx.services.fieldMappings.preview(tenantOf(ctx), { connectionId: id, register, recordId: record, ...(draft ? { draft } : {}) });
    if (!result.ok) return { payload: null, operation: 'CREATE', errors: toInputErrors(result.error), rowErrors: [] };
    return { payload: result.value.payload, operation: result.value.operation, errors: toInputErrors(result.value.errors), rowErrors: toInputErrors(result.value.rowErrors) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateFieldMappingPayload, { description: 'Overrides rows of a connection\'s field mapping, or resets targets to their default (X-13, X-14, SE-FX-54).' })
  async updateFieldMapping(@Ctx() ctx: GraphqlContext, @Arg('input', () => UpdateFieldMappingInput) input: UpdateFieldMappingInput): Promise<UpdateFieldMappingPayload> {
    const id = idOfType(input.connectionId, 'Connection');
    if (!id) return { fieldMapping: null, errors: [inputError(InputErrorCode.NOT_FOUND, 'No connection with this id', ['connectionId'])] };
    const result = await ctx.services.fieldMappings.update(tenantOf(ctx), {
      connectionId: id, register: input.register, rows: (input.rows ?? []).map((r) => toDomainRow(r, input.register)), resetTargets: input.resetTargets ?? [],
    });
    return result.ok ? { fieldMapping: toType(result.value), errors: [] } : { fieldMapping: null, errors: toInputErrors(result.error) };
  }
}
