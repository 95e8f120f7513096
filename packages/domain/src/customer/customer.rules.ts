/**
 * True when `ean` is 13 digits whose last digit is the GS1 mod-10 check digit. Danish public
 * bodies are invoiced by EAN/GLN location number (PV-14), so a typo must be caught before sending.
 */
export function isEanValid(ean: string): boolean {
  if (!/^\d{13}$/.test(ean)) return false;
  const digits = [...ean].map(Number);
  const checkDigit = digits.pop();
  // Weights alternate 3, 1, … starting from the digit next to the check digit.
  const sum = digits.reverse().reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === checkDigit;
}

/** Facts about a customer that live outside the customer record (projects, invoices, links). */
export interface CustomerTransferContext {
  /** The customer has at least one active project. */
  readonly hasActiveProject: boolean;
  /** At least one invoice has been created for the customer. */
  readonly hasInvoice: boolean;
  /** The customer has been sent to this ERP before (it has an external reference). */
  readonly previouslyTransferred: boolean;
}

/** The customer flags the eligibility rule reads. */
export interface CustomerEligibilityFlags {
  readonly isActive: boolean;
  readonly isProspect: boolean;
  readonly isInternal: boolean;
}

/**
 * Whether a source customer may be sent to the ERP:
 * - the tenant's internal customer never is (SE-FX-13, SE-VN-23);
 * - once sent, a customer stays eligible even if the criteria stop holding (SE-FX-15), which is
 *   also how a later inactivation reaches the ERP;
 * - otherwise inactive customers are not sent (SE-FX-12);
 * - a prospect is sent only once it has an active project or an invoice (SE-FX-14).
 */
export function isCustomerEligibleForTransfer(customer: CustomerEligibilityFlags, context: CustomerTransferContext): boolean {
  if (customer.isInternal) return false;
  if (context.previouslyTransferred) return true;
  if (!customer.isActive) return false;
  if (customer.isProspect) return context.hasActiveProject || context.hasInvoice;
  return true;
}
