import { graphql } from '../../graphql/generated';

/** How far a run has come; the transfer screen and the initial sync panel both show it. */
export const TransferRunProgressFields = graphql(`
  fragment TransferRunProgressFields on TransferRun {
    id
    status
    error
    finishedAt
    counts {
      transferred
      updated
      skipped
      failed
    }
  }
`);

/** A failed item as a list of errors names it; the transfer log selects more of the item. */
export const TransferItemErrorFields = graphql(`
  fragment TransferItemErrorFields on TransferItem {
    id
    register
    recordId
    externalId
    errorCode
    message
  }
`);

export const TransferScreenQuery = graphql(`
  query TransferScreen($connectionId: ID) {
    connections {
      id
      name
      connectorId
    }
    transferRuns(connectionId: $connectionId, first: 10) {
      ...TransferRunProgressFields
      connectionId
      registers
      trigger
      createdAt
      startedAt
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
        ...TransferItemErrorFields
        runId
        direction
        outcome
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
        ...InputErrorFields
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
        ...InputErrorFields
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
