import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ConnectorManifest } from './manifest.js';
import { isConnectorId } from './manifest.js';
import { connectorRegistry, createConnectorRegistry } from './registry.js';

const billyManifest = {
  id: 'billy',
  displayName: 'Billy',
  docsUrl: 'https://www.billy.dk/api',
  authMode: 'api-token',
  credentialsSchema: z.object({ accessToken: z.string().min(1) }),
  secretFields: ['accessToken'],
  settingsSchema: z.object({ baseUrl: z.url().default('https://api.billysbilling.com/v2') }),
  capabilities: { customers: ['read', 'write'], invoices: ['write'] },
  rateLimit: { requests: 100, perMs: 60_000 },
} satisfies ConnectorManifest;

const economicManifest = {
  id: 'e-conomic',
  displayName: 'e-conomic',
  docsUrl: 'https://restdocs.e-conomic.com/',
  authMode: 'agreement-grant',
  credentialsSchema: z.object({ appSecretToken: z.string(), agreementGrantToken: z.string() }),
  secretFields: ['appSecretToken', 'agreementGrantToken'],
  settingsSchema: z.object({}),
  capabilities: { customers: ['read', 'write'] },
  rateLimit: { requests: 50_000, perMs: 86_400_000 },
} satisfies ConnectorManifest;

describe('createConnectorRegistry', () => {
  it('should start empty', () => {
    expect(createConnectorRegistry().list()).toEqual([]);
    expect(connectorRegistry.list()).toEqual([]);
  });

  it('should return registered manifests by id and in registration order', () => {
    const registry = createConnectorRegistry();
    registry.register(economicManifest);
    registry.register(billyManifest);

    expect(registry.get('billy')).toBe(billyManifest);
    expect(registry.get('fortnox')).toBeUndefined();
    expect(registry.list().map((manifest) => manifest.id)).toEqual(['e-conomic', 'billy']);
  });

  it('should accept manifests up front', () => {
    const registry = createConnectorRegistry([billyManifest]);
    expect(registry.get('billy')?.displayName).toBe('Billy');
  });

  it('should reject a second manifest with the same id', () => {
    const registry = createConnectorRegistry([billyManifest]);
    expect(() => registry.register({ ...billyManifest, displayName: 'Billy again' })).toThrow(/already registered/);
  });

  it('should reject secret fields that the credentials schema does not have', () => {
    const registry = createConnectorRegistry();
    const broken: ConnectorManifest = { ...billyManifest, secretFields: ['apiKey'] };
    expect(() => registry.register(broken)).toThrow(/apiKey/);
  });

  it('should not let callers mutate the registry through list()', () => {
    const registry = createConnectorRegistry([billyManifest]);
    (registry.list() as ConnectorManifest[]).pop();
    expect(registry.list()).toHaveLength(1);
  });
});

describe('isConnectorId', () => {
  it('should accept the seven known ids and nothing else', () => {
    expect(['e-conomic', 'fortnox', 'billy', 'dinero', 'visma-eaccounting', 'visma-net', 'autoinvoice'].every(isConnectorId)).toBe(true);
    expect(isConnectorId('quickbooks')).toBe(false);
  });
});
