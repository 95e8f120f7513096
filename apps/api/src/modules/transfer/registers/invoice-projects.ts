import type { InvoiceDraftRecord } from '@ledgerbridge/connectors';
import type { RegisterContext } from '../register-context.js';

/**
 * Where the connection does not transfer projects (SE-FX-31) the ERP has none of ours, so an
 * invoice must not name one; it is sent without its project references.
 */
export function withProjectsAsTransferred<T extends { record: InvoiceDraftRecord | null }>(ctx: RegisterContext, built: T): T {
  if (ctx.rules.registers.transferProjects || !built.record) return built;
  const { projectNumber: _invoiceProject, lines, ...rest } = built.record;
  return { ...built, record: { ...rest, lines: lines.map(({ projectNumber: _lineProject, ...line }) => line) } };
}
