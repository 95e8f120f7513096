import { In, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { TenantDb } from './tenant-db.js';

/**
 * Base for repositories of tenant-owned rows. The tenant id is the first parameter of every
 * method and part of every WHERE clause; row-level security is the second wall behind it.
 */
export abstract class TenantRepository<E extends ObjectLiteral & { id: string; tenantId: string }> {
  protected abstract readonly entity: EntityTarget<E>;
  protected abstract readonly alias: string;

  constructor(protected readonly db: TenantDb) {}

  findByIds(tenantId: string, ids: readonly string[]): Promise<E[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.read(tenantId, (m) => m.findBy(this.entity, { tenantId, id: In([...ids]) } as FindOptionsWhere<E>));
  }

  async findById(tenantId: string, id: string): Promise<E | null> {
    return (await this.findByIds(tenantId, [id]))[0] ?? null;
  }

  findOneBy(tenantId: string, where: FindOptionsWhere<E>): Promise<E | null> {
    return this.db.read(tenantId, (m) => m.findOneBy(this.entity, { ...where, tenantId } as FindOptionsWhere<E>));
  }

  /** A query builder already restricted to the tenant, for lists with filters. */
  query(tenantId: string, m: EntityManager): SelectQueryBuilder<E> {
    return m.createQueryBuilder(this.entity, this.alias).where(`${this.alias}.tenant_id = :tenantId`, { tenantId });
  }

  list<T>(tenantId: string, build: (qb: SelectQueryBuilder<E>) => Promise<T>): Promise<T> {
    return this.db.read(tenantId, (m) => build(this.query(tenantId, m)));
  }

  /** Case-insensitive substring search over several columns (LIKE wildcards in the term are literal). */
  protected whereSearch(qb: SelectQueryBuilder<E>, columns: readonly string[], term: string | undefined): void {
    if (!term) return;
    qb.andWhere(`(${columns.map((c) => `${this.alias}.${c} ILIKE :lb_search`).join(' OR ')})`, { lb_search: `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` });
  }

  /** Equality filters by column; undefined values are not filtered on, arrays match any element. */
  protected whereEqual(qb: SelectQueryBuilder<E>, filters: Readonly<Record<string, unknown>>): void {
    for (const [column, value] of Object.entries(filters)) {
      if (value === undefined) continue;
      const param = `lb_${column}`;
      qb.andWhere(Array.isArray(value) ? `${this.alias}.${column} = ANY(:${param})` : `${this.alias}.${column} = :${param}`, { [param]: value });
    }
  }

  save(tenantId: string, m: EntityManager, row: E): Promise<E> {
    if (row.tenantId !== tenantId) throw new Error('row belongs to another tenant');
    return m.save(this.entity, row);
  }
}
