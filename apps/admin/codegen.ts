import type { CodegenConfig } from '@graphql-codegen/cli';

// schema.graphql is printed from the API's built schema (`npm run schema -w @ledgerbridge/api`);
// operations live in src/features/**/*.graphql.ts and get their types from here, never by hand.
export const codegenConfig: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: {
          // Money and quantities stay decimal strings end to end (ADR 0003).
          Decimal: 'string',
          DateTimeISO: 'string',
          CalendarDate: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

// graphql-codegen's CLI loads the config through its default export.
export default codegenConfig;
