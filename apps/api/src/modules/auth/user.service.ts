import { randomUUID } from 'node:crypto';
import { err, fieldError, fieldErrorsFromZod, ok, type FieldError, type Result } from '@ledgerbridge/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { UserRole } from '../../graphql/principal.js';
import type { TenantDb } from '../../db/tenant-db.js';
import { isUniqueViolation } from '../common/pg-errors.js';
import { DUMMY_PASSWORD_HASH, hashPassword, hashToken, newToken, verifyPassword } from './secrets.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';

const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email('Must be a valid e-mail address').max(254),
  password: z.string().min(12, 'Must be at least 12 characters').max(200),
  role: z.enum(['ADMIN', 'VIEWER']),
});

export class UserService {
  constructor(private readonly db: TenantDb, private readonly ds: DataSource) {}

  async create(tenantId: string, input: { email: string; password: string; role: UserRole }, m?: EntityManager): Promise<Result<UserEntity, FieldError[]>> {
    const parsed = newUserSchema.safeParse(input);
    if (!parsed.success) return err(fieldErrorsFromZod(parsed.error));
    const row = Object.assign(new UserEntity(), {
      id: randomUUID(), tenantId, email: parsed.data.email, role: parsed.data.role, passwordHash: await hashPassword(parsed.data.password),
    });
    const insert = async (w: EntityManager, rollback: () => void): Promise<Result<UserEntity, FieldError[]>> => {
      try {
        return ok(await w.save(UserEntity, row));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        rollback();
        return err([fieldError('CONFLICT', 'A user with this e-mail already exists', ['email'])]);
      }
    };
    return m ? insert(m, () => undefined) : this.db.write(tenantId, insert);
  }

  /**
   * The same e-mail may belong to users of several tenants; the caller then names the tenant.
   * Wrong e-mail and wrong password give the same answer.
   */
  async login(input: { email: string; password: string; tenantId?: string | null }): Promise<Result<{ user: UserEntity; token: string }, FieldError[]>> {
    const candidates: { user_id: string; tenant_id: string; password_hash: string }[] = await this.ds.query(
      'SELECT * FROM lb_login_candidates($1)',
      [input.email.trim()],
    );
    const inTenant = candidates.filter((c) => !input.tenantId || c.tenant_id === input.tenantId);
    const invalid = err([fieldError('INVALID_VALUE', 'E-mail or password is wrong', ['password'])]);
    if (inTenant.length === 0) {
      await verifyPassword(input.password, DUMMY_PASSWORD_HASH);
      return invalid;
    }
    const matches: typeof inTenant = [];
    for (const c of inTenant) if (await verifyPassword(input.password, c.password_hash)) matches.push(c);
    if (matches.length === 0) return invalid;
    if (matches.length > 1) return err([fieldError('REQUIRED', 'This e-mail has access to several tenants: choose one', ['tenantId'])]);
    const match = matches[0]!;
    const token = newToken('lbs');
    const user = await this.db.write(match.tenant_id, async (m) => {
      await m.save(SessionEntity, Object.assign(new SessionEntity(), {
        id: randomUUID(), tenantId: match.tenant_id, userId: match.user_id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      }));
      return m.findOneByOrFail(UserEntity, { tenantId: match.tenant_id, id: match.user_id });
    });
    return ok({ user, token });
  }

  /**
   * The tenants in which this e-mail and password both match, for the sign-in screen's tenant
   * choice. Someone without the password learns nothing, as with login itself.
   */
  async tenantChoices(input: { email: string; password: string }): Promise<{ id: string; name: string; createdAt: Date }[]> {
    // unscoped: before sign-in no tenant is known; lb_login_tenant_choices is the narrow definer read
    const candidates: { tenant_id: string; tenant_name: string; tenant_created_at: Date; password_hash: string }[] = await this.ds.query(
      'SELECT * FROM lb_login_tenant_choices($1)',
      [input.email.trim()],
    );
    const choices: { id: string; name: string; createdAt: Date }[] = [];
    for (const c of candidates) if (await verifyPassword(input.password, c.password_hash)) choices.push({ id: c.tenant_id, name: c.tenant_name, createdAt: c.tenant_created_at });
    return choices;
  }

  findById(tenantId: string, id: string): Promise<UserEntity | null> {
    return this.db.read(tenantId, (m) => m.findOneBy(UserEntity, { tenantId, id }));
  }

  async logout(tenantId: string, sessionId: string): Promise<void> {
    await this.db.write(tenantId, (m) => m.delete(SessionEntity, { tenantId, id: sessionId }));
  }
}
