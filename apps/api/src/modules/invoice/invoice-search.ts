import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A LIKE pattern that finds `term` anywhere, with the user's own % and _ taken literally. */
function containing(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * The invoices `search` filter: the ERP number, the source's own number, our reference, or the
 * customer's name (issue #6: picking a dry-run sample among all invoices, not just the newest).
 * The customer subquery repeats the tenant condition so it never leans on RLS alone.
 */
export function whereInvoiceSearch<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, alias: string, term: string | null | undefined): void {
  const trimmed = term?.trim();
  if (!trimmed) return;
  qb.andWhere(
    `(${alias}.number ILIKE :lb_search OR ${alias}.source_number ILIKE :lb_search OR ${alias}.reference ILIKE :lb_search
      OR ${alias}.customer_id IN (SELECT c.id FROM customer c WHERE c.tenant_id = :tenantId AND c.name ILIKE :lb_search))`,
    { lb_search: containing(trimmed) },
  );
}
