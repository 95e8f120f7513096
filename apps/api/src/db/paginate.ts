import { GraphQLError } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page } from '../graphql/relay.js';

export type SortDirection = 'ASC' | 'DESC';

export interface SortSpec {
  /** A non-null SQL expression over the query's alias, e.g. `coalesce(c.number, '')`. */
  expression: string;
  direction: SortDirection;
}

function encodeCursor(value: unknown, id: string): string {
  const v = value === null || value === undefined ? null : String(value);
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string | null, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return [parsed[0] as string | null, parsed[1]];
  } catch {
    // fall through
  }
  throw new GraphQLError('after is not a cursor from this connection', { extensions: { code: 'BAD_USER_INPUT', field: ['after'] } });
}

/**
 * Keyset pagination over (sort expression, id): stable under concurrent inserts, unlike OFFSET.
 * The count is a separate query that runs only if the client asks for totalCount.
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  sort: SortSpec,
  args: { first: number; after?: string | null },
): Promise<Page<E>> {
  const countQb = qb.clone();
  const cmp = sort.direction === 'ASC' ? '>' : '<';
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    qb.andWhere(`(${sort.expression}, ${alias}.id) ${cmp} (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: id });
  }
  // as text: a JS Date would drop Postgres' microseconds and the cursor would repeat rows;
  // wrapping also keeps a bare column expression from replacing the entity's own column
  qb.addSelect(`(${sort.expression})::text`, 'lb_sort_key')
    .orderBy(sort.expression, sort.direction)
    .addOrderBy(`${alias}.id`, sort.direction)
    .limit(args.first + 1);
  const { entities, raw } = await qb.getRawAndEntities<{ lb_sort_key: unknown }>();
  const hasNextPage = entities.length > args.first;
  const nodes = entities.slice(0, args.first);
  return {
    nodes,
    cursors: nodes.map((n, i) => encodeCursor(raw[i]?.lb_sort_key, n.id)),
    hasNextPage,
    hasPreviousPage: Boolean(args.after),
    count: () => countQb.getCount(),
  };
}
