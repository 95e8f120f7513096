import { draftMappingTable, mappingTableSchema, ok, type FieldError, type MappingDraft, type MappingRegister } from '@ledgerbridge/domain';
import type { ConnectionEntity } from '../connection/connection.entity.js';
import type { MappingRows } from '../transfer/registers/mapped-record.js';
import { defaultMappingTable } from './field-mapping.defaults.js';

/** Domain error paths ([row, property…]) onto the GraphQL input's names: rows.<i>.<input field>. */
export function inputPath(path: readonly string[]): string[] {
  const [row, prop, sub] = path;
  if (row === undefined) return ['rows'];
  const name = prop === 'required' ? 'isRequired'
    : prop === 'transform' && sub === 'length' ? 'transformLength'
      : prop === 'transform' && sub === 'vatRateField' ? 'vatRateField'
        : prop ?? '';
  return ['rows', row, ...(name ? [name] : [])];
}

/**
 * The connection's table for one register with unsaved edits applied, for a preview (ADR 0023).
 * The saved overrides are read as a save reads them: a stored table that no longer validates is
 * replaced, so it does not block previewing the table that would replace it. Nothing is written.
 */
export function draftRowsFor(connection: ConnectionEntity, register: MappingRegister, draft: MappingDraft): { rows: MappingRows; errors: FieldError[] } {
  const stored = mappingTableSchema(register).safeParse(connection.fieldMappings?.[register] ?? []);
  const table = draftMappingTable(register, { defaults: defaultMappingTable(connection.connectorId, register), saved: stored.success ? stored.data : [], draft });
  const errors = [...table.rowErrors.map((e) => ({ ...e, field: inputPath(e.field) })), ...table.resetErrors];
  return { rows: ok(table.rows), errors };
}
