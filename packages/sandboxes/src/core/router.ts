import type { IncomingHttpHeaders } from 'node:http';

/** A request as a sandbox handler sees it: parsed path params, query and JSON body. */
export interface SandboxRequest {
  readonly method: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON (or form fields for urlencoded bodies); undefined when there is none. */
  readonly body: unknown;
  readonly rawBody: string;
  /** The body as received, for binary uploads (multipart files). */
  readonly rawBytes?: Uint8Array;
}

export interface SandboxResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** HTML or text instead of JSON. */
  readonly text?: string;
  /** A file's bytes; the handler sets its content-type header. */
  readonly bytes?: Uint8Array;
  /** The handler changed state: a fault may drop the connection after this commit. */
  readonly committed?: boolean;
}

export type Handler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly handler: Handler;
}

/** A tiny method + path router; vendors' paths are few and fixed, so no framework is needed. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const source = path.replace(/:([a-zA-Z]+)/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.push({ method: method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), names, handler });
    return this;
  }

  /** The matching handler and params; `methodNotAllowed` when only the method is wrong. */
  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 'not-found' | 'method-not-allowed' {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method.toUpperCase()) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
      return { handler: route.handler, params };
    }
    return pathMatched ? 'method-not-allowed' : 'not-found';
  }
}
