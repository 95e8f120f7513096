import {
  applyMappingTable, effectiveMappingTable, err, fieldError, mappingTableSchema, ok, registerFields,
  type EffectiveMappingRow, type FieldError, type MappingOperation, type MappingRegister, type Result,
} from '@ledgerbridge/domain';
import type { InvoiceDraftRecord, ProjectCostRecord } from '@ledgerbridge/connectors';
import type { ConnectionEntity } from '../../connection/connection.entity.js';
import type { CustomerEntity } from '../../customer/customer.entity.js';
import { defaultMappingTable } from '../../field-mapping/field-mapping.defaults.js';
import type { RegisterContext } from '../register-context.js';

export type MappingRows = Result<EffectiveMappingRow[], FieldError[]>;

/**
 * The connection's effective table for a register: defaults with its overrides in place. Stored
 * overrides were validated on write; if they no longer validate (the schema moved on), the
 * records fail naming the table rather than silently going out with the defaults.
 */
export function mappingRowsFor(connection: ConnectionEntity, register: MappingRegister): MappingRows {
  const stored = (connection.fieldMappings ?? {})[register];
  const parsed = mappingTableSchema(register).safeParse(stored ?? []);
  if (!parsed.success) return err([fieldError('INVALID_VALUE', `The stored ${register} field mapping is no longer valid; set it again: ${parsed.error.issues.map((i) => i.message).join('; ')}`, [register])]);
  return ok(effectiveMappingTable(defaultMappingTable(connection.connectorId, register), parsed.data));
}

/**
 * Applies the rows over the record the register built: mappable fields come from the table (in
 * the record's own key order, so unchanged records keep their content hash), the rest (amounts,
 * our reference, lines) pass through untouched.
 */
export function mapRecord<T extends object>(rows: readonly EffectiveMappingRow[], register: MappingRegister, source: object, base: T, operation: MappingOperation): { record: T; errors: FieldError[] } {
  const out = applyMappingTable(register, rows, source, operation);
  const mapped = new Set(registerFields[register].targets.map((t) => t.path.split('.')[0]!));
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    if (!mapped.has(key)) record[key] = value;
    else if (out.value[key] !== undefined) record[key] = out.value[key];
  }
  for (const [key, value] of Object.entries(out.value)) if (!(key in record)) record[key] = value;
  return { record: record as T, errors: out.errors };
}

/** What a customer's table can read: the record as built plus every address type (SE-EE-34, SE-FX-16). */
export function customerSource(c: CustomerEntity, record: object): object {
  return { ...record, billingAddress: c.billingAddress, postalAddress: c.postalAddress, visitingAddress: c.visitingAddress };
}

export function describeMappingErrors(errors: readonly FieldError[]): string {
  return `Field mapping: ${errors.map((e) => e.message).join('; ')}`;
}

/**
 * Maps a master-data record for a push; a record the table cannot fill is reported as failed
 * (or as a planned error in a dry run) with the target fields named, and null is returned.
 */
export async function mapForPush<T extends object>(
  ctx: RegisterContext,
  p: { register: MappingRegister; recordId: string; rows: MappingRows; source: object; base: T; isUpdate: boolean },
): Promise<T | null> {
  const mapped = p.rows.ok ? mapRecord(p.rows.value, p.register, p.source, p.base, p.isUpdate ? 'UPDATE' : 'CREATE') : { record: p.base, errors: p.rows.error };
  if (mapped.errors.length === 0) return mapped.record;
  const message = describeMappingErrors(mapped.errors);
  if (ctx.plan) ctx.plan.push({ register: p.register, recordId: p.recordId, action: p.isUpdate ? 'UPDATE' : 'CREATE', reason: null, payload: mapped.record as Record<string, unknown>, errors: mapped.errors.map((e) => e.message) });
  else await ctx.log.item({ register: p.register, recordId: p.recordId, direction: 'PUSH', outcome: 'FAILED', errorCode: mapped.errors[0]!.code, message, request: mapped.record as Record<string, unknown> });
  return null;
}

/** The record as a linked push would send it, for the link's hash after a pull; the unmapped record when the table cannot fill it. */
export function mappedForHash<T extends object>(connection: ConnectionEntity, register: MappingRegister, source: object, base: T): T {
  const rows = mappingRowsFor(connection, register);
  if (!rows.ok) return base;
  const mapped = mapRecord(rows.value, register, source, base, 'UPDATE');
  return mapped.errors.length === 0 ? mapped.record : base;
}

/** An invoice draft through the invoices table (header) and the invoice-lines table (each line); a preview may pass unsaved tables. */
export function mapInvoiceRecord(
  connection: ConnectionEntity,
  record: InvoiceDraftRecord,
  rowsOf: (register: MappingRegister) => MappingRows = (register) => mappingRowsFor(connection, register),
): { record: InvoiceDraftRecord; errors: FieldError[] } {
  const headerRows = rowsOf('invoices');
  const lineRows = rowsOf('invoiceLines');
  if (!headerRows.ok || !lineRows.ok) return { record, errors: [...(headerRows.ok ? [] : headerRows.error), ...(lineRows.ok ? [] : lineRows.error)] };
  const errors: FieldError[] = [];
  const lines = record.lines.map((line, i) => {
    const mapped = mapRecord(lineRows.value, 'invoiceLines', line, line, 'CREATE');
    errors.push(...mapped.errors.map((e) => ({ ...e, message: `line ${i + 1}: ${e.message}`, field: ['lines', String(i), ...e.field] })));
    return mapped.record;
  });
  const header = mapRecord(headerRows.value, 'invoices', record, { ...record, lines }, 'CREATE');
  return { record: header.record, errors: [...header.errors, ...errors] };
}

/**
 * Fields an ERP edit may bring back: only those the table sends as a plain copy of our own field.
 * A fixed, composed or transformed value in the ERP is derived from ours, so pulling it back
 * would overwrite our data with the mapping's output.
 */
export function pullableFields<F extends readonly [string, string]>(connection: ConnectionEntity, register: MappingRegister, fields: readonly F[]): F[] {
  const rows = mappingRowsFor(connection, register);
  if (!rows.ok) return [];
  return fields.filter(([, theirs]) => {
    const row = rows.value.find((r) => r.target === theirs);
    return row !== undefined && row.source.kind === 'FIELD' && row.source.path === theirs && row.transform === undefined;
  });
}

export interface MappedProjectCost {
  description: string;
  costDate: string;
  quantity: string;
  unitCost: string;
  productNumber?: string;
}

/** An ERP cost line through the projectCosts table; the supplier's name is ours, when we know the supplier. */
export function mapProjectCost(rows: MappingRows, record: ProjectCostRecord, supplierName: string | undefined): Result<MappedProjectCost, FieldError[]> {
  if (!rows.ok) return rows;
  const out = applyMappingTable('projectCosts', rows.value, { ...record, ...(supplierName ? { supplierName } : {}) }, 'CREATE');
  if (out.errors.length > 0) return err(out.errors);
  const v = out.value as Partial<Record<keyof MappedProjectCost, unknown>>;
  return ok({
    description: String(v.description), costDate: String(v.costDate), quantity: String(v.quantity), unitCost: String(v.unitCost),
    ...(v.productNumber !== undefined ? { productNumber: String(v.productNumber) } : {}),
  });
}

/** Product numbers the projectCosts table sets as fixed values, so they can be looked up with the ERP's. */
export function mappedProductNumbers(rows: MappingRows): string[] {
  if (!rows.ok) return [];
  return rows.value.flatMap((r) => (r.target === 'productNumber' && r.source.kind === 'FIXED' ? [r.source.value] : r.target === 'productNumber' && r.default !== undefined ? [r.default] : []));
}
