// A minimal e-conomic client for the sandbox's own tests: real HTTP, the two token headers.
import type { StartedSandbox } from '../../core/sandbox.js';
import type { EconomicStore } from '../store.js';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  // Tests read arbitrary vendor JSON; a loose record keeps assertions short.
  readonly body: Record<string, unknown> & { readonly [key: string]: unknown };
}

export interface TestClient {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  get(path: string): Promise<Reply>;
  post(path: string, body: unknown): Promise<Reply>;
  put(path: string, body: unknown): Promise<Reply>;
  del(path: string): Promise<Reply>;
}

export function testClient(sandbox: StartedSandbox<EconomicStore>, tokens?: Record<string, string>): TestClient {
  const auth = tokens ?? {
    'X-AppSecretToken': sandbox.store.credentials.appSecretToken,
    'X-AgreementGrantToken': sandbox.store.credentials.agreementGrantToken,
  };
  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const response = await fetch(`${sandbox.baseUrl}${path}`, {
      method,
      headers: { ...auth, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? {} : (JSON.parse(text) as Reply['body']) };
  };
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    del: (path) => request('DELETE', path),
  };
}

/** A valid draft invoice body for customer 101 (domestic, 25 % VAT). */
export function draftBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    date: '2024-05-01',
    currency: 'DKK',
    customer: { customerNumber: 101 },
    recipient: { name: 'Tømrerfirmaet Hansen ApS', address: 'Skovvej 12', zip: '8200', city: 'Aarhus N', vatZone: { vatZoneNumber: 1 } },
    paymentTerms: { paymentTermsNumber: 2 },
    layout: { layoutNumber: 19 },
    references: { other: 'LB-INV-1' },
    lines: [
      { lineNumber: 1, product: { productNumber: 'HOUR' }, description: 'Montør', quantity: 8, unitNetPrice: 650 },
      { lineNumber: 2, product: { productNumber: 'KM' }, quantity: 42.5, unitNetPrice: 3.7, discountPercentage: 10 },
    ],
    ...overrides,
  };
}
