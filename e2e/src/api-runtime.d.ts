// The API builds without declarations; these are the few entry points the browser tests start.
declare module '@ledgerbridge/api/dist/runtime/app.js' {
  export interface RunningApp {
    readonly url: string;
    stop(): Promise<void>;
  }
  export function startApp(env: unknown, logger: unknown): Promise<RunningApp>;
}

declare module '@ledgerbridge/api/dist/config/env.js' {
  export function parseEnv(raw: Record<string, string | undefined>): { ok: true; env: unknown } | { ok: false; problems: string[] };
}

declare module '@ledgerbridge/api/dist/logging/logger.js' {
  export function createLogger(level: string): unknown;
}

declare module '@ledgerbridge/api/dist/db/embedded-postgres.js' {
  export function startEmbeddedPostgres(opts: { dataDir: string; password: string; logger: unknown; persistent: boolean; database?: string }): Promise<{
    readonly ownerUrl: string;
    stop(): Promise<void>;
  }>;
}
