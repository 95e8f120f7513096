import { graphql } from '../../graphql/generated';

export const DryRunSamplesQuery = graphql(`
  query PipelineDryRunSamples($search: String) {
    invoices(first: 20, sort: { field: CREATED_AT, direction: DESC }, filter: { search: $search }) {
      nodes {
        id
        kind
        number
        sourceNumber
        status {
          key
        }
        customer {
          name
        }
      }
    }
  }
`);

export const PipelineDryRunQuery = graphql(`
  query PipelineDryRun($input: PipelineDryRunInput!) {
    pipelineDryRun(input: $input) {
      errors {
        ...InputErrorFields
      }
      issues {
        ...InputErrorFields
      }
      sample {
        invoiceId
        number
        kind
        statusKey
      }
      steps {
        stage
        from
        to
        landsIn
        hasInvoiceNumber
        blockedBy {
          code
          message
        }
      }
    }
  }
`);
