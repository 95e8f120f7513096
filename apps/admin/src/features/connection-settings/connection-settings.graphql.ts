import { graphql } from '../../graphql/generated';

export const settingsContext = { additionalTypenames: ['Connection'] };

export const RuleWarningFields = graphql(`
  fragment RuleWarningFields on RuleWarning {
    code
    message
    field
  }
`);

export const ConnectionSettingsQuery = graphql(`
  query ConnectionSettings {
    connectors {
      id
      displayName
      authMode
      credentialsSchema
    }
    connections {
      ...ConnectionSummaryFields
      rules
      ruleWarnings {
        ...RuleWarningFields
      }
    }
  }
`);

export const ReferenceDataQuery = graphql(`
  query SettingsReferenceData($id: ID!, $kind: ReferenceDataKind!) {
    node(id: $id) {
      ... on Connection {
        id
        referenceData(kind: $kind) {
          items {
            externalId
            code
            name
            isBlocked
            entryTypes
          }
          problem {
            code
            message
          }
        }
      }
    }
  }
`);

export const SaveRulesGroupMutation = graphql(`
  mutation SaveRulesGroup($input: UpdateTransferRulesInput!) {
    updateTransferRules(input: $input) {
      connection {
        id
        rules
        ruleWarnings {
          ...RuleWarningFields
        }
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const CreditorSettingsQuery = graphql(`
  query CreditorSettingsScreen($id: ID!) {
    node(id: $id) {
      ... on Connection {
        id
        creditorSettings {
          isEnabled
          companyCountry
          supplierControlAccount
          journalNumber
          fallbackAccount
          postingMatrix {
            productGroup
            vatZone
            accountNumber
          }
          undecidedCells {
            productGroup
            vatZone
          }
        }
        oneStopShopVat {
          isEnabled
          companyCountry
          vatZoneNumber
        }
      }
    }
  }
`);

export const UpdateCreditorSettingsMutation = graphql(`
  mutation UpdateCreditorSettings($input: UpdateCreditorSettingsInput!) {
    updateCreditorSettings(input: $input) {
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const UpdateOneStopShopVatMutation = graphql(`
  mutation UpdateOneStopShopVat($input: UpdateOneStopShopVatInput!) {
    updateOneStopShopVat(input: $input) {
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const NotificationSettingsQuery = graphql(`
  query NotificationSettingsScreen($connectionId: ID!) {
    failureNotificationSettings(connectionId: $connectionId) {
      connectionId
      isEnabled
      includeAdmins
      extraRecipients
      isSaved
    }
    nightlyInvoicing {
      hour
      timeZone
      isSaved
      lastRunDay
      openedThrough
    }
  }
`);

export const SaveFailureNotificationsMutation = graphql(`
  mutation SaveFailureNotifications($input: SaveFailureNotificationSettingsInput!) {
    saveFailureNotificationSettings(input: $input) {
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const SaveNightlyInvoicingMutation = graphql(`
  mutation SaveNightlyInvoicingSettings($input: SaveNightlyInvoicingInput!) {
    saveNightlyInvoicing(input: $input) {
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const ReconnectSystemMutation = graphql(`
  mutation ReconnectSystem($input: ReconnectSystemInput!) {
    reconnectSystem(input: $input) {
      connection {
        ...ConnectionStatusFields
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const SetConnectionActiveMutation = graphql(`
  mutation SetConnectionActive($input: SetConnectionActiveInput!) {
    setConnectionActive(input: $input) {
      connection {
        ...ConnectionStatusFields
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const ConnectorSettingsQuery = graphql(`
  query ConnectorSettingsScreen($id: ID!) {
    connectors {
      id
      settingsSchema
    }
    node(id: $id) {
      ... on Connection {
        id
        connectorId
        settings
        autoTransferInvoices
      }
    }
  }
`);

export const UpdateConnectorSettingsMutation = graphql(`
  mutation UpdateConnectorSettings($input: UpdateConnectionSettingsInput!) {
    updateConnectionSettings(input: $input) {
      connection {
        id
        settings
        autoTransferInvoices
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);
