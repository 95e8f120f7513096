import { connectorError, type ConnectorError } from './connector-error.js';
import type { ConnectorId } from './manifest.js';

/**
 * Whether an unlinked write would bring back a customer the vendor holds as inactive (SE-FX-18):
 * only when the caller asked (the record is not linked yet) and ours is active. A linked customer
 * follows the master rules instead.
 */
export function refusesInactiveMatch(options: { readonly refuseInactiveMatch?: boolean } | undefined, oursActive: boolean, theirsActive: boolean): boolean {
  return options?.refuseInactiveMatch === true && oursActive && !theirsActive;
}

/** The item error for {@link refusesInactiveMatch}: names the number, the system and the fix. */
export function inactiveInOtherSystem(connectorId: ConnectorId, systemName: string, number: string): ConnectorError {
  return connectorError({
    connectorId,
    code: 'INACTIVE_IN_OTHER_SYSTEM',
    message: `Customer ${number} exists in ${systemName} but is inactive there, while it is active here; it was not created or reactivated in ${systemName} (SE-FX-18). Activate customer ${number} in ${systemName}, or inactivate it here, then retry.`,
  });
}
