import type { ConnectorId, ConnectorManifest } from './manifest.js';

/** The catalogue of known connectors, keyed by id. */
export interface ConnectorRegistry {
  /** Adds a manifest; throws on a duplicate id or a `secretFields` entry the schema lacks. */
  register(manifest: ConnectorManifest): void;
  get(id: ConnectorId): ConnectorManifest | undefined;
  /** In registration order. */
  list(): readonly ConnectorManifest[];
}

/**
 * Creates a registry. Registration mistakes are programming errors caught at start-up, so they
 * throw instead of returning a Result.
 */
export function createConnectorRegistry(manifests: readonly ConnectorManifest[] = []): ConnectorRegistry {
  const byId = new Map<ConnectorId, ConnectorManifest>();

  const registry: ConnectorRegistry = {
    register(manifest) {
      if (byId.has(manifest.id)) {
        throw new Error(`Connector "${manifest.id}" is already registered`);
      }
      const shape = manifest.credentialsSchema.shape;
      const unknownSecrets = manifest.secretFields.filter((field) => !Object.hasOwn(shape, field));
      if (unknownSecrets.length > 0) {
        throw new Error(
          `Connector "${manifest.id}" marks ${unknownSecrets.join(', ')} as secret, but its credentials schema has no such field`,
        );
      }
      byId.set(manifest.id, manifest);
    },
    get: (id) => byId.get(id),
    list: () => [...byId.values()],
  };

  for (const manifest of manifests) registry.register(manifest);
  return registry;
}

/**
 * The connectors this build ships. Empty until the first connector lands; each one adds its
 * manifest here.
 */
export const connectorRegistry: ConnectorRegistry = createConnectorRegistry([]);
