import { graphql } from '../../graphql/generated';

/** The whole table: the query loads it and a save answers with it, so the editor reloads from either. */
export const FieldMappingTableFields = graphql(`
  fragment FieldMappingTableFields on FieldMapping {
    connectionId
    register
    targetFields
    sourceFields
    rows {
      target
      sourceKind
      source
      transform
      transformLength
      vatRateField
      default
      isRequired
      mode
      direction
      origin
    }
  }
`);

export const FieldMappingQuery = graphql(`
  query FieldMappingTable($connectionId: ID!, $register: FieldMappingRegister!) {
    fieldMapping(connectionId: $connectionId, register: $register) {
      ...FieldMappingTableFields
    }
  }
`);

export const UpdateFieldMappingMutation = graphql(`
  mutation UpdateFieldMapping($input: UpdateFieldMappingInput!) {
    updateFieldMapping(input: $input) {
      fieldMapping {
        ...FieldMappingTableFields
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const FieldMappingPreviewQuery = graphql(`
  query FieldMappingPreview($connectionId: ID!, $register: FieldMappingRegister!, $recordId: ID!, $rows: [FieldMappingRowInput!], $resetTargets: [String!]) {
    fieldMappingPreview(connectionId: $connectionId, register: $register, recordId: $recordId, rows: $rows, resetTargets: $resetTargets) {
      operation
      payload
      errors {
        ...InputErrorFields
      }
      rowErrors {
        code
        message
        field
      }
    }
  }
`);

export const PreviewRecordsQuery = graphql(`
  query PreviewRecords($customers: Boolean!, $products: Boolean!, $projects: Boolean!) {
    customers(first: 100) @include(if: $customers) {
      nodes {
        id
        number
        name
      }
    }
    products(first: 100) @include(if: $products) {
      nodes {
        id
        number
        name
      }
    }
    projects(first: 100) @include(if: $projects) {
      nodes {
        id
        number
        name
      }
    }
  }
`);
