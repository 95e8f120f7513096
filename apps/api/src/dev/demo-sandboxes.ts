import { startEconomicSandbox, startFortnoxSandbox, type StartedSandbox } from '@ledgerbridge/sandboxes';

export interface DemoSandboxes {
  economic: StartedSandbox;
  fortnox: StartedSandbox;
  stop(): Promise<void>;
}

/** The vendor sandboxes `npm start` runs beside the API, so a transfer works in the first minute. */
export async function startDemoSandboxes(): Promise<DemoSandboxes> {
  const economic = await startEconomicSandbox({ seedData: true });
  const fortnox = await startFortnoxSandbox({ seedData: true });
  return {
    economic,
    fortnox,
    async stop() {
      await Promise.all([economic.stop(), fortnox.stop()]);
    },
  };
}
