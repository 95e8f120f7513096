import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Honour a caller's id when it looks sane (for tracing across systems), else make one. */
export function requestIdOf(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._-]{8,100}$/.test(header) ? header : randomUUID();
}

export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const id = requestIdOf(req.headers['x-request-id']);
  res.locals['requestId'] = id;
  res.setHeader('x-request-id', id);
  next();
}
