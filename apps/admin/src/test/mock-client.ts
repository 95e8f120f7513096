import { vi } from 'vitest';
import { fromValue, never } from 'wonka';
import type { Client, GraphQLRequest, OperationResult } from 'urql';

type MockResult = Pick<OperationResult, 'data'> & Partial<Pick<OperationResult, 'error'>>;
type Responder = (request: GraphQLRequest) => MockResult;

export interface MockClientHandlers {
  readonly query?: Responder;
  readonly mutation?: Responder;
}

/**
 * A urql client stand-in that answers each operation once, synchronously. Unanswered
 * operation kinds stay pending (`never`) so a test notices when they are not expected.
 */
export function createMockClient(handlers: MockClientHandlers) {
  const respond = (responder: Responder | undefined) =>
    vi.fn((request: GraphQLRequest) => (responder === undefined ? never : fromValue(responder(request))));
  const mock = {
    executeQuery: respond(handlers.query),
    executeMutation: respond(handlers.mutation),
    executeSubscription: vi.fn(() => never),
  };
  return { client: mock as unknown as Client, ...mock };
}
