import type { DataSource } from 'typeorm';
import type { Principal, UserRole } from '../../graphql/principal.js';
import { hashToken, safeEqual } from './secrets.js';

/**
 * Turns a bearer token into a principal. Runs before any tenant is known, so it uses the narrow
 * SECURITY DEFINER look-ups from the migration instead of the RLS-guarded tables.
 */
export class AuthService {
  constructor(private readonly ds: DataSource, private readonly operatorToken: string) {}

  async authenticate(authorization: string | undefined | null): Promise<Principal | null> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (!token) return null;
    if (token.startsWith('lbo_') || !/^lb[ks]_/.test(token)) {
      return safeEqual(token, this.operatorToken) ? { kind: 'operator' } : null;
    }
    const hash = hashToken(token);
    if (token.startsWith('lbk_')) {
      const rows: { api_key_id: string; tenant_id: string }[] = await this.ds.query('SELECT * FROM lb_authenticate_api_key($1)', [hash]);
      const row = rows[0];
      return row ? { kind: 'api-key', tenantId: row.tenant_id, apiKeyId: row.api_key_id } : null;
    }
    const rows: { session_id: string; tenant_id: string; user_id: string; role: UserRole; email: string }[] = await this.ds.query(
      'SELECT * FROM lb_authenticate_session($1)',
      [hash],
    );
    const row = rows[0];
    return row
      ? { kind: 'user', tenantId: row.tenant_id, userId: row.user_id, role: row.role, email: row.email, sessionId: row.session_id }
      : null;
  }
}
