import {
  buildFortnoxAuthorizeUrl, createEconomicConnector, createFortnoxConnector, economicCredentialsSchema, economicManifest, exchangeFortnoxCode,
  fortnoxCredentialsSchema, fortnoxManifest, type ConnectorManifest,
} from '@ledgerbridge/connectors';
import { catalogOf, type CatalogEntry, type ConnectorCatalog } from './connector-catalog.js';

const fortnoxClientSchema = fortnoxCredentialsSchema.pick({ clientId: true, clientSecret: true, baseUrl: true, tokenUrl: true, authorizeUrl: true });

const fortnox: CatalogEntry = {
  manifest: fortnoxManifest as unknown as ConnectorManifest,
  preflight: {
    unitsMustExist: true,
    numbers: { products: { pattern: /^.{1,50}$/, description: 'at most 50 characters' } },
  },
  create: ({ credentials, settings, context, persistCredentials }) =>
    createFortnoxConnector({
      ...context,
      credentials: fortnoxCredentialsSchema.parse(credentials),
      settings: (settings ?? {}) as never,
      // the rotated pair replaces the old one, which Fortnox has already invalidated
      onTokens: (tokens) => persistCredentials({ ...credentials, ...tokens }),
    }),
  oauth: {
    clientSchema: fortnoxClientSchema,
    authorizeUrl: (credentials, redirectUri, state) => {
      const c = fortnoxClientSchema.parse(credentials);
      return buildFortnoxAuthorizeUrl({ clientId: c.clientId, redirectUri, state, authorizeUrl: c.authorizeUrl });
    },
    exchangeCode: async (credentials, code, redirectUri, context) => {
      const c = fortnoxClientSchema.parse(credentials);
      const tokens = await exchangeFortnoxCode({ clientId: c.clientId, clientSecret: c.clientSecret, code, redirectUri, fetch: context.fetch, clock: context.clock, tokenUrl: c.tokenUrl });
      return tokens.ok ? { ok: true, value: { ...c, ...tokens.value } } : tokens;
    },
  },
};

const economic: CatalogEntry = {
  manifest: economicManifest as unknown as ConnectorManifest,
  preflight: {
    referenceSettings: [
      { setting: 'paymentTermsNumber', kind: 'paymentTerms', label: 'Payment terms' },
      { setting: 'productGroupNumber', kind: 'productGroups', label: 'Product group' },
    ],
    numbers: {
      // e-conomic customer numbers are integers 1–999 999 999 (vendor-apis §1.6, PV-25)
      customers: { pattern: /^[1-9]\d{0,8}$/, description: 'a whole number from 1 to 999999999' },
      products: { pattern: /^.{1,25}$/, description: 'at most 25 characters' },
      projects: { pattern: /^[1-9]\d{0,8}$/, description: 'a whole number' },
    },
  },
  create: ({ credentials, settings, context }) =>
    createEconomicConnector({ ...context, credentials: economicCredentialsSchema.parse(credentials), settings: (settings ?? {}) as never }),
};

/** The connectors this installation offers. */
export const connectorCatalog: ConnectorCatalog = catalogOf([economic, fortnox]);
