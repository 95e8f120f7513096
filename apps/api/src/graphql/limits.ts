import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/**
 * One set of limits for HTTP and WebSocket alike. Depth 12 fits the deepest real query
 * (connection → edges → node → lines → product …); the rest bound work per request.
 */
export const queryLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  maxDirectives: 30,
  maxTokens: 4000,
} as const;

/**
 * Report as ordinary validation errors (GRAPHQL_VALIDATION_FAILED, all of them at once) rather
 * than throwing out of validate(), which Apollo would turn into an internal error.
 */
const quiet = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: queryLimits.maxDepth, ignoreIntrospection: true, ...quiet }) as unknown as ValidationRule,
  maxAliasesRule({ n: queryLimits.maxAliases, ...quiet }) as unknown as ValidationRule,
  costLimitRule({ maxCost: queryLimits.maxCost, ignoreIntrospection: true, ...quiet }) as unknown as ValidationRule,
  maxDirectivesRule({ n: queryLimits.maxDirectives, ...quiet }) as unknown as ValidationRule,
];
