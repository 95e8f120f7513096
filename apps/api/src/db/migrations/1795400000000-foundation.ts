import type { MigrationInterface, QueryRunner } from 'typeorm';
import { getCreateIndexesSQL, getCreateTableSQL, getUpdateTimestampTriggerSQL } from '@agendajs/postgres-backend';

/** Every table that holds a tenant's data: each gets row-level security keyed on app.tenant_id. */
export const TENANT_TABLES = [
  'app_user', 'user_session', 'api_key', 'customer', 'supplier', 'product', 'project', 'invoice_status',
  'invoice_status_pipeline', 'invoice', 'invoice_line', 'project_cost', 'payment', 'transfer_event',
] as const;

const audit = `created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), version integer NOT NULL DEFAULT 1`;

export class Foundation1795400000000 implements MigrationInterface {
  name = 'Foundation1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lb_current_tenant() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

      CREATE TABLE tenant (
        id uuid PRIMARY KEY, name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now());

      CREATE TABLE app_user (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        email text NOT NULL, password_hash text NOT NULL, role text NOT NULL CHECK (role IN ('ADMIN','VIEWER')),
        created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (tenant_id, id));
      CREATE UNIQUE INDEX app_user_email_uq ON app_user (tenant_id, lower(email));

      CREATE TABLE user_session (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        user_id uuid NOT NULL, token_hash bytea NOT NULL UNIQUE, expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id) ON DELETE CASCADE);

      CREATE TABLE api_key (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        name text NOT NULL, prefix text NOT NULL, key_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz, last_used_at timestamptz);

      CREATE TABLE customer (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        number text, name text NOT NULL, organization_number text, vat_number text, ean text, email text, phone text,
        billing_address jsonb, postal_address jsonb, visiting_address jsonb, payment_terms_days integer NOT NULL DEFAULT 30,
        currency char(3), is_active boolean NOT NULL DEFAULT true, is_prospect boolean NOT NULL DEFAULT false,
        is_internal boolean NOT NULL DEFAULT false,
        ${audit}, UNIQUE (tenant_id, id), UNIQUE (tenant_id, number));

      CREATE TABLE supplier (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        number text, name text NOT NULL, organization_number text, vat_number text, email text, address jsonb,
        bank_account text, is_active boolean NOT NULL DEFAULT true, ${audit}, UNIQUE (tenant_id, id), UNIQUE (tenant_id, number));

      CREATE TABLE product (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        number text NOT NULL, name text NOT NULL, unit text NOT NULL, sales_price numeric(19,4) NOT NULL,
        cost_price numeric(19,4), product_group text, vat_rate numeric(5,2), is_active boolean NOT NULL DEFAULT true,
        ${audit}, UNIQUE (tenant_id, id), UNIQUE (tenant_id, number));

      CREATE TABLE project (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        number text NOT NULL, name text NOT NULL, customer_id uuid, is_active boolean NOT NULL DEFAULT true,
        is_internal boolean NOT NULL DEFAULT false, start_date date, end_date date, ${audit},
        UNIQUE (tenant_id, id), UNIQUE (tenant_id, number),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customer(tenant_id, id));
      CREATE INDEX project_customer_idx ON project (tenant_id, customer_id);

      CREATE TABLE invoice_status (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        key text NOT NULL, name text NOT NULL, position integer NOT NULL,
        is_default boolean NOT NULL, is_editable boolean NOT NULL, requires_invoice_number boolean NOT NULL,
        is_sent boolean NOT NULL, is_partially_paid boolean NOT NULL, is_paid boolean NOT NULL, is_failed boolean NOT NULL,
        is_credit_note_default boolean NOT NULL, is_transfer_trigger boolean NOT NULL, is_after_transfer boolean NOT NULL,
        ${audit}, UNIQUE (tenant_id, id), UNIQUE (tenant_id, key));

      CREATE TABLE invoice_status_pipeline (
        tenant_id uuid PRIMARY KEY REFERENCES tenant(id) ON DELETE CASCADE,
        transitions jsonb NOT NULL, revision integer NOT NULL DEFAULT 1, updated_by text,
        updated_at timestamptz NOT NULL DEFAULT now());

      CREATE TABLE invoice (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('INVOICE','CREDIT_NOTE')), number text, customer_id uuid NOT NULL,
        project_id uuid, credited_invoice_id uuid, status_id uuid NOT NULL, currency char(3) NOT NULL,
        issue_date date NOT NULL, due_date date, reference text, notes text,
        net_amount numeric(17,2) NOT NULL, vat_amount numeric(17,2) NOT NULL, gross_amount numeric(17,2) NOT NULL,
        ${audit}, UNIQUE (tenant_id, id),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customer(tenant_id, id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES project(tenant_id, id),
        FOREIGN KEY (tenant_id, credited_invoice_id) REFERENCES invoice(tenant_id, id),
        FOREIGN KEY (tenant_id, status_id) REFERENCES invoice_status(tenant_id, id));
      CREATE INDEX invoice_customer_idx ON invoice (tenant_id, customer_id);
      CREATE INDEX invoice_status_idx ON invoice (tenant_id, status_id);
      CREATE INDEX invoice_issue_idx ON invoice (tenant_id, issue_date, id);

      CREATE TABLE invoice_line (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        invoice_id uuid NOT NULL, position integer NOT NULL, product_id uuid, project_id uuid, credited_line_id uuid,
        description text NOT NULL, quantity numeric(19,4) NOT NULL, unit text, unit_price numeric(19,4) NOT NULL,
        discount_percent numeric(5,2) NOT NULL DEFAULT 0, vat_rate numeric(5,2) NOT NULL,
        net_amount numeric(17,2) NOT NULL, vat_amount numeric(17,2) NOT NULL,
        FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice(tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, product_id) REFERENCES product(tenant_id, id),
        FOREIGN KEY (tenant_id, project_id) REFERENCES project(tenant_id, id));
      CREATE INDEX invoice_line_invoice_idx ON invoice_line (tenant_id, invoice_id, position);

      CREATE TABLE project_cost (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        project_id uuid NOT NULL, supplier_id uuid, product_id uuid, description text NOT NULL, cost_date date NOT NULL,
        quantity numeric(19,4) NOT NULL, unit_cost numeric(19,4) NOT NULL, cost_amount numeric(17,2) NOT NULL,
        is_billable boolean NOT NULL, price_amount numeric(17,2) NOT NULL, ${audit},
        FOREIGN KEY (tenant_id, project_id) REFERENCES project(tenant_id, id),
        FOREIGN KEY (tenant_id, supplier_id) REFERENCES supplier(tenant_id, id),
        FOREIGN KEY (tenant_id, product_id) REFERENCES product(tenant_id, id));
      CREATE INDEX project_cost_project_idx ON project_cost (tenant_id, project_id);

      CREATE TABLE payment (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        invoice_id uuid NOT NULL, amount numeric(17,2) NOT NULL, paid_on date NOT NULL, reference text,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice(tenant_id, id));
      CREATE INDEX payment_invoice_idx ON payment (tenant_id, invoice_id);

      -- append-only: the app role gets INSERT and SELECT only (see bootstrap-roles)
      CREATE TABLE transfer_event (
        id bigserial PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        kind text NOT NULL, connection_id uuid, invoice_id uuid, payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX transfer_event_tenant_idx ON transfer_event (tenant_id, id);

      -- wakes every API process; the payload carries no data, readers re-query under RLS
      CREATE FUNCTION lb_notify_transfer_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('lb_transfer_event', NEW.tenant_id::text || ':' || NEW.id::text); RETURN NEW; END $$;
      CREATE TRIGGER transfer_event_notify AFTER INSERT ON transfer_event FOR EACH ROW EXECUTE FUNCTION lb_notify_transfer_event();

      -- Credential look-ups happen before a tenant is known, so RLS would hide the row; these
      -- narrow SECURITY DEFINER functions are the only unscoped reads.
      CREATE FUNCTION lb_authenticate_api_key(p_hash bytea) RETURNS TABLE (api_key_id uuid, tenant_id uuid, name text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT k.id, k.tenant_id, k.name FROM api_key k WHERE k.key_hash = p_hash AND k.revoked_at IS NULL $$;
      CREATE FUNCTION lb_authenticate_session(p_hash bytea) RETURNS TABLE (session_id uuid, tenant_id uuid, user_id uuid, role text, email text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT s.id, s.tenant_id, u.id, u.role, u.email FROM user_session s JOIN app_user u ON u.id = s.user_id
           WHERE s.token_hash = p_hash AND s.expires_at > now() $$;
      CREATE FUNCTION lb_login_candidates(p_email text) RETURNS TABLE (user_id uuid, tenant_id uuid, role text, password_hash text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT u.id, u.tenant_id, u.role, u.password_hash FROM app_user u WHERE lower(u.email) = lower(p_email) $$;
      -- housekeeping across tenants, for the worker; returns how many sessions it removed
      CREATE FUNCTION lb_purge_expired_sessions() RETURNS integer LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
        $$ WITH gone AS (DELETE FROM user_session WHERE expires_at <= now() RETURNING 1) SELECT count(*)::integer FROM gone $$;
    `);
    await q.query(`ALTER TABLE tenant ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON tenant USING (id = lb_current_tenant()) WITH CHECK (id = lb_current_tenant())`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant())`,
      );
    }
    // agenda's own tables, created here so that several workers starting at once never race on DDL
    await q.query(getCreateTableSQL('agenda_jobs'));
    for (const sql of getCreateIndexesSQL('agenda_jobs')) await q.query(sql);
    await q.query(getUpdateTimestampTriggerSQL('agenda_jobs'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS agenda_jobs CASCADE`);
    for (const table of [...TENANT_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    await q.query(`DROP TABLE IF EXISTS tenant CASCADE`);
    await q.query(`DROP FUNCTION IF EXISTS lb_current_tenant, lb_notify_transfer_event, lb_authenticate_api_key, lb_authenticate_session, lb_login_candidates, lb_purge_expired_sessions`);
  }
}
