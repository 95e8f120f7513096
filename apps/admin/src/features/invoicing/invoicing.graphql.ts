import { graphql } from '../../graphql/generated';

export const InvoicingSettingsFields = graphql(`
  fragment InvoicingSettingsFields on InvoicingSettings {
    creationMode
    invoicingTime
    delivery
    isSaved
    updatedBy
  }
`);

export const InvoicingSettingsQuery = graphql(`
  query InvoicingSettingsScreen {
    invoicingSettings {
      ...InvoicingSettingsFields
    }
  }
`);

export const SaveInvoicingSettingsMutation = graphql(`
  mutation SaveInvoicingSettings($input: SaveInvoicingSettingsInput!) {
    saveInvoicingSettings(input: $input) {
      settings {
        ...InvoicingSettingsFields
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);
