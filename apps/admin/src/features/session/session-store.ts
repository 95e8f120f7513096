// sessionStorage, not localStorage: the token should not outlive the browser tab.
const tokenKey = 'ledgerbridge.session.token';
const accountKey = 'ledgerbridge.session.account';

export interface TenantChoice {
  readonly id: string;
  readonly name: string;
}

/** Who signed in and which tenants the same credentials open, for the tenant switcher. */
export interface SessionAccount {
  readonly email: string;
  readonly tenantId: string | null;
  readonly tenants: readonly TenantChoice[];
}

export interface SessionStore {
  readToken(): string | null;
  saveToken(token: string): void;
  readAccount(): SessionAccount | null;
  saveAccount(account: SessionAccount): void;
  clear(): void;
}

function isAccount(value: unknown): value is SessionAccount {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['email'] === 'string' && Array.isArray(candidate['tenants']);
}

export function createSessionStore(storage: Storage): SessionStore {
  return {
    readToken: () => {
      const token = storage.getItem(tokenKey);
      return token === null || token === '' ? null : token;
    },
    saveToken: (token) => storage.setItem(tokenKey, token),
    readAccount: () => {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(accountKey) ?? 'null');
        return isAccount(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    saveAccount: (account) => storage.setItem(accountKey, JSON.stringify(account)),
    clear: () => storage.removeItem(tokenKey),
  };
}
