import { passThroughTable, type MappingRegister, type MappingRow } from '@ledgerbridge/domain';

/**
 * The default table per connector and register (ADR 0012). Both connectors receive the same
 * canonical records and do their vendor-specific mapping in their own mappers, so the defaults
 * copy every field through unchanged: a connection without overrides sends exactly what the
 * registers built before mappings existed. A connector whose defaults differ lists its rows here.
 */
const perConnector: Readonly<Record<string, Partial<Record<MappingRegister, readonly MappingRow[]>>>> = {
  'e-conomic': {},
  fortnox: {},
};

export function defaultMappingTable(connectorId: string, register: MappingRegister): MappingRow[] {
  const own = perConnector[connectorId]?.[register];
  return own ? [...own] : passThroughTable(register);
}

