import { graphql } from '../../graphql/generated';

// Connecting adds a Connection; the list must refetch even when it was empty before.
export const connectionsContext = { additionalTypenames: ['Connection'] };

/** A connection's health as the status badge and the lifecycle buttons show it. */
export const ConnectionStatusFields = graphql(`
  fragment ConnectionStatusFields on Connection {
    id
    status
    statusReason
    tokenExpiresAt
  }
`);

/** What a list of connections shows per connection; connection-settings selects it too. */
export const ConnectionSummaryFields = graphql(`
  fragment ConnectionSummaryFields on Connection {
    ...ConnectionStatusFields
    name
    connectorId
  }
`);

export const ConnectionsScreenQuery = graphql(`
  query ConnectionsScreen {
    connectors {
      id
      displayName
      docsUrl
      authMode
      credentialsSchema
      capabilities {
        register
        access
      }
    }
    connections {
      ...ConnectionSummaryFields
      createdAt
      rules
    }
  }
`);

export const ConnectSystemMutation = graphql(`
  mutation ConnectSystem($input: ConnectSystemInput!) {
    connectSystem(input: $input) {
      authorizeUrl
      connection {
        ...ConnectionSummaryFields
        createdAt
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const TestConnectionMutation = graphql(`
  mutation TestConnection($input: TestConnectionInput!) {
    testConnection(input: $input) {
      accountName
      problem {
        code
        message
      }
      connection {
        ...ConnectionStatusFields
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const UpdateTransferRulesMutation = graphql(`
  mutation UpdateTransferRules($input: UpdateTransferRulesInput!) {
    updateTransferRules(input: $input) {
      connection {
        id
        rules
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const TransferScheduleFields = graphql(`
  fragment TransferScheduleFields on TransferSchedule {
    id
    name
    everyMinutes
    registers
    isEnabled
    nextRunAt
    lastSkippedReason
  }
`);

export const TransferSchedulesQuery = graphql(`
  query TransferSchedules($connectionId: ID) {
    transferSchedules(connectionId: $connectionId) {
      ...TransferScheduleFields
    }
  }
`);

export const SaveTransferScheduleMutation = graphql(`
  mutation SaveTransferSchedule($input: SaveTransferScheduleInput!) {
    saveTransferSchedule(input: $input) {
      schedule {
        ...TransferScheduleFields
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const DisconnectSystemMutation = graphql(`
  mutation DisconnectSystem($input: DisconnectSystemInput!) {
    disconnectSystem(input: $input) {
      connection {
        ...ConnectionStatusFields
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);
