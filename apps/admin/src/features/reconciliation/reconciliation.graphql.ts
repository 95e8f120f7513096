import { graphql } from '../../graphql/generated';

export const ReconcileConnectionsQuery = graphql(`
  query ReconcileConnections {
    connections {
      id
      name
      connectorId
    }
  }
`);

export const RegisterComparisonQuery = graphql(`
  query RegisterComparison($connectionId: ID!, $register: ReconcileRegister!, $first: Int, $after: String) {
    registerComparison(connectionId: $connectionId, register: $register, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      errors {
        ...InputErrorFields
      }
      rows {
        basis
        isLinked
        score
        predictedAction
        oursDecision
        theirsDecision
        ours {
          id
          number
          name
          isActive
        }
        theirs {
          id
          number
          name
          isActive
        }
      }
    }
  }
`);

export const DecideRegisterRecordsMutation = graphql(`
  mutation DecideRegisterRecords($input: DecideRegisterRecordsInput!) {
    decideRegisterRecords(input: $input) {
      decisions {
        action
        recordId
        externalId
        side
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const InitialSyncQuery = graphql(`
  query InitialSyncState($connectionId: ID!) {
    initialSync(connectionId: $connectionId) {
      connectionId
      startedAt
      startedBy
      startupImport
      isBlockingNextSync
      openErrorCount
      errorsAcknowledgedAt
      errorsAcknowledgedBy
      run {
        ...TransferRunProgressFields
      }
      errors {
        ...TransferItemErrorFields
      }
    }
  }
`);


export const StartInitialSyncMutation = graphql(`
  mutation StartInitialSync($input: StartInitialSyncInput!) {
    startInitialSync(input: $input) {
      initialSync {
        connectionId
        startedAt
        run {
          id
          status
        }
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);

export const AcknowledgeInitialSyncErrorsMutation = graphql(`
  mutation AcknowledgeInitialSyncErrors($input: AcknowledgeInitialSyncErrorsInput!) {
    acknowledgeInitialSyncErrors(input: $input) {
      initialSync {
        connectionId
        openErrorCount
        isBlockingNextSync
        errorsAcknowledgedAt
        errorsAcknowledgedBy
      }
      errors {
        ...InputErrorFields
      }
    }
  }
`);
