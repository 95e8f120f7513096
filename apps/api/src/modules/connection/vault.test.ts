import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialVault } from './vault.js';

const vault = new CredentialVault(randomBytes(32));
const a = { tenantId: 't-a', connectionId: 'c-1' };

describe('CredentialVault', () => {
  it('should round-trip credentials without keeping them readable', () => {
    const sealed = vault.seal(a, { accessToken: 'secret-token-value' });
    expect(sealed.toString('utf8')).not.toContain('secret-token-value');
    expect(vault.open(a, sealed)).toEqual({ accessToken: 'secret-token-value' });
  });

  it('should refuse a ciphertext moved to another tenant or connection', () => {
    const sealed = vault.seal(a, { token: 'x' });
    expect(() => vault.open({ tenantId: 't-b', connectionId: 'c-1' }, sealed)).toThrow();
    expect(() => vault.open({ tenantId: 't-a', connectionId: 'c-2' }, sealed)).toThrow();
  });

  it('should refuse a tampered ciphertext and a wrong key', () => {
    const sealed = vault.seal(a, { token: 'x' });
    const tampered = Buffer.from(sealed);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 1, tampered.length - 1);
    expect(() => vault.open(a, tampered)).toThrow();
    expect(() => new CredentialVault(randomBytes(32)).open(a, sealed)).toThrow();
  });
});
