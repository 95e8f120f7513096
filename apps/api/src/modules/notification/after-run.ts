import type { Logger } from '../../logging/logger.js';
import type { Services } from '../services.js';

/** The end-of-run e-mail: whatever goes wrong with it is logged and recorded, never the run's failure. */
export async function notifyAfterRun(services: Services, tenantId: string, runId: string, logger: Logger): Promise<void> {
  try {
    await services.notifications.notifyRunFailures(tenantId, runId);
  } catch (error) {
    logger.error({ err: error, runId }, 'failure notification could not be recorded');
  }
}
