/**
 * A payment as the sync engine reports it from the ERP. Not a GraphQL input: payments are written
 * back by ERPs, never entered through the API. Ids are row ids.
 */
export interface RecordPaymentInput {
  invoiceId: string;
  /** A positive decimal string with at most 2 decimals, e.g. "500.00". */
  amount: string;
  /** YYYY-MM-DD. */
  paidOn: string;
  reference?: string | null;
}
