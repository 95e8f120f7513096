// sessionStorage, not localStorage: the token should not outlive the browser tab.
const tokenKey = 'ledgerbridge.session.token';

export interface SessionStore {
  readToken(): string | null;
  saveToken(token: string): void;
  clear(): void;
}

export function createSessionStore(storage: Storage): SessionStore {
  return {
    readToken: () => {
      const token = storage.getItem(tokenKey);
      return token === null || token === '' ? null : token;
    },
    saveToken: (token) => storage.setItem(tokenKey, token),
    clear: () => storage.removeItem(tokenKey),
  };
}
