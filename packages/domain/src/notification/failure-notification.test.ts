import { describe, expect, it } from 'vitest';
import { failureNotificationSettingsSchema, failureRecipients, summariseFailures } from './failure-notification.js';

describe('failure notification settings (SE-FX-52, X-29)', () => {
  it('should be on by default and go to the tenant admins (SE-FX-52 "recommended on")', () => {
    expect(failureNotificationSettingsSchema.parse({})).toEqual({ isEnabled: true, includeAdmins: true, extraRecipients: [] });
  });

  it('should refuse a recipient that is not an e-mail address, naming its index', () => {
    const parsed = failureNotificationSettingsSchema.safeParse({ extraRecipients: ['ok@firma.dk', 'not-an-address'] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['extraRecipients', 1]);
  });

  it('should send to admins plus extra recipients once each, ignoring case (X-29)', () => {
    const settings = failureNotificationSettingsSchema.parse({ extraRecipients: ['Bogholderi@firma.dk', 'admin@firma.dk'] });
    expect(failureRecipients(settings, ['admin@firma.dk', 'ejer@firma.dk'])).toEqual(['admin@firma.dk', 'ejer@firma.dk', 'Bogholderi@firma.dk']);
    expect(failureRecipients({ ...settings, includeAdmins: false }, ['admin@firma.dk'])).toEqual(['Bogholderi@firma.dk', 'admin@firma.dk']);
    expect(failureRecipients({ ...settings, includeAdmins: false, extraRecipients: [] }, ['admin@firma.dk'])).toEqual([]);
  });
});

describe('summariseFailures (X-30 row 30)', () => {
  it('should group failed items by reason, largest group first, with a few examples each', () => {
    const groups = summariseFailures([
      { register: 'customers', recordId: 'c1', errorCode: 'REJECTED', message: 'Customer group 999 does not exist' },
      { register: 'invoices', recordId: 'i1', errorCode: 'TOTAL_MISMATCH', message: 'total differs' },
      { register: 'customers', recordId: 'c2', errorCode: 'REJECTED', message: 'Customer group 999 does not exist' },
      { register: 'customers', recordId: 'c3', errorCode: 'REJECTED', message: 'Name too long' },
      { register: 'invoices', recordId: null, errorCode: null, message: 'No message code' },
    ], 2);
    expect(groups.map((g) => [g.reason, g.count])).toEqual([['REJECTED', 3], ['No message code', 1], ['TOTAL_MISMATCH', 1]]);
    expect(groups[0]!.examples).toEqual([
      { register: 'customers', recordId: 'c1', message: 'Customer group 999 does not exist' },
      { register: 'customers', recordId: 'c2', message: 'Customer group 999 does not exist' },
    ]);
  });
});
