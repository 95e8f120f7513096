import { randomUUID } from 'node:crypto';
import { err, ok, parseInput, tenantInputSchema, type FieldError, type Result } from '@ledgerbridge/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ShortTenantDb, type TenantDb } from '../../db/tenant-db.js';
import { ApiKeyService } from '../auth/api-key.service.js';
import { UserService } from '../auth/user.service.js';
import { TenantEntity } from './tenant.entity.js';

/** Work that every new tenant needs (e.g. a default invoice-status pipeline), run in its creating transaction. */
export type TenantInstaller = (m: EntityManager, tenantId: string) => Promise<void>;

export class TenantService {
  /** Its own transaction: the operator's request has no tenant of its own to scope to. */
  private readonly db: TenantDb;

  constructor(private readonly ds: DataSource, private readonly installers: readonly TenantInstaller[]) {
    this.db = new ShortTenantDb(ds);
  }

  async create(input: { name: string; admin?: { email: string; password: string } }): Promise<Result<{ tenant: TenantEntity; apiKey: string }, FieldError[]>> {
    const parsed = parseInput(tenantInputSchema, { name: input.name });
    if (!parsed.ok) return parsed;
    const id = randomUUID();
    return this.db.write(id, async (m, rollback) => {
      const tenant = await m.save(TenantEntity, Object.assign(new TenantEntity(), { id, name: parsed.value.name }));
      if (input.admin) {
        const admin = await new UserService(this.db, this.ds).create(id, { ...input.admin, role: 'ADMIN' }, m);
        if (!admin.ok) {
          rollback();
          return err(admin.error.map((e) => ({ ...e, field: ['admin', ...e.field] })));
        }
      }
      for (const install of this.installers) await install(m, id);
      const key = await new ApiKeyService(this.db).create(id, 'Initial key', m);
      if (!key.ok) throw new Error('the initial API key name is valid by construction');
      return ok({ tenant, apiKey: key.value.secret });
    });
  }

  findById(tenantId: string, db: TenantDb): Promise<TenantEntity | null> {
    return db.read(tenantId, (m) => m.findOneBy(TenantEntity, { id: tenantId }));
  }
}
