import { catalogOf, type ConnectorCatalog } from './connector-catalog.js';

/** The connectors this installation offers. */
export const connectorCatalog: ConnectorCatalog = catalogOf([]);
