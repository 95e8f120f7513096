import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['connection', 'oauth_state', 'external_ref', 'transfer_run', 'transfer_item', 'transfer_intent'] as const;

/** Connections to external systems, the links between our records and theirs, and transfer bookkeeping. */
export class ConnectionsTransfers1795500000000 implements MigrationInterface {
  name = 'ConnectionsTransfers1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE connection (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connector_id text NOT NULL, name text NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE','NEEDS_RECONNECT','DISABLED')), status_reason text,
        -- AES-256-GCM, associated data = tenant id + connection id (see vault.ts)
        credentials bytea NOT NULL, settings jsonb NOT NULL DEFAULT '{}'::jsonb, token_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), version integer NOT NULL DEFAULT 1,
        UNIQUE (tenant_id, id));

      CREATE TABLE oauth_state (
        state text PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL, connector_id text NOT NULL, name text NOT NULL, redirect_uri text NOT NULL,
        expires_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now());

      CREATE TABLE external_ref (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL, record_type text NOT NULL, record_id uuid NOT NULL,
        external_id text NOT NULL, external_number text, remote_version text,
        -- hash of what we last sent, so an unchanged record is not sent again
        content_hash text, last_synced_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, connection_id) REFERENCES connection(tenant_id, id) ON DELETE CASCADE,
        UNIQUE (connection_id, record_type, record_id), UNIQUE (connection_id, record_type, external_id));
      CREATE INDEX external_ref_record_idx ON external_ref (tenant_id, record_type, record_id);

      CREATE TABLE transfer_run (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL, registers text[] NOT NULL, is_dry_run boolean NOT NULL,
        trigger text NOT NULL, status text NOT NULL CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','PARTIAL','FAILED')),
        counts jsonb NOT NULL DEFAULT '{}'::jsonb, error text, requested_by text,
        created_at timestamptz NOT NULL DEFAULT now(), started_at timestamptz, finished_at timestamptz,
        FOREIGN KEY (tenant_id, connection_id) REFERENCES connection(tenant_id, id) ON DELETE CASCADE,
        UNIQUE (tenant_id, id));
      CREATE INDEX transfer_run_connection_idx ON transfer_run (tenant_id, connection_id, created_at DESC);

      CREATE TABLE transfer_item (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        run_id uuid NOT NULL, register text NOT NULL, record_id uuid, direction text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('TRANSFERRED','UPDATED','SKIPPED','FAILED')),
        error_code text, message text, external_id text, external_number text, attempts integer NOT NULL DEFAULT 1,
        request jsonb, response jsonb, created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, run_id) REFERENCES transfer_run(tenant_id, id) ON DELETE CASCADE);
      CREATE INDEX transfer_item_run_idx ON transfer_item (tenant_id, run_id, created_at);

      -- the idempotency ledger: committed before a create call, resolved after (never a duplicate)
      CREATE TABLE transfer_intent (
        id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
        connection_id uuid NOT NULL, record_type text NOT NULL, record_id uuid NOT NULL, operation text NOT NULL,
        idempotency_key text NOT NULL UNIQUE, status text NOT NULL CHECK (status IN ('OPEN','DONE')),
        external_id text, created_at timestamptz NOT NULL DEFAULT now(), resolved_at timestamptz,
        FOREIGN KEY (tenant_id, connection_id) REFERENCES connection(tenant_id, id) ON DELETE CASCADE);
      CREATE UNIQUE INDEX transfer_intent_open_uq ON transfer_intent (connection_id, record_type, record_id, operation) WHERE status = 'OPEN';

      -- the OAuth callback carries no credentials, only the state we issued: a narrow unscoped read
      CREATE FUNCTION lb_take_oauth_state(p_state text) RETURNS TABLE (tenant_id uuid, connection_id uuid, connector_id text, name text, redirect_uri text)
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
        $$ DELETE FROM oauth_state s WHERE s.state = p_state AND s.expires_at > now()
           RETURNING s.tenant_id, s.connection_id, s.connector_id, s.name, s.redirect_uri $$;
    `);
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = lb_current_tenant()) WITH CHECK (tenant_id = lb_current_tenant())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION IF EXISTS lb_take_oauth_state');
    for (const table of [...TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
  }
}
