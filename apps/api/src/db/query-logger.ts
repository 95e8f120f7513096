import type { Logger as TypeormLogger, QueryRunner } from 'typeorm';
import type { Logger } from '../logging/logger.js';

/** Per-connection observers (set on QueryRunner.data) see every statement: used to count SQL per request. */
export interface QueryObserverData {
  onQuery?: (sql: string) => void;
}

export class QueryLogger implements TypeormLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    (queryRunner?.data as QueryObserverData | undefined)?.onQuery?.(query);
    // parameters are never logged: they may carry secrets
    this.logger.trace({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: error, sql: query }, 'sql failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, sql: query }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.logger[level === 'log' ? 'info' : level]({ message }, 'typeorm');
  }
}
