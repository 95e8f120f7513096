import { randomUUID } from 'node:crypto';
import { err, fieldError, ok, type FieldError, type Result } from '@ledgerbridge/domain';
import { IsNull, type EntityManager } from 'typeorm';
import { z } from 'zod';
import type { TenantDb } from '../../db/tenant-db.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { hashToken, newToken } from './secrets.js';

const nameSchema = z.string().trim().min(1).max(100);

export class ApiKeyService {
  constructor(private readonly db: TenantDb) {}

  /** The secret is returned once and only its hash is kept. */
  async create(tenantId: string, name: string, m?: EntityManager): Promise<Result<{ key: ApiKeyEntity; secret: string }, FieldError[]>> {
    const parsed = nameSchema.safeParse(name);
    if (!parsed.success) return err([fieldError('INVALID_VALUE', 'Name must be 1 to 100 characters', ['name'])]);
    const secret = newToken('lbk');
    const row = Object.assign(new ApiKeyEntity(), {
      id: randomUUID(), tenantId, name: parsed.data, prefix: secret.slice(0, 10), keyHash: hashToken(secret), revokedAt: null, lastUsedAt: null,
    });
    const saved = m ? await m.save(ApiKeyEntity, row) : await this.db.write(tenantId, (w) => w.save(ApiKeyEntity, row));
    return ok({ key: saved, secret });
  }

  list(tenantId: string): Promise<ApiKeyEntity[]> {
    return this.db.read(tenantId, (m) => m.find(ApiKeyEntity, { where: { tenantId }, order: { createdAt: 'DESC', id: 'ASC' } }));
  }

  async revoke(tenantId: string, id: string): Promise<Result<ApiKeyEntity, FieldError[]>> {
    return this.db.write(tenantId, async (m) => {
      const key = await m.findOneBy(ApiKeyEntity, { tenantId, id, revokedAt: IsNull() });
      if (!key) return err([fieldError('NOT_FOUND', 'No active API key with this id', ['id'])]);
      key.revokedAt = new Date();
      return ok(await m.save(ApiKeyEntity, key));
    });
  }
}
