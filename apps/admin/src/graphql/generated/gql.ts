/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n      secret\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query ConnectionsScreen {\n    connectors {\n      id\n      displayName\n      docsUrl\n      authMode\n      credentialsSchema\n      capabilities {\n        register\n        access\n      }\n    }\n    connections {\n      id\n      name\n      connectorId\n      status\n      statusReason\n      tokenExpiresAt\n      createdAt\n      rules\n    }\n  }\n": typeof types.ConnectionsScreenDocument,
    "\n  mutation ConnectSystem($input: ConnectSystemInput!) {\n    connectSystem(input: $input) {\n      authorizeUrl\n      connection {\n        id\n        name\n        connectorId\n        status\n        statusReason\n        tokenExpiresAt\n        createdAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ConnectSystemDocument,
    "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      accountName\n      problem {\n        code\n        message\n      }\n      connection {\n        id\n        status\n        statusReason\n        tokenExpiresAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.TestConnectionDocument,
    "\n  mutation UpdateTransferRules($input: UpdateTransferRulesInput!) {\n    updateTransferRules(input: $input) {\n      connection {\n        id\n        rules\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateTransferRulesDocument,
    "\n  query TransferSchedules($connectionId: ID) {\n    transferSchedules(connectionId: $connectionId) {\n      id\n      name\n      everyMinutes\n      registers\n      isEnabled\n      nextRunAt\n      lastSkippedReason\n    }\n  }\n": typeof types.TransferSchedulesDocument,
    "\n  mutation SaveTransferSchedule($input: SaveTransferScheduleInput!) {\n    saveTransferSchedule(input: $input) {\n      schedule {\n        id\n        name\n        everyMinutes\n        registers\n        isEnabled\n        nextRunAt\n        lastSkippedReason\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SaveTransferScheduleDocument,
    "\n  query InvoiceStatusPipelineEditor {\n    invoiceStatusPipeline {\n      revision\n      updatedBy\n      statuses {\n        key\n        name\n        position\n        flags {\n          isDefault\n          isEditable\n          requiresInvoiceNumber\n          isSent\n          isPartiallyPaid\n          isPaid\n          isFailed\n          isCreditNoteDefault\n          isTransferTrigger\n          isAfterTransfer\n        }\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n": typeof types.InvoiceStatusPipelineEditorDocument,
    "\n  mutation SaveInvoiceStatusPipeline($input: SaveInvoiceStatusPipelineInput!) {\n    saveInvoiceStatusPipeline(input: $input) {\n      pipeline {\n        revision\n        updatedBy\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SaveInvoiceStatusPipelineDocument,
    "\n  query InvoicingSettingsScreen {\n    invoicingSettings {\n      creationMode\n      invoicingTime\n      delivery\n      isSaved\n      updatedBy\n    }\n  }\n": typeof types.InvoicingSettingsScreenDocument,
    "\n  mutation SaveInvoicingSettings($input: SaveInvoicingSettingsInput!) {\n    saveInvoicingSettings(input: $input) {\n      settings {\n        creationMode\n        invoicingTime\n        delivery\n        isSaved\n        updatedBy\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SaveInvoicingSettingsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n      tenant {\n        id\n        name\n      }\n      tenantChoices {\n        id\n        name\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query ShellViewer {\n    viewer {\n      kind\n      tenant {\n        id\n        name\n      }\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.ShellViewerDocument,
    "\n  query TransferScreen($connectionId: ID) {\n    connections {\n      id\n      name\n      connectorId\n    }\n    transferRuns(connectionId: $connectionId, first: 10) {\n      id\n      connectionId\n      status\n      registers\n      trigger\n      createdAt\n      startedAt\n      finishedAt\n      error\n      counts {\n        transferred\n        updated\n        skipped\n        failed\n      }\n    }\n    transferOutcomesPerDay(connectionId: $connectionId) {\n      day\n      transferred\n      updated\n      skipped\n      failed\n    }\n    transferErrorSummary(connectionId: $connectionId) {\n      errorCode\n      register\n      count\n      lastMessage\n      lastAt\n    }\n  }\n": typeof types.TransferScreenDocument,
    "\n  query TransferItems($first: Int, $after: String, $filter: TransferItemFilter) {\n    transferItems(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        runId\n        register\n        recordId\n        direction\n        outcome\n        errorCode\n        message\n        externalId\n        externalNumber\n        attempts\n        request\n        createdAt\n      }\n    }\n  }\n": typeof types.TransferItemsDocument,
    "\n  mutation RunTransfer($input: RunTransferInput!) {\n    runTransfer(input: $input) {\n      alreadyProcessed\n      run {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.RunTransferDocument,
    "\n  mutation RetryTransferItems($input: RetryTransferItemsInput!) {\n    retryTransferItems(input: $input) {\n      retried\n      run {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.RetryTransferItemsDocument,
    "\n  subscription TransferEvents($after: String, $connectionId: ID) {\n    transferEvents(after: $after, connectionId: $connectionId) {\n      cursor\n      kind\n      connectionId\n      occurredAt\n      payload\n    }\n  }\n": typeof types.TransferEventsDocument,
};
const documents: Documents = {
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      createdAt\n      revokedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n      secret\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query ConnectionsScreen {\n    connectors {\n      id\n      displayName\n      docsUrl\n      authMode\n      credentialsSchema\n      capabilities {\n        register\n        access\n      }\n    }\n    connections {\n      id\n      name\n      connectorId\n      status\n      statusReason\n      tokenExpiresAt\n      createdAt\n      rules\n    }\n  }\n": types.ConnectionsScreenDocument,
    "\n  mutation ConnectSystem($input: ConnectSystemInput!) {\n    connectSystem(input: $input) {\n      authorizeUrl\n      connection {\n        id\n        name\n        connectorId\n        status\n        statusReason\n        tokenExpiresAt\n        createdAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ConnectSystemDocument,
    "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      accountName\n      problem {\n        code\n        message\n      }\n      connection {\n        id\n        status\n        statusReason\n        tokenExpiresAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.TestConnectionDocument,
    "\n  mutation UpdateTransferRules($input: UpdateTransferRulesInput!) {\n    updateTransferRules(input: $input) {\n      connection {\n        id\n        rules\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.UpdateTransferRulesDocument,
    "\n  query TransferSchedules($connectionId: ID) {\n    transferSchedules(connectionId: $connectionId) {\n      id\n      name\n      everyMinutes\n      registers\n      isEnabled\n      nextRunAt\n      lastSkippedReason\n    }\n  }\n": types.TransferSchedulesDocument,
    "\n  mutation SaveTransferSchedule($input: SaveTransferScheduleInput!) {\n    saveTransferSchedule(input: $input) {\n      schedule {\n        id\n        name\n        everyMinutes\n        registers\n        isEnabled\n        nextRunAt\n        lastSkippedReason\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SaveTransferScheduleDocument,
    "\n  query InvoiceStatusPipelineEditor {\n    invoiceStatusPipeline {\n      revision\n      updatedBy\n      statuses {\n        key\n        name\n        position\n        flags {\n          isDefault\n          isEditable\n          requiresInvoiceNumber\n          isSent\n          isPartiallyPaid\n          isPaid\n          isFailed\n          isCreditNoteDefault\n          isTransferTrigger\n          isAfterTransfer\n        }\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n": types.InvoiceStatusPipelineEditorDocument,
    "\n  mutation SaveInvoiceStatusPipeline($input: SaveInvoiceStatusPipelineInput!) {\n    saveInvoiceStatusPipeline(input: $input) {\n      pipeline {\n        revision\n        updatedBy\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SaveInvoiceStatusPipelineDocument,
    "\n  query InvoicingSettingsScreen {\n    invoicingSettings {\n      creationMode\n      invoicingTime\n      delivery\n      isSaved\n      updatedBy\n    }\n  }\n": types.InvoicingSettingsScreenDocument,
    "\n  mutation SaveInvoicingSettings($input: SaveInvoicingSettingsInput!) {\n    saveInvoicingSettings(input: $input) {\n      settings {\n        creationMode\n        invoicingTime\n        delivery\n        isSaved\n        updatedBy\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SaveInvoicingSettingsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n      tenant {\n        id\n        name\n      }\n      tenantChoices {\n        id\n        name\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query ShellViewer {\n    viewer {\n      kind\n      tenant {\n        id\n        name\n      }\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.ShellViewerDocument,
    "\n  query TransferScreen($connectionId: ID) {\n    connections {\n      id\n      name\n      connectorId\n    }\n    transferRuns(connectionId: $connectionId, first: 10) {\n      id\n      connectionId\n      status\n      registers\n      trigger\n      createdAt\n      startedAt\n      finishedAt\n      error\n      counts {\n        transferred\n        updated\n        skipped\n        failed\n      }\n    }\n    transferOutcomesPerDay(connectionId: $connectionId) {\n      day\n      transferred\n      updated\n      skipped\n      failed\n    }\n    transferErrorSummary(connectionId: $connectionId) {\n      errorCode\n      register\n      count\n      lastMessage\n      lastAt\n    }\n  }\n": types.TransferScreenDocument,
    "\n  query TransferItems($first: Int, $after: String, $filter: TransferItemFilter) {\n    transferItems(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        runId\n        register\n        recordId\n        direction\n        outcome\n        errorCode\n        message\n        externalId\n        externalNumber\n        attempts\n        request\n        createdAt\n      }\n    }\n  }\n": types.TransferItemsDocument,
    "\n  mutation RunTransfer($input: RunTransferInput!) {\n    runTransfer(input: $input) {\n      alreadyProcessed\n      run {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.RunTransferDocument,
    "\n  mutation RetryTransferItems($input: RetryTransferItemsInput!) {\n    retryTransferItems(input: $input) {\n      retried\n      run {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.RetryTransferItemsDocument,
    "\n  subscription TransferEvents($after: String, $connectionId: ID) {\n    transferEvents(after: $after, connectionId: $connectionId) {\n      cursor\n      kind\n      connectionId\n      occurredAt\n      payload\n    }\n  }\n": types.TransferEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n      secret\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n        createdAt\n        revokedAt\n      }\n      secret\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsScreen {\n    connectors {\n      id\n      displayName\n      docsUrl\n      authMode\n      credentialsSchema\n      capabilities {\n        register\n        access\n      }\n    }\n    connections {\n      id\n      name\n      connectorId\n      status\n      statusReason\n      tokenExpiresAt\n      createdAt\n      rules\n    }\n  }\n"): (typeof documents)["\n  query ConnectionsScreen {\n    connectors {\n      id\n      displayName\n      docsUrl\n      authMode\n      credentialsSchema\n      capabilities {\n        register\n        access\n      }\n    }\n    connections {\n      id\n      name\n      connectorId\n      status\n      statusReason\n      tokenExpiresAt\n      createdAt\n      rules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectSystem($input: ConnectSystemInput!) {\n    connectSystem(input: $input) {\n      authorizeUrl\n      connection {\n        id\n        name\n        connectorId\n        status\n        statusReason\n        tokenExpiresAt\n        createdAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectSystem($input: ConnectSystemInput!) {\n    connectSystem(input: $input) {\n      authorizeUrl\n      connection {\n        id\n        name\n        connectorId\n        status\n        statusReason\n        tokenExpiresAt\n        createdAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      accountName\n      problem {\n        code\n        message\n      }\n      connection {\n        id\n        status\n        statusReason\n        tokenExpiresAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      accountName\n      problem {\n        code\n        message\n      }\n      connection {\n        id\n        status\n        statusReason\n        tokenExpiresAt\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTransferRules($input: UpdateTransferRulesInput!) {\n    updateTransferRules(input: $input) {\n      connection {\n        id\n        rules\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTransferRules($input: UpdateTransferRulesInput!) {\n    updateTransferRules(input: $input) {\n      connection {\n        id\n        rules\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferSchedules($connectionId: ID) {\n    transferSchedules(connectionId: $connectionId) {\n      id\n      name\n      everyMinutes\n      registers\n      isEnabled\n      nextRunAt\n      lastSkippedReason\n    }\n  }\n"): (typeof documents)["\n  query TransferSchedules($connectionId: ID) {\n    transferSchedules(connectionId: $connectionId) {\n      id\n      name\n      everyMinutes\n      registers\n      isEnabled\n      nextRunAt\n      lastSkippedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTransferSchedule($input: SaveTransferScheduleInput!) {\n    saveTransferSchedule(input: $input) {\n      schedule {\n        id\n        name\n        everyMinutes\n        registers\n        isEnabled\n        nextRunAt\n        lastSkippedReason\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTransferSchedule($input: SaveTransferScheduleInput!) {\n    saveTransferSchedule(input: $input) {\n      schedule {\n        id\n        name\n        everyMinutes\n        registers\n        isEnabled\n        nextRunAt\n        lastSkippedReason\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceStatusPipelineEditor {\n    invoiceStatusPipeline {\n      revision\n      updatedBy\n      statuses {\n        key\n        name\n        position\n        flags {\n          isDefault\n          isEditable\n          requiresInvoiceNumber\n          isSent\n          isPartiallyPaid\n          isPaid\n          isFailed\n          isCreditNoteDefault\n          isTransferTrigger\n          isAfterTransfer\n        }\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceStatusPipelineEditor {\n    invoiceStatusPipeline {\n      revision\n      updatedBy\n      statuses {\n        key\n        name\n        position\n        flags {\n          isDefault\n          isEditable\n          requiresInvoiceNumber\n          isSent\n          isPartiallyPaid\n          isPaid\n          isFailed\n          isCreditNoteDefault\n          isTransferTrigger\n          isAfterTransfer\n        }\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveInvoiceStatusPipeline($input: SaveInvoiceStatusPipelineInput!) {\n    saveInvoiceStatusPipeline(input: $input) {\n      pipeline {\n        revision\n        updatedBy\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveInvoiceStatusPipeline($input: SaveInvoiceStatusPipelineInput!) {\n    saveInvoiceStatusPipeline(input: $input) {\n      pipeline {\n        revision\n        updatedBy\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicingSettingsScreen {\n    invoicingSettings {\n      creationMode\n      invoicingTime\n      delivery\n      isSaved\n      updatedBy\n    }\n  }\n"): (typeof documents)["\n  query InvoicingSettingsScreen {\n    invoicingSettings {\n      creationMode\n      invoicingTime\n      delivery\n      isSaved\n      updatedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveInvoicingSettings($input: SaveInvoicingSettingsInput!) {\n    saveInvoicingSettings(input: $input) {\n      settings {\n        creationMode\n        invoicingTime\n        delivery\n        isSaved\n        updatedBy\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveInvoicingSettings($input: SaveInvoicingSettingsInput!) {\n    saveInvoicingSettings(input: $input) {\n      settings {\n        creationMode\n        invoicingTime\n        delivery\n        isSaved\n        updatedBy\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n      tenant {\n        id\n        name\n      }\n      tenantChoices {\n        id\n        name\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n      }\n      tenant {\n        id\n        name\n      }\n      tenantChoices {\n        id\n        name\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellViewer {\n    viewer {\n      kind\n      tenant {\n        id\n        name\n      }\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShellViewer {\n    viewer {\n      kind\n      tenant {\n        id\n        name\n      }\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferScreen($connectionId: ID) {\n    connections {\n      id\n      name\n      connectorId\n    }\n    transferRuns(connectionId: $connectionId, first: 10) {\n      id\n      connectionId\n      status\n      registers\n      trigger\n      createdAt\n      startedAt\n      finishedAt\n      error\n      counts {\n        transferred\n        updated\n        skipped\n        failed\n      }\n    }\n    transferOutcomesPerDay(connectionId: $connectionId) {\n      day\n      transferred\n      updated\n      skipped\n      failed\n    }\n    transferErrorSummary(connectionId: $connectionId) {\n      errorCode\n      register\n      count\n      lastMessage\n      lastAt\n    }\n  }\n"): (typeof documents)["\n  query TransferScreen($connectionId: ID) {\n    connections {\n      id\n      name\n      connectorId\n    }\n    transferRuns(connectionId: $connectionId, first: 10) {\n      id\n      connectionId\n      status\n      registers\n      trigger\n      createdAt\n      startedAt\n      finishedAt\n      error\n      counts {\n        transferred\n        updated\n        skipped\n        failed\n      }\n    }\n    transferOutcomesPerDay(connectionId: $connectionId) {\n      day\n      transferred\n      updated\n      skipped\n      failed\n    }\n    transferErrorSummary(connectionId: $connectionId) {\n      errorCode\n      register\n      count\n      lastMessage\n      lastAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferItems($first: Int, $after: String, $filter: TransferItemFilter) {\n    transferItems(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        runId\n        register\n        recordId\n        direction\n        outcome\n        errorCode\n        message\n        externalId\n        externalNumber\n        attempts\n        request\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransferItems($first: Int, $after: String, $filter: TransferItemFilter) {\n    transferItems(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        runId\n        register\n        recordId\n        direction\n        outcome\n        errorCode\n        message\n        externalId\n        externalNumber\n        attempts\n        request\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunTransfer($input: RunTransferInput!) {\n    runTransfer(input: $input) {\n      alreadyProcessed\n      run {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunTransfer($input: RunTransferInput!) {\n    runTransfer(input: $input) {\n      alreadyProcessed\n      run {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryTransferItems($input: RetryTransferItemsInput!) {\n    retryTransferItems(input: $input) {\n      retried\n      run {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryTransferItems($input: RetryTransferItemsInput!) {\n    retryTransferItems(input: $input) {\n      retried\n      run {\n        id\n        status\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransferEvents($after: String, $connectionId: ID) {\n    transferEvents(after: $after, connectionId: $connectionId) {\n      cursor\n      kind\n      connectionId\n      occurredAt\n      payload\n    }\n  }\n"): (typeof documents)["\n  subscription TransferEvents($after: String, $connectionId: ID) {\n    transferEvents(after: $after, connectionId: $connectionId) {\n      cursor\n      kind\n      connectionId\n      occurredAt\n      payload\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;