import { Router } from '../core/router.js';
import type { FortnoxStore } from './store.js';

/**
 * Fortnox-only control routes for tests and demos: `POST /__sandbox/oauth/revoke` does what
 * removing the integration in Fortnox does (optional JSON `{ "clientId": "…" }` limits it to one
 * client), so a browser test can drive a connection into needing a new authorization.
 * `POST /__sandbox/invoice-files/faults` fails inbox uploads on demand.
 */
export function fortnoxControlRoutes(store: FortnoxStore): Router {
  return new Router().on('POST', '/__sandbox/oauth/revoke', (req) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const clientId = typeof body['clientId'] === 'string' ? body['clientId'] : undefined;
    return { status: 200, body: { revoked: store.revokeTokens(clientId) } };
  }).on('POST', '/__sandbox/invoice-files/faults', (req) => {
    // `{ "failUploads": true }` makes every inbox upload a 500 until set back to false (SE-FX-46 retry tests)
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body['failUploads'] !== 'boolean') return { status: 400, body: { message: 'failUploads must be true or false' } };
    store.failInboxUploads = body['failUploads'];
    return { status: 200, body: { failUploads: store.failInboxUploads, inboxUploads: store.inboxUploads } };
  });
}
