import type { Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { ShortTenantDb } from '../db/tenant-db.js';
import { isTenantPrincipal } from '../graphql/principal.js';
import { idOfType } from '../graphql/relay.js';
import type { AuthService } from '../modules/auth/auth.service.js';
import { AttachmentService } from '../modules/attachment/attachment.service.js';

/**
 * GET /files/:id — a supplier-invoice file for the caller's tenant, with the same Bearer
 * credentials as /graphql. Another tenant's file answers 404 like a missing one, so ids reveal nothing.
 */
export function fileDownloadHandler(deps: { ds: DataSource; auth: AuthService }): RequestHandler {
  return async (req: Request, res: Response) => {
    const principal = await deps.auth.authenticate(req.headers.authorization);
    if (!isTenantPrincipal(principal)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'UNAUTHENTICATED' });
      return;
    }
    const rowId = idOfType(String(req.params['id'] ?? ''), 'Attachment');
    // a malformed id is a missing file, not a database error
    const isUuid = rowId !== null && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(rowId);
    const file = isUuid ? await new AttachmentService(new ShortTenantDb(deps.ds)).content(principal.tenantId, rowId) : null;
    if (!file) {
      res.status(404).json({ error: 'NOT_FOUND' });
      return;
    }
    res.status(200).set({
      'Content-Type': file.contentType,
      'Content-Length': String(file.content.byteLength),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    }).end(file.content);
  };
}
