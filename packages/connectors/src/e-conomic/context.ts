import type { Clock } from '../core/connector-context.js';
import type { ConnectorError } from '../core/connector-error.js';
import { ok, type Result } from '../core/result.js';
import type { EconomicClient } from './client.js';
import type { EconomicSettingsValues } from './config.js';
import { paymentTermsSchema, unitSchema, type EconomicPaymentTerms } from './schemas.js';

/** What every operation of one connection shares. */
export interface EconomicContext {
  readonly client: EconomicClient;
  readonly settings: EconomicSettingsValues;
  readonly clock: Clock;
  /** The agreement's payment terms, read once per connector instance. */
  paymentTerms(): Promise<Result<readonly EconomicPaymentTerms[], ConnectorError>>;
  /** The agreement's units, read once per connector instance. */
  units(): Promise<Result<readonly { unitNumber: number; name: string }[], ConnectorError>>;
}

/** Caches a successful read; a failure is not cached, so the next call tries again. */
function cached<T>(load: () => Promise<Result<T, ConnectorError>>): () => Promise<Result<T, ConnectorError>> {
  let value: T | undefined;
  return async () => {
    if (value !== undefined) return ok(value);
    const res = await load();
    if (res.ok) value = res.value;
    return res;
  };
}

export function createEconomicContext(client: EconomicClient, settings: EconomicSettingsValues, clock: Clock): EconomicContext {
  return {
    client,
    settings,
    clock,
    paymentTerms: cached(() => client.all('payment-terms', paymentTermsSchema)),
    units: cached(() => client.all('units', unitSchema)),
  };
}
