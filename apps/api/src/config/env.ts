import { z } from 'zod';

/**
 * The only place that reads process.env. Parsed once at boot; every problem is listed at once
 * so an operator fixes the configuration in one go.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('127.0.0.1'),
    ROLE: z.enum(['all', 'api', 'worker']).default('all'),
    DATABASE_URL: z.string().url().optional(),
    /** Password for the non-owner role the app connects as; generated and stored in DATA_DIR when unset. */
    APP_DATABASE_PASSWORD: z.string().min(12).optional(),
    DATA_DIR: z.string().optional(),
    OPERATOR_TOKEN: z.string().min(24).optional(),
    /** 32 bytes, base64: key for secrets at rest. Generated into DATA_DIR when unset. */
    MASTER_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes encoded as base64')
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED_DEMO: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    BODY_LIMIT: z.string().default('1mb'),
    /** How long a worker holds a job without renewing it; a dead worker's run is resumed after this. */
    JOB_LOCK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** How often the worker looks for due transfer schedules. */
    SCHEDULE_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** How long one request to an ERP may take before it counts as a retryable timeout. */
    CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
    PUBLIC_URL: z.string().url().optional(),
    /** smtp://user:password@host:port (smtps:// for TLS from the start); unset = e-mails are recorded as NOT_CONFIGURED. */
    SMTP_URL: z
      .string()
      .url()
      .refine((v) => ['smtp:', 'smtps:'].includes(new URL(v).protocol), 'must be an smtp:// or smtps:// URL')
      .optional(),
    /** The sender address of every e-mail; the display name is the tenant's company name (PV-28). */
    MAIL_FROM: z.email().default('noreply@ledgerbridge.localhost'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production (embedded Postgres is for development)' });
    }
    if (env.NODE_ENV === 'production' && env.SMTP_URL && env.MAIL_FROM.endsWith('.localhost')) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'must be set to an address of a domain you send from when SMTP_URL is set in production' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): { ok: true; env: Env } | { ok: false; problems: string[] } {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`) };
}

// eslint-disable-next-line n/no-process-env -- this module is the single env reader
export const readProcessEnv = (): Record<string, string | undefined> => ({ ...process.env });
