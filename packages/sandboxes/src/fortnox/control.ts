import { Router } from '../core/router.js';
import type { FortnoxStore } from './store.js';

/**
 * Fortnox-only control routes for tests and demos: `POST /__sandbox/oauth/revoke` does what
 * removing the integration in Fortnox does (optional JSON `{ "clientId": "…" }` limits it to one
 * client), so a browser test can drive a connection into needing a new authorization.
 */
export function fortnoxControlRoutes(store: FortnoxStore): Router {
  return new Router().on('POST', '/__sandbox/oauth/revoke', (req) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const clientId = typeof body['clientId'] === 'string' ? body['clientId'] : undefined;
    return { status: 200, body: { revoked: store.revokeTokens(clientId) } };
  });
}
