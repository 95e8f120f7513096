import { describe, expect, it } from 'vitest';
import { integrationSendsInvoices, invoiceDeliveryPlan } from './invoice-delivery.rules.js';

describe('invoice delivery (PV-13, PV-14, PV-28, X-22)', () => {
  it('should e-mail the invoice itself only where the ERP cannot send (PV-28, X-22)', () => {
    expect(integrationSendsInvoices('e-conomic')).toBe(true);
    expect(integrationSendsInvoices('fortnox')).toBe(false);
    expect(invoiceDeliveryPlan({ connectorId: 'fortnox', delivery: 'EMAIL', customer: { email: 'a@b.dk' } })).toEqual({ action: 'NONE' });
    expect(invoiceDeliveryPlan({ connectorId: 'e-conomic', delivery: 'EMAIL', customer: { email: ' a@b.dk ' } })).toEqual({ action: 'SEND', to: 'a@b.dk' });
  });

  it('should never e-mail with delivery NONE or to an EAN customer (PV-13, PV-14)', () => {
    expect(invoiceDeliveryPlan({ connectorId: 'e-conomic', delivery: 'NONE', customer: { email: 'a@b.dk' } })).toEqual({ action: 'NONE' });
    expect(invoiceDeliveryPlan({ connectorId: 'e-conomic', delivery: 'EMAIL', customer: { email: 'a@b.dk', ean: '5790000000005' } })).toEqual({ action: 'NONE' });
  });

  it('should record a failure with a reason for a customer without an e-mail address (PV-13)', () => {
    expect(invoiceDeliveryPlan({ connectorId: 'e-conomic', delivery: 'EMAIL', customer: { email: null } })).toEqual({ action: 'FAIL', reason: expect.stringContaining('no e-mail address') });
  });
});
