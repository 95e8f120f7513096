import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger.js';

export const PURGE_EXPIRED_SESSIONS = 'purge-expired-sessions';

export async function purgeExpiredSessions(ds: DataSource, logger: Logger): Promise<number> {
  const rows: { lb_purge_expired_sessions: number }[] = await ds.query('SELECT lb_purge_expired_sessions()');
  const removed = rows[0]?.lb_purge_expired_sessions ?? 0;
  if (removed > 0) logger.info({ removed }, 'expired sessions purged');
  return removed;
}
