import { graphql } from '../../graphql/generated';

export const DryRunSamplesQuery = graphql(`
  query PipelineDryRunSamples {
    invoices(first: 20, sort: { field: CREATED_AT, direction: DESC }) {
      nodes {
        id
        kind
        number
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
