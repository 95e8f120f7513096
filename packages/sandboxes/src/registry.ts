import type { SandboxStarter } from './core/sandbox.js';
import { startEconomicSandbox } from './e-conomic/index.js';
import { startFortnoxSandbox } from './fortnox/index.js';
import { startSmtpSandbox } from './smtp/index.js';

/** Every runnable vendor sandbox by connector id (the ids used everywhere). */
export const sandboxStarters: Readonly<Record<string, SandboxStarter>> = {
  'e-conomic': startEconomicSandbox as SandboxStarter,
  fortnox: startFortnoxSandbox as SandboxStarter,
  // not a vendor: the mail sink invoice and failure e-mails go to in demos and tests
  smtp: startSmtpSandbox as SandboxStarter,
};
