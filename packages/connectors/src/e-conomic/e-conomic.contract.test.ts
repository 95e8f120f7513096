import { startEconomicSandbox } from '@ledgerbridge/sandboxes';
import { silentLogger, systemClock } from '../core/connector-context.js';
import { runConnectorContract } from '../core/testing/contract.js';
import { createEconomicConnector, economicCredentialsSchema, economicManifest } from './index.js';

// The shared contract over real HTTP against the e-conomic sandbox, at e-conomic's fair-use limit.
runConnectorContract('e-conomic', async () => {
  const sandbox = await startEconomicSandbox({});
  const connector = createEconomicConnector({
    credentials: economicCredentialsSchema.parse(sandbox.credentials),
    settings: {},
    fetch: globalThis.fetch,
    clock: systemClock,
    logger: silentLogger,
  });
  return {
    connector,
    manifest: economicManifest,
    teardown: () => sandbox.stop(),
    // A Danish agreement: DKK, 25 % domestic VAT, the unit "timer" and a Danish address (VAT zone 1).
    fixtures: { currency: 'DKK', vatRate: '25', unit: 'timer', productGroup: '1', address: { line1: 'Vestergade 4', postalCode: '8000', city: 'Aarhus C', countryCode: 'DK' } },
  };
});
