import { graphql } from '../../graphql/generated';

export const InvoicingSettingsQuery = graphql(`
  query InvoicingSettingsScreen {
    invoicingSettings {
      creationMode
      invoicingTime
      delivery
      isSaved
      updatedBy
    }
  }
`);

export const SaveInvoicingSettingsMutation = graphql(`
  mutation SaveInvoicingSettings($input: SaveInvoicingSettingsInput!) {
    saveInvoicingSettings(input: $input) {
      settings {
        creationMode
        invoicingTime
        delivery
        isSaved
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
