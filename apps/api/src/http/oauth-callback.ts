import type { Request, Response } from 'express';
import { ShortTenantDb } from '../db/tenant-db.js';
import type { Logger } from '../logging/logger.js';
import { toGlobalId } from '../graphql/relay.js';
import { createServices, type ServiceDeps } from '../modules/services.js';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Where an OAuth system sends the admin back. It carries no credentials, only the one-time state
 * we issued, which names the tenant and connection. On success the admin lands in the admin app.
 */
export function oauthCallbackHandler(deps: { serviceDeps: ServiceDeps; logger: Logger }) {
  return async (req: Request, res: Response): Promise<void> => {
    const { code, state, error, error_description: description } = req.query as Record<string, string | undefined>;
    if (error || !code || !state) {
      res.status(400).type('html').send(page('Authorization was not completed', description ?? error ?? 'The authorization answer was missing its code or state.'));
      return;
    }
    const services = createServices(new ShortTenantDb(deps.serviceDeps.ds), deps.serviceDeps);
    const result = await services.connections.completeOauth(state, code);
    if (!result.ok) {
      deps.logger.warn({ reason: result.error }, 'OAuth callback refused');
      res.status(400).type('html').send(page('The connection could not be completed', result.error));
      return;
    }
    res.redirect(302, `/admin/connections?connected=${encodeURIComponent(toGlobalId('Connection', result.value.id))}`);
  };
}

function page(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="/admin/">Back to Ledgerbridge</a></p></body></html>`;
}
