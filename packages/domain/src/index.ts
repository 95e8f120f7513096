// The public surface of @ledgerbridge/domain: pure types, zod schemas and rules, safe for the
// browser (no node:*, no fetch, no frameworks).

export { err, isErr, isOk, ok, type Result } from './result.js';
export {
  assertNever,
  fieldError,
  fieldErrorCodes,
  fieldErrorsFromZod,
  isFieldErrorCode,
  type FieldError,
  type FieldErrorCode,
} from './errors.js';
export { parseInput, whenFieldsValid } from './validation.js';
export * from './ids.js';
export {
  absAmount,
  addAmounts,
  amountSchema,
  compareAmounts,
  currencySchema,
  differsByMoreThan,
  isZeroAmount,
  multiplyAmount,
  negateAmount,
  percentOfAmount,
  percentSchema,
  positiveAmountSchema,
  quantitySchema,
  roundAmount,
  subtractAmount,
  sumAmounts,
  unitPriceSchema,
} from './money.js';
export { isOnOrAfter, isoDateSchema } from './date.js';
export {
  computeInvoiceTotals,
  computeLineAmounts,
  vatBreakdown,
  type AmountTotals,
  type VatBreakdownRow,
  type VatLine,
} from './vat.js';
export { addressSchema, type Address } from './address.js';
export { emailSchema, organizationNumberSchema, partyNumberSchema, phoneSchema, vatNumberSchema } from './party.js';

export { customerInputSchema, eanSchema, type CustomerInput } from './customer/customer.js';
export {
  isCustomerEligibleForTransfer,
  isEanValid,
  type CustomerEligibilityFlags,
  type CustomerTransferContext,
} from './customer/customer.rules.js';
export { bankAccountSchema, bicSchema, ibanSchema, supplierInputSchema, type SupplierInput } from './supplier/supplier.js';
export { isIbanValid } from './supplier/supplier.rules.js';
export { productInputSchema, type ProductInput } from './product/product.js';
export { projectInputSchema, type ProjectInput } from './project/project.js';
export { isProjectTransferable, type ProjectTransferFlags } from './project/project.rules.js';
export {
  invoiceInputSchema,
  invoiceKindSchema,
  invoiceLineInputSchema,
  type InvoiceInput,
  type InvoiceKind,
  type InvoiceLineInput,
} from './invoice/invoice.js';
export { invoiceHeaderFieldNames, invoiceHeaderFieldsSchema, type InvoiceHeaderFields } from './invoice/invoice-header.js';
export {
  buildCreditNote,
  creditNoteRequestSchema,
  type CreditableInvoice,
  type CreditedQuantity,
  type CreditNoteDraft,
  type CreditNoteLine,
  type CreditNoteRequest,
  type InvoiceLine,
} from './invoice/invoice.rules.js';
export {
  INVOICE_ATTACHMENT_MAX_BYTES, checkInvoiceAttachment, detectInvoiceAttachmentType,
  type AcceptedInvoiceAttachment, type InvoiceAttachmentInput, type InvoiceAttachmentType,
} from './invoice/invoice-attachment.rules.js';

export {
  invoiceStatusSchema,
  pipelineSchema,
  pipelineShapeSchema,
  statusFlagsSchema,
  statusKeySchema,
  statusTransitionSchema,
  validatePipeline,
  autoInvoiceBindingSchema,
  type AutoInvoiceBinding,
  type InvoiceStatus,
  type Pipeline,
  type PipelineIssue,
  type StatusFlags,
  type StatusTransition,
} from './invoice-status/pipeline.js';
export { pipelineIssues } from './invoice-status/pipeline.rules.js';
export {
  defaultStatusFor,
  ensureInvoiceEditable,
  isInvoiceEditable,
  statusRoles,
  transitionInvoice,
  type StatusRoles,
  type TransitionOutcome,
  type TransitionRequest,
} from './invoice-status/transition.js';
export { examplePipelineA, examplePipelineB, examplePipelineC } from './invoice-status/example-pipelines.js';
export {
  addApprovalStep,
  addAutoInvoiceSending,
  erpNumberChoices,
  pipelineSteps,
  removeApprovalStep,
  removeAutoInvoiceSending,
  setAutoInvoiceStatus,
  setErpNumberFrom,
  startFromExample,
  type ExampleName,
  type ExampleStart,
  type PipelineSteps,
} from './invoice-status/pipeline-steps.js';
export { dryRunPipeline, type DryRunInvoice, type DryRunReport, type DryRunStage, type DryRunStep } from './invoice-status/dry-run.js';
export { pipelineChanges } from './invoice-status/pipeline-changes.js';

export { multiplierPercentSchema, projectCostInputSchema, type ProjectCostInput } from './project-cost/project-cost.js';
export { billablePrice, type PricedCost } from './project-cost/project-cost.rules.js';
export { projectCostVatRate } from './project-cost/project-cost-vat.rules.js';
export { ATTACHMENT_MAX_BYTES, checkAttachmentSize } from './project-cost/attachment.rules.js';
export { paymentInputSchema, type PaymentInput } from './payment/payment.js';
export { paymentState, type PaymentState } from './payment/payment.rules.js';
export { tenantInputSchema, type TenantInput } from './tenant/tenant.js';
export {
  invoiceCreationModeSchema, invoiceDeliverySchema, invoicingSettingsSchema, invoicingTimeSchema,
  type InvoiceCreationMode, type InvoiceDelivery, type InvoicingOverrides, type InvoicingSettings, type InvoicingTime,
} from './invoicing/invoicing.js';
export { effectiveInvoicing, invoiceCreationPlan, type InvoiceCreationPlan } from './invoicing/invoicing.rules.js';
export { transferRulesSchema, type TransferRules } from './transfer-rules/transfer-rules.js';
export {
  coerceText, fieldMappingOverridesSchema, mappingRegisters, mappingRowSchema, mappingSourceSchema, mappingTableSchema, mappingTransformSchema,
  registerFields, sourceField, targetField, templateFields,
  type FieldKind, type FieldMappingOverrides, type MappingDirection, type MappingField, type MappingMode, type MappingRegister, type MappingRow,
  type MappingRowInput, type MappingSource, type MappingTransform, type MappingTransformKind, type RegisterFields,
} from './field-mapping/field-mapping.js';
export {
  applyMappingTable, applyTransform, effectiveMappingTable, passThroughTable, readPath, renderTemplate,
  type EffectiveMappingRow, type MappingOperation, type MappingOutcome, type MappingRowOrigin,
} from './field-mapping/field-mapping.rules.js';
export { draftMappingTable, type DraftTable, type MappingDraft } from './field-mapping/draft-table.js';
export { integrationSendsInvoices, invoiceDeliveryPlan, type InvoiceDeliveryPlan } from './invoicing/invoice-delivery.rules.js';
export { nightlyInvoicingSchema, type NightlyInvoicing } from './invoicing/nightly.js';
export { addDays, isWorkday, localDateHour, nightlyRunAt, waitsForNightlyRun } from './invoicing/nightly.rules.js';
export {
  failureNotificationSettingsSchema, failureRecipients, notificationStatuses, summariseFailures,
  type FailedItem, type FailureGroup, type FailureNotificationSettings, type NotificationStatus,
} from './notification/failure-notification.js';
export { countryCodeSchema, euMemberStates, isEuMember, vatZoneOf, vatZoneSchema, type VatZone } from './creditor/vat-zone.js';
export {
  creditorSettingsSchema, ledgerNumberSchema, oneStopShopSettingsSchema, postingCellSchema, productGroupKeySchema,
  type CreditorSettings, type OneStopShopSettings, type PostingCell,
} from './creditor/creditor-settings.js';
export {
  supplierInvoiceInputSchema, supplierInvoiceLineInputSchema, type SupplierInvoiceInput, type SupplierInvoiceLineInput,
} from './creditor/supplier-invoice.js';
export {
  planVoucherEntries, postingAccountFor, undecidedCells, type PostingEntry, type PostingLine, type PostingPlanInput, type UndecidedCell,
} from './creditor/creditor.rules.js';
export { isOneStopShopCustomer, type OssCustomer } from './creditor/one-stop-shop.rules.js';
export {
  debtorRulesSchema, debtorRuleWarnings, inventoryFrequencySchema, inventoryValueRulesSchema, layoutMappingSchema,
  type DebtorRules, type InventoryFrequency, type InventoryValueRules, type LayoutMapping, type RuleWarning,
} from './transfer-rules/debtor-rules.js';
export { debtorBookingPlan, sentStatusAfterBooking } from './debtor/debtor-booking.rules.js';
export { ERP_QUANTITY_DECIMALS, lineQuantity, significantDecimalPlaces, type LineQuantity } from './debtor/invoice-quantity.rules.js';
export { inventoryPeriodKey, inventoryValue, inventoryValueChange } from './debtor/inventory-value.rules.js';
export { companyKey, nameSimilarity, normaliseName, normaliseText, similarity, type MatchCandidate } from './matching/similarity.js';
export {
  DEFAULT_MATCH_THRESHOLD, matchRegisters, type MatchAction, type MatchBasis, type MatchOptions, type MatchPair, type MatchRecord,
} from './matching/matcher.js';
export {
  initialSyncOptionsSchema, reconcileRegisterSchema, registerComparisonOptionsSchema, registerDecisionSchema, registerDecisionsSchema,
  type InitialSyncOptions, type ReconcileRegister, type RegisterDecision,
} from './matching/reconciliation.js';
export { transferRulesFor, mergeRulesPatch, applyRulesPatch, type ConnectionTransferRules } from './transfer-rules/connection-rules.js';
export { applyPatch, clearableKeys, isClearable, mergePatch, objectShapeOf, withClearedFields, type Clearable, type MergedPatch } from './transfer-rules/rules-patch.js';
export {
  registerRulesSchema, registerRulesFor, masterSystemSchema, numberingOwnerSchema, closedProjectActionSchema,
  type RegisterRules, type StoredRegisterRules, type MasterSystem, type NumberingOwner, type ClosedProjectAction,
} from './register-rules/register-rules.js';
export {
  mayApplyUpdate, customerPushDecision, projectPushDecision, erpCustomerImportProblem, numberRuleViolations, numberRulesFor, changedKeyProblem, transferAllDirections,
  type PushDecision, type ProjectPushFlags, type NumberedRegister, type NumberRuleViolation,
} from './register-rules/register-rules.rules.js';
export { invoiceNumberToSend, numberSeriesCollisions, type InvoiceNumberDecision, type InvoiceNumberFormat } from './register-rules/invoice-numbering.rules.js';
