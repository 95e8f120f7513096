import { describe, expect, it } from 'vitest';
import { maskError } from './format-error.js';

describe('maskError', () => {
  it('should hide the message, stack and details of an internal error but keep the request id', () => {
    const masked = maskError(
      { message: 'relation "invoice" violates constraint fk_secret', path: ['invoices'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] } },
      'req-123',
    );
    expect(masked).toEqual({ message: 'Internal server error', path: ['invoices'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' } });
  });

  it('should treat an error without a code as internal', () => {
    expect(maskError({ message: 'boom' }, 'r').extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'r' });
  });

  it('should pass client errors through with the request id and without a stack', () => {
    const out = maskError({ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED', stacktrace: ['x'] } }, 'r');
    expect(out).toEqual({ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED', requestId: 'r' } });
  });
});
