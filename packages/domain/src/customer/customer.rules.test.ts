import { describe, expect, it } from 'vitest';
import { isCustomerEligibleForTransfer, isEanValid, type CustomerTransferContext } from './customer.rules.js';

describe('isEanValid', () => {
  it.each(['5790000000005', '4006381333931', '5798000416604'])('should accept %s with a valid GS1 check digit', (ean) => {
    expect(isEanValid(ean)).toBe(true);
  });

  it.each(['5790000000006', '4006381333932', '579000000000', '57900000000055', '579000000000A'])('should reject %j', (ean) => {
    expect(isEanValid(ean)).toBe(false);
  });
});

describe('isCustomerEligibleForTransfer', () => {
  const customer = { isActive: true, isProspect: false, isInternal: false };
  const none: CustomerTransferContext = { hasActiveProject: false, hasInvoice: false, previouslyTransferred: false };

  it('should send an active, non-prospect customer', () => {
    expect(isCustomerEligibleForTransfer(customer, none)).toBe(true);
  });

  it('should never send the internal customer, even one transferred before (SE-FX-13, SE-VN-23)', () => {
    const internal = { ...customer, isInternal: true };
    expect(isCustomerEligibleForTransfer(internal, { hasActiveProject: true, hasInvoice: true, previouslyTransferred: true })).toBe(false);
  });

  it('should not send an inactive customer that was never sent (SE-FX-12)', () => {
    expect(isCustomerEligibleForTransfer({ ...customer, isActive: false }, { ...none, hasInvoice: true })).toBe(false);
  });

  it('should not send a prospect without an active project or an invoice (SE-FX-14)', () => {
    expect(isCustomerEligibleForTransfer({ ...customer, isProspect: true }, none)).toBe(false);
  });

  it('should send a prospect once it has an active project (SE-FX-14)', () => {
    expect(isCustomerEligibleForTransfer({ ...customer, isProspect: true }, { ...none, hasActiveProject: true })).toBe(true);
  });

  it('should send a prospect once it has an invoice (SE-FX-14)', () => {
    expect(isCustomerEligibleForTransfer({ ...customer, isProspect: true }, { ...none, hasInvoice: true })).toBe(true);
  });

  it('should keep sending a customer once sent, even when it no longer qualifies (SE-FX-15, X-12)', () => {
    const remembered = { ...none, previouslyTransferred: true };
    expect(isCustomerEligibleForTransfer({ ...customer, isProspect: true }, remembered)).toBe(true);
    expect(isCustomerEligibleForTransfer({ ...customer, isActive: false }, remembered)).toBe(true);
  });
});
