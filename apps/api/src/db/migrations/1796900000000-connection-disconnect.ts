import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A disconnected connection keeps its row (history, links, settings) but no credentials: the
 * sealed blob is deleted, not kept unreadable, so nothing of the vendor access survives.
 */
export class ConnectionDisconnect1796900000000 implements MigrationInterface {
  name = 'ConnectionDisconnect1796900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE connection ALTER COLUMN credentials DROP NOT NULL;
      ALTER TABLE connection DROP CONSTRAINT connection_status_check;
      ALTER TABLE connection ADD CONSTRAINT connection_status_check CHECK (status IN ('ACTIVE','NEEDS_RECONNECT','DISABLED','DISCONNECTED'));
      ALTER TABLE connection ADD CONSTRAINT connection_credentials_present CHECK (credentials IS NOT NULL OR status = 'DISCONNECTED');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM connection WHERE credentials IS NULL;
      ALTER TABLE connection DROP CONSTRAINT connection_credentials_present;
      ALTER TABLE connection DROP CONSTRAINT connection_status_check;
      ALTER TABLE connection ADD CONSTRAINT connection_status_check CHECK (status IN ('ACTIVE','NEEDS_RECONNECT','DISABLED'));
      ALTER TABLE connection ALTER COLUMN credentials SET NOT NULL;
    `);
  }
}
