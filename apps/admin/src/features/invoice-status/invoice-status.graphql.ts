import { graphql } from '../../graphql/generated';

export const PipelineQuery = graphql(`
  query InvoiceStatusPipelineEditor {
    invoiceStatusPipeline {
      revision
      updatedBy
      statuses {
        key
        name
        position
        flags {
          isDefault
          isEditable
          requiresInvoiceNumber
          isSent
          isPartiallyPaid
          isPaid
          isFailed
          isCreditNoteDefault
          isTransferTrigger
          isAfterTransfer
        }
      }
      transitions {
        from
        to
      }
      versions {
        number
        savedBy
        savedAt
        changes
      }
    }
  }
`);

export const SavePipelineMutation = graphql(`
  mutation SaveInvoiceStatusPipeline($input: SaveInvoiceStatusPipelineInput!) {
    saveInvoiceStatusPipeline(input: $input) {
      pipeline {
        revision
        updatedBy
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);
