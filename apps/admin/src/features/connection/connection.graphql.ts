import { graphql } from '../../graphql/generated';

// Connecting adds a Connection; the list must refetch even when it was empty before.
export const connectionsContext = { additionalTypenames: ['Connection'] };

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
      id
      name
      connectorId
      status
      statusReason
      tokenExpiresAt
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
        id
        name
        connectorId
        status
        statusReason
        tokenExpiresAt
        createdAt
      }
      errors {
        code
        message
        field
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
        id
        status
        statusReason
        tokenExpiresAt
      }
      errors {
        code
        message
        field
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
        code
        message
        field
      }
    }
  }
`);

export const TransferSchedulesQuery = graphql(`
  query TransferSchedules($connectionId: ID) {
    transferSchedules(connectionId: $connectionId) {
      id
      name
      everyMinutes
      registers
      isEnabled
      nextRunAt
      lastSkippedReason
    }
  }
`);

export const SaveTransferScheduleMutation = graphql(`
  mutation SaveTransferSchedule($input: SaveTransferScheduleInput!) {
    saveTransferSchedule(input: $input) {
      schedule {
        id
        name
        everyMinutes
        registers
        isEnabled
        nextRunAt
        lastSkippedReason
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const DisconnectSystemMutation = graphql(`
  mutation DisconnectSystem($input: DisconnectSystemInput!) {
    disconnectSystem(input: $input) {
      connection {
        id
        status
        statusReason
        tokenExpiresAt
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
