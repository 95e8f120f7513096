import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Re-authorizing an existing OAuth connection (ADR 0021): the state row says what the callback
 * completes, and carries the client credentials the flow was started with, sealed like the
 * connection's own. They wait there instead of on the connection, so an abandoned or refused
 * authorization leaves the connection exactly as it was.
 */
export class OauthReauthorize1797100000000 implements MigrationInterface {
  name = 'OauthReauthorize1797100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE oauth_state
        ADD COLUMN purpose text NOT NULL DEFAULT 'CONNECT' CHECK (purpose IN ('CONNECT','REAUTHORIZE')),
        -- AES-256-GCM, associated data = tenant id + connection id (see vault.ts); NULL for CONNECT
        ADD COLUMN client_credentials bytea;

      DROP FUNCTION lb_take_oauth_state(text);
      -- the OAuth callback carries no credentials, only the state we issued: a narrow unscoped read
      CREATE FUNCTION lb_take_oauth_state(p_state text)
        RETURNS TABLE (tenant_id uuid, connection_id uuid, connector_id text, name text, redirect_uri text, purpose text, client_credentials bytea)
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
        $$ DELETE FROM oauth_state s WHERE s.state = p_state AND s.expires_at > now()
           RETURNING s.tenant_id, s.connection_id, s.connector_id, s.name, s.redirect_uri, s.purpose, s.client_credentials $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION lb_take_oauth_state(text);
      CREATE FUNCTION lb_take_oauth_state(p_state text) RETURNS TABLE (tenant_id uuid, connection_id uuid, connector_id text, name text, redirect_uri text)
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
        $$ DELETE FROM oauth_state s WHERE s.state = p_state AND s.expires_at > now()
           RETURNING s.tenant_id, s.connection_id, s.connector_id, s.name, s.redirect_uri $$;
      DELETE FROM oauth_state WHERE purpose = 'REAUTHORIZE';
      ALTER TABLE oauth_state DROP COLUMN client_credentials, DROP COLUMN purpose;
    `);
  }
}
