import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin's sign-in offers a tenant choice when one e-mail and password open several tenants.
 * Before sign-in no tenant is known, so RLS hides the tenant rows; like lb_login_candidates this
 * narrow SECURITY DEFINER read returns names only beside the password hash the caller must match.
 */
export class LoginTenantChoices1796400000000 implements MigrationInterface {
  name = 'LoginTenantChoices1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lb_login_tenant_choices(p_email text) RETURNS TABLE (tenant_id uuid, tenant_name text, tenant_created_at timestamptz, password_hash text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT t.id, t.name, t.created_at, u.password_hash FROM app_user u JOIN tenant t ON t.id = u.tenant_id
           WHERE lower(u.email) = lower(p_email) ORDER BY t.name, t.id $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS lb_login_tenant_choices');
  }
}
