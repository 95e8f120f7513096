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
      autoInvoice {
        toTransfer
        afterTransfer
        onError
      }
      versions {
        id
        number
        savedBy
        savedAt
        changes
        restoredFrom
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

export const RestorePipelineVersionMutation = graphql(`
  mutation RestoreInvoiceStatusPipelineVersion($input: RestoreInvoiceStatusPipelineVersionInput!) {
    restoreInvoiceStatusPipelineVersion(input: $input) {
      pipeline {
        revision
        updatedBy
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
