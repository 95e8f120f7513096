import { startFortnoxSandbox } from '@ledgerbridge/sandboxes';
import { silentLogger, systemClock } from '../core/connector-context.js';
import { runConnectorContract } from '../core/testing/contract.js';
import { createFortnoxConnector, fortnoxCredentialsSchema, fortnoxManifest } from './index.js';

// The shared contract over real HTTP against the Fortnox sandbox, at Fortnox's own rate limit.
runConnectorContract('fortnox', async () => {
  const sandbox = await startFortnoxSandbox();
  const connector = createFortnoxConnector({
    credentials: fortnoxCredentialsSchema.parse(sandbox.credentials),
    settings: {},
    fetch: globalThis.fetch,
    clock: systemClock,
    logger: silentLogger,
    onTokens: () => Promise.resolve(),
  });
  return {
    connector,
    manifest: fortnoxManifest,
    teardown: () => sandbox.stop(),
    // Swedish defaults: the sandbox company keeps SEK, 25 % VAT and the unit "st" (styck).
    fixtures: { currency: 'SEK', vatRate: '25', unit: 'st', address: { line1: 'Sveavägen 1', postalCode: '111 57', city: 'Stockholm', countryCode: 'SE' } },
  };
});
