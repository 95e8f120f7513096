import { describe, expect, it } from 'vitest';
import { uuid } from '../testing/ids.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from '../testing/parse.js';
import { transferRulesSchema } from '../transfer-rules/transfer-rules.js';
import { creditorSettingsSchema, oneStopShopSettingsSchema } from './creditor-settings.js';
import { planVoucherEntries, undecidedCells } from './creditor.rules.js';
import { isOneStopShopCustomer } from './one-stop-shop.rules.js';
import { supplierInvoiceInputSchema } from './supplier-invoice.js';
import { vatZoneOf } from './vat-zone.js';

describe('vatZoneOf (RB-11, ADR 0007)', () => {
  it.each([
    ['DK', 'DK', 'DOMESTIC'],
    ['dk', 'DK', 'DOMESTIC'],
    ['DE', 'DK', 'EU'],
    ['EL', 'DK', 'EU'],
    ['GR', 'DK', 'EU'],
    ['NO', 'DK', 'ABROAD'],
    ['US', 'DK', 'ABROAD'],
    ['GB', 'DK', 'ABROAD'],
    ['SE', 'NO', 'ABROAD'],
    ['NO', 'NO', 'DOMESTIC'],
    ['DK', 'SE', 'EU'],
  ] as const)('should place a supplier in %s seen from %s in %s', (country, home, zone) => {
    expect(vatZoneOf(country, home)).toBe(zone);
  });

  it('should treat a supplier without a country as domestic', () => {
    expect(vatZoneOf(undefined, 'DK')).toBe('DOMESTIC');
    expect(vatZoneOf(null, 'DK')).toBe('DOMESTIC');
    expect(vatZoneOf('  ', 'DK')).toBe('DOMESTIC');
  });
});

describe('creditorSettingsSchema (RB-07..RB-12)', () => {
  it('should start disabled with every matrix cell empty (RB-07, RB-12)', () => {
    expect(creditorSettingsSchema.parse({})).toEqual({ isEnabled: false, postingMatrix: [] });
  });

  it('should refuse activation without control account and journal (RB-07, RB-08, RB-09)', () => {
    expect(codesAndPaths(fieldErrorsOf(creditorSettingsSchema, { isEnabled: true }))).toEqual([
      ['REQUIRED', 'supplierControlAccount'], ['REQUIRED', 'journalNumber'],
    ]);
  });

  it('should accept a complete setup with a fallback account and matrix cells (RB-08..RB-11)', () => {
    const settings = parseValid(creditorSettingsSchema, {
      isEnabled: true, supplierControlAccount: '6800', journalNumber: '2', fallbackAccount: '1310',
      postingMatrix: [{ productGroup: 'Rør', vatZone: 'DOMESTIC', accountNumber: '1320' }],
    });
    expect(settings.postingMatrix).toEqual([{ productGroup: 'Rør', vatZone: 'DOMESTIC', accountNumber: '1320' }]);
  });

  it('should refuse a cell set twice and an unknown zone (RB-11)', () => {
    expect(codesAndPaths(fieldErrorsOf(creditorSettingsSchema, {
      postingMatrix: [
        { productGroup: 'Rør', vatZone: 'EU', accountNumber: '1320' },
        { productGroup: 'Rør', vatZone: 'EU', accountNumber: '1310' },
        { productGroup: 'Rør', vatZone: 'MARS', accountNumber: '1310' },
      ],
    }))).toEqual([['INVALID_VALUE', 'postingMatrix.2.vatZone']]);
    expect(codesAndPaths(fieldErrorsOf(creditorSettingsSchema, {
      postingMatrix: [
        { productGroup: 'Rør', vatZone: 'EU', accountNumber: '1320' },
        { productGroup: 'Rør', vatZone: 'EU', accountNumber: '1310' },
      ],
    }))).toEqual([['CONFLICT', 'postingMatrix.1']]);
  });

  it('should be reachable from the transfer rules with no default creditor or OSS object', () => {
    expect(transferRulesSchema.parse({})).not.toHaveProperty('creditor');
    expect(transferRulesSchema.parse({ creditor: {} }).creditor).toEqual({ isEnabled: false, postingMatrix: [] });
  });
});

describe('undecidedCells (RB-11, RB-12)', () => {
  it('should list all three zones of each group in use until each is decided', () => {
    const matrix = [{ productGroup: 'Rør', vatZone: 'DOMESTIC' as const, accountNumber: '1320' }];
    expect(undecidedCells(['Rør', 'Værktøj', 'Rør'], matrix)).toEqual([
      { productGroup: 'Rør', vatZone: 'EU' }, { productGroup: 'Rør', vatZone: 'ABROAD' },
      { productGroup: 'Værktøj', vatZone: 'DOMESTIC' }, { productGroup: 'Værktøj', vatZone: 'EU' }, { productGroup: 'Værktøj', vatZone: 'ABROAD' },
    ]);
  });
});

describe('planVoucherEntries (RB-10, RB-11)', () => {
  const matrix = [
    { productGroup: 'Rør', vatZone: 'DOMESTIC' as const, accountNumber: '1320' },
    { productGroup: 'Rør', vatZone: 'EU' as const, accountNumber: '1330' },
    { productGroup: 'Værktøj', vatZone: 'DOMESTIC' as const, accountNumber: '1320' },
    { productGroup: 'Kørsel', vatZone: 'DOMESTIC' as const, accountNumber: '9999' },
  ];
  const lines = [
    { productGroup: 'Rør', netAmount: '100.00', vatAmount: '25.00' },
    { productGroup: 'Værktøj', netAmount: '10.10', vatAmount: '2.53' },
  ];

  it('should take each line\'s account from its group and the supplier\'s zone, one entry per account (RB-11)', () => {
    expect(planVoucherEntries({ lines, vatZone: 'DOMESTIC', matrix, unusableAccounts: new Set() })).toEqual({
      ok: true, value: [{ accountNumber: '1320', netAmount: '110.10', vatAmount: '27.53', grossAmount: '137.63', usedFallbackFor: null }],
    });
    const eu = planVoucherEntries({ lines: lines.slice(0, 1), vatZone: 'EU', matrix, unusableAccounts: new Set() });
    expect(eu.ok && eu.value.map((e) => e.accountNumber)).toEqual(['1330']);
  });

  it('should fail on an undecided cell even when a fallback account is set (RB-10, RB-12)', () => {
    const result = planVoucherEntries({ lines, vatZone: 'ABROAD', matrix, fallbackAccount: '1310', unusableAccounts: new Set() });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error).toEqual([
      expect.stringContaining('"Rør" × ABROAD'), expect.stringContaining('"Værktøj" × ABROAD'),
    ]);
  });

  it('should use the fallback account only for a blocked matrix account (RB-10)', () => {
    const blocked = [{ productGroup: 'Kørsel', netAmount: '50.00', vatAmount: '12.50' }, ...lines];
    const result = planVoucherEntries({ lines: blocked, vatZone: 'DOMESTIC', matrix, fallbackAccount: '1310', unusableAccounts: new Set(['9999']) });
    expect(result.ok && result.value).toEqual([
      { accountNumber: '1310', netAmount: '50.00', vatAmount: '12.50', grossAmount: '62.50', usedFallbackFor: '9999' },
      { accountNumber: '1320', netAmount: '110.10', vatAmount: '27.53', grossAmount: '137.63', usedFallbackFor: null },
    ]);
  });

  it('should fail when the account is blocked and there is no usable fallback (RB-10)', () => {
    const line = [{ productGroup: 'Kørsel', netAmount: '50.00', vatAmount: '12.50' }];
    const none = planVoucherEntries({ lines: line, vatZone: 'DOMESTIC', matrix, unusableAccounts: new Set(['9999']) });
    expect(none.ok ? [] : none.error).toEqual([expect.stringContaining('no fallback account is set')]);
    const blockedToo = planVoucherEntries({ lines: line, vatZone: 'DOMESTIC', matrix, fallbackAccount: '9998', unusableAccounts: new Set(['9999', '9998']) });
    expect(blockedToo.ok ? [] : blockedToo.error).toEqual([expect.stringContaining('fallback account 9998 cannot be used either')]);
  });
});

describe('supplierInvoiceInputSchema', () => {
  const valid = {
    supplierId: uuid(1), invoiceNumber: 'F-123', currency: 'DKK', issueDate: '2026-05-02', dueDate: '2026-06-01',
    lines: [{ productGroup: 'Rør', description: 'Rør og fittings', quantity: '2', unitPrice: '500.00', vatRate: '25' }],
  };

  it('should accept decimal-string money and a product group per line', () => {
    expect(parseValid(supplierInvoiceInputSchema, valid).lines[0]).toEqual(valid.lines[0]);
  });

  it('should refuse float money, a line without product group and a due date before the issue date', () => {
    expect(codesAndPaths(fieldErrorsOf(supplierInvoiceInputSchema, {
      ...valid, dueDate: '2026-05-01',
      lines: [{ description: 'Rør', quantity: 2, unitPrice: '500', vatRate: '25' }],
    }))).toEqual([['REQUIRED', 'lines.0.productGroup'], ['INVALID_FORMAT', 'lines.0.quantity'], ['INVALID_VALUE', 'dueDate']]);
  });
});

describe('One Stop Shop VAT (RB-21, X-17)', () => {
  it('should apply OSS only to EU consumers abroad, and only when switched on', () => {
    expect(isOneStopShopCustomer({ countryCode: 'DE' }, 'DK', true)).toBe(true);
    expect(isOneStopShopCustomer({ countryCode: 'DE' }, 'DK', false)).toBe(false);
    expect(isOneStopShopCustomer({ countryCode: 'DE', vatNumber: 'DE812345678' }, 'DK', true)).toBe(false);
    expect(isOneStopShopCustomer({ countryCode: 'DK' }, 'DK', true)).toBe(false);
    expect(isOneStopShopCustomer({ countryCode: 'US' }, 'DK', true)).toBe(false);
    expect(isOneStopShopCustomer({}, 'DK', true)).toBe(false);
    expect(isOneStopShopCustomer({ countryCode: 'DE' }, 'NO', true)).toBe(false);
  });

  it('should require the ERP\'s OSS VAT zone once OSS is on (RB-21)', () => {
    expect(oneStopShopSettingsSchema.parse({})).toEqual({ isEnabled: false });
    expect(codesAndPaths(fieldErrorsOf(oneStopShopSettingsSchema, { isEnabled: true }))).toEqual([['REQUIRED', 'vatZoneNumber']]);
  });
});
