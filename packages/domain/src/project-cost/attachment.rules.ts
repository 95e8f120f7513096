import { err, ok, type Result } from '../result.js';

/** Largest supplier-invoice file we keep: scans are a few MB; more is usually a mistake and costs database space per copy. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** A file over the cap fails on its own, with a message naming the file and both sizes; the cost still transfers. */
export function checkAttachmentSize(fileName: string, size: number): Result<number, { code: 'TOO_LARGE'; message: string }> {
  if (size <= ATTACHMENT_MAX_BYTES) return ok(size);
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return err({ code: 'TOO_LARGE', message: `${fileName} is ${mb(size)}; supplier-invoice files above ${mb(ATTACHMENT_MAX_BYTES)} are not kept` });
}
