import {
  err, fieldError, mappingTableSchema, ok, parseInput, registerFields, targetField, transferRulesSchema,
  type EffectiveMappingRow, type FieldError, type MappingDraft, type MappingRegister, type MappingRow, type Result,
} from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import { ProductEntity } from '../product/product.entity.js';
import { ProjectEntity } from '../project/project.entity.js';
import { ExternalRefEntity } from '../transfer/external-ref.entity.js';
import { toCustomerRecord } from '../transfer/registers/customers.register.js';
import { toInvoiceRecord } from '../transfer/registers/invoice-record.js';
import { customerSource, mapInvoiceRecord, mappingRowsFor, mapRecord, type MappingRows } from '../transfer/registers/mapped-record.js';
import { toProductRecord } from '../transfer/registers/products.register.js';
import { projectNameLimit, toProjectRecord } from '../transfer/registers/projects.register.js';
import { draftRowsFor, inputPath } from './field-mapping-draft.js';

export interface EffectiveMapping {
  connectionId: string;
  register: MappingRegister;
  rows: EffectiveMappingRow[];
}

export interface MappingPreview {
  payload: Record<string, unknown> | null;
  operation: 'CREATE' | 'UPDATE';
  errors: FieldError[];
  /** Problems of the draft's rows, named as updateFieldMapping names them; those rows are left out. */
  rowErrors: FieldError[];
}

const notFound = (field: string) => err([fieldError('NOT_FOUND', 'No connection with this id', [field])]);

/** Per-connection field mappings: the effective table, overrides, and a dry preview. */
export class FieldMappingService {
  constructor(private readonly db: TenantDb) {}

  async effective(tenantId: string, connectionId: string, register: MappingRegister): Promise<Result<EffectiveMapping, FieldError[]>> {
    const connection = await this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: connectionId }));
    if (!connection) return notFound('connectionId');
    const rows = mappingRowsFor(connection, register);
    return rows.ok ? ok({ connectionId, register, rows: rows.value }) : err(rows.error);
  }

  /**
   * Sets rows (each replaces the current row of its target) and resets targets to their default.
   * Rows are validated by the register's domain schema; errors name rows.<i>.<input field>.
   */
  async update(tenantId: string, input: { connectionId: string; register: MappingRegister; rows: readonly unknown[]; resetTargets: readonly string[] }): Promise<Result<EffectiveMapping, FieldError[]>> {
    const { register } = input;
    const parsed = parseInput(mappingTableSchema(register), input.rows);
    const errors: FieldError[] = parsed.ok ? [] : parsed.error.map((e) => ({ ...e, field: inputPath(e.field) }));
    input.resetTargets.forEach((t, i) => {
      if (!targetField(register, t)) errors.push(fieldError('INVALID_VALUE', `"${t}" is not a field of ${register}`, ['resetTargets', String(i)]));
    });
    if (!parsed.ok || errors.length > 0) return err(errors);
    return this.db.write(tenantId, async (m) => {
      const connection = await m.findOneBy(ConnectionEntity, { tenantId, id: input.connectionId });
      if (!connection) return notFound('connectionId');
      const stored = mappingTableSchema(register).safeParse(connection.fieldMappings?.[register] ?? []);
      const replaced = new Set([...parsed.value.map((r) => r.target), ...input.resetTargets]);
      // a stored table that no longer validates is dropped rather than kept half-valid
      const kept: MappingRow[] = (stored.success ? stored.data : []).filter((r) => !replaced.has(r.target));
      const next = [...kept, ...parsed.value];
      const all = { ...(connection.fieldMappings ?? {}) };
      if (next.length > 0) all[register] = next;
      else delete all[register];
      connection.fieldMappings = all;
      const saved = await m.save(ConnectionEntity, connection);
      const rows = mappingRowsFor(saved, register);
      return rows.ok ? ok({ connectionId: saved.id, register, rows: rows.value }) : err(rows.error);
    });
  }

  /**
   * The effective table applied to one of our records, as the next push would build it; nothing is
   * sent or saved. With a draft, the table is the one the draft would make if saved (ADR 0023).
   */
  async preview(tenantId: string, input: { connectionId: string; register: MappingRegister; recordId: string; draft?: MappingDraft }): Promise<Result<MappingPreview, FieldError[]>> {
    const connection = await this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: input.connectionId }));
    if (!connection) return notFound('connectionId');
    const { register, recordId } = input;
    const draft = input.draft ? draftRowsFor(connection, register, input.draft) : undefined;
    const rowsOf = (r: MappingRegister): MappingRows => (draft && r === register ? draft.rows : mappingRowsFor(connection, r));
    const rowErrors = draft?.errors ?? [];
    if (registerFields[register].direction === 'FROM_ERP') return err([fieldError('INVALID_VALUE', `${register} come from the ERP; there is no record of ours to preview`, ['register'])]);
    const missing = err([fieldError('NOT_FOUND', `No record with this id for ${register}`, ['recordId'])]);
    const isLinked = async (recordType: string) => Boolean(await this.db.read(tenantId, (m) => m.findOneBy(ExternalRefEntity, { tenantId, connectionId: connection.id, recordType, recordId })));
    const master = async <T extends object>(recordType: string, source: object, base: T): Promise<Result<MappingPreview, FieldError[]>> => {
      const operation = (await isLinked(recordType)) ? 'UPDATE' : 'CREATE';
      const rows = rowsOf(register);
      if (!rows.ok) return ok({ payload: null, operation, errors: rows.error, rowErrors });
      const mapped = mapRecord(rows.value, register, source, base, operation);
      return ok({ payload: mapped.record as Record<string, unknown>, operation, errors: mapped.errors, rowErrors });
    };
    switch (register) {
      case 'customers': {
        const c = await this.db.read(tenantId, (m) => m.findOneBy(CustomerEntity, { tenantId, id: recordId }));
        if (!c) return missing;
        const built = toCustomerRecord(c, String(connection.settings['defaultCurrency'] ?? 'DKK'));
        return master('customer', customerSource(c, built), built);
      }
      case 'products': {
        const p = await this.db.read(tenantId, (m) => m.findOneBy(ProductEntity, { tenantId, id: recordId }));
        if (!p) return missing;
        const built = toProductRecord(p);
        return master('product', built, built);
      }
      case 'projects': {
        const p = await this.db.read(tenantId, (m) => m.findOneBy(ProjectEntity, { tenantId, id: recordId }));
        if (!p) return missing;
        const customer = p.customerId ? await this.db.read(tenantId, (m) => m.findOneBy(CustomerEntity, { tenantId, id: p.customerId! })) : null;
        const limit = projectNameLimit(transferRulesSchema.parse(connection.rules ?? {}), connection.settings, connection.connectorId);
        const built = toProjectRecord(p, customer?.number ?? undefined, limit);
        return master('project', built, built);
      }
      case 'invoices':
      case 'invoiceLines': {
        const invoice = await this.db.read(tenantId, (m) => m.findOneBy(InvoiceEntity, { tenantId, id: recordId }));
        if (!invoice) return missing;
        const rules = transferRulesSchema.parse(connection.rules ?? {});
        const setting = connection.settings['defaultProductNumber'];
        const built = await toInvoiceRecord(this.db, tenantId, invoice, rules.defaultProductNumber ?? (typeof setting === 'string' ? setting : undefined));
        if (!built.record) return ok({ payload: null, operation: 'CREATE', errors: built.problems.map((p) => fieldError('INVALID_VALUE', p)), rowErrors });
        const mapped = mapInvoiceRecord(connection, built.record, rowsOf);
        return ok({ payload: mapped.record as unknown as Record<string, unknown>, operation: 'CREATE', errors: mapped.errors, rowErrors });
      }
      case 'projectCosts':
        return err([fieldError('INVALID_VALUE', 'Project costs come from the ERP', ['register'])]);
    }
  }
}
