import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Tenant credentials at rest: AES-256-GCM under the master key, with the tenant and connection
 * ids as associated data, so a ciphertext copied to another tenant's or connection's row fails
 * to decrypt instead of handing over someone else's ERP access.
 */
export class CredentialVault {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the master key must be 32 bytes');
  }

  seal(binding: { tenantId: string; connectionId: string }, secret: Readonly<Record<string, unknown>>): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(aad(binding));
    const body = Buffer.concat([cipher.update(JSON.stringify(secret), 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  open(binding: { tenantId: string; connectionId: string }, sealed: Buffer): Record<string, unknown> {
    if (sealed[0] !== VERSION) throw new Error('unknown credential format');
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as Record<string, unknown>;
  }
}

function aad(b: { tenantId: string; connectionId: string }): Buffer {
  return Buffer.from(`ledgerbridge:credentials:${b.tenantId}:${b.connectionId}`);
}
