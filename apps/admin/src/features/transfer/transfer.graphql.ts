import { graphql } from '../../graphql/generated';

export const TransferScreenQuery = graphql(`
  query TransferScreen($connectionId: ID) {
    connections {
      id
      name
      connectorId
    }
    transferRuns(connectionId: $connectionId, first: 10) {
      id
      connectionId
      status
      registers
      trigger
      createdAt
      startedAt
      finishedAt
      error
      counts {
        transferred
        updated
        skipped
        failed
      }
    }
    transferOutcomesPerDay(connectionId: $connectionId) {
      day
      transferred
      updated
      skipped
      failed
    }
    transferErrorSummary(connectionId: $connectionId) {
      errorCode
      register
      count
      lastMessage
      lastAt
    }
  }
`);

export const TransferItemsQuery = graphql(`
  query TransferItems($first: Int, $after: String, $filter: TransferItemFilter) {
    transferItems(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        runId
        register
        recordId
        direction
        outcome
        errorCode
        message
        externalId
        externalNumber
        attempts
        request
        response
        createdAt
      }
    }
  }
`);

export const RunTransferMutation = graphql(`
  mutation RunTransfer($input: RunTransferInput!) {
    runTransfer(input: $input) {
      alreadyProcessed
      run {
        id
        status
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const RetryTransferItemsMutation = graphql(`
  mutation RetryTransferItems($input: RetryTransferItemsInput!) {
    retryTransferItems(input: $input) {
      retried
      run {
        id
        status
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const TransferEventsSubscription = graphql(`
  subscription TransferEvents($after: String, $connectionId: ID) {
    transferEvents(after: $after, connectionId: $connectionId) {
      cursor
      kind
      connectionId
      occurredAt
      payload
    }
  }
`);
