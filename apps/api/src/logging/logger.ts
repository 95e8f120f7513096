import { pino, type Logger } from 'pino';

export type { Logger };

/** Secrets must never reach a log line, whatever object a caller hands us. */
const redactPaths = [
  'password', '*.password', 'token', '*.token', 'apiKey', '*.apiKey', 'secret', '*.secret',
  'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
  'credentials', '*.credentials', 'operatorToken', 'masterKey', 'SMTP_URL', '*.SMTP_URL', 'smtpUrl', '*.smtpUrl',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: { service: 'ledgerbridge' }, redact: { paths: redactPaths, censor: '[redacted]' }, timestamp: pino.stdTimeFunctions.isoTime },
    destination ?? process.stdout,
  );
}
