import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * Scalars only check the wire type. The format is checked by the domain's zod schemas, so a bad
 * value comes back as a field error on the mutation payload (with its path), not as a top-level
 * error without one.
 */
function stringScalar(name: string, description: string, refuse: string): GraphQLScalarType<string, string> {
  const parse = (v: unknown): string => {
    if (typeof v !== 'string') throw new GraphQLError(refuse);
    return v;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

/** Money and quantities travel as strings ("1234.50"): a JSON number would be a float at the other end. */
export const DecimalScalar = stringScalar(
  'Decimal',
  'An exact decimal number as a string, e.g. "1234.50". Never a float.',
  'Decimal values are strings like "1234.50", never numbers (a JSON number is a float)',
);

export const CalendarDateScalar = stringScalar('CalendarDate', 'A calendar date without time zone, YYYY-MM-DD.', 'CalendarDate must be a string YYYY-MM-DD');
