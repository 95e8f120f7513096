import { describe, expect, it } from 'vitest';
import { draftFromRow, placeSaveErrors, saveRequest, toRowInput, validateDrafts, type MappingRowData, type RowDraft } from './mapping-editor-state';

const row = (target: string, over: Partial<MappingRowData> = {}): MappingRowData => ({
  target, sourceKind: 'FIELD', source: target, transform: null, transformLength: null, vatRateField: null, default: null,
  isRequired: false, mode: 'ALWAYS', direction: 'TO_ERP', origin: 'DEFAULT', ...over,
});
const customerRows = [row('name', { isRequired: true }), row('email'), row('address.city')].map(draftFromRow);
const withDraft = (drafts: readonly RowDraft[], target: string, over: Partial<RowDraft>) => drafts.map((d) => (d.target === target ? { ...d, ...over } : d));

describe('field mapping editor (X-13, X-14, X-16, SE-FX-54)', () => {
  it('should accept the loaded table as it is', () => {
    expect(validateDrafts('CUSTOMERS', customerRows).size).toBe(0);
  });

  it('should name the offending input of each row with the domain\'s own rules', () => {
    const drafts = withDraft(
      withDraft(withDraft(customerRows, 'email', { sourceKind: 'TEMPLATE', source: '{name} {nickname}' }), 'address.city', { transform: 'TRUNCATE', transformLength: '' }),
      'name',
      { isRequired: false, mode: 'CREATE_ONLY' },
    );
    const errors = validateDrafts('CUSTOMERS', drafts);
    expect(errors.get('email')?.source).toMatch(/Unknown source field: nickname/);
    expect(Object.keys(errors.get('address.city') ?? {})).toEqual(['transformLength']);
    // a customer cannot be built without its name: it stays required and written on every update
    expect(errors.get('name')?.isRequired).toMatch(/must stay required/);
    expect(errors.get('name')?.mode).toMatch(/cannot be CREATE_ONLY/);
  });

  it('should refuse a fixed value or default that does not fit the target\'s kind (X-16)', () => {
    const products = [row('salesPrice', { isRequired: true }), row('isActive', { isRequired: true })].map(draftFromRow);
    const errors = validateDrafts('PRODUCTS', withDraft(withDraft(products, 'salesPrice', { sourceKind: 'FIXED', source: '12,50' }), 'isActive', { default: 'yes' }));
    expect(errors.get('salesPrice')?.source).toMatch(/not a valid decimal/);
    expect(errors.get('isActive')?.default).toMatch(/not a valid boolean/);
  });

  it('should send only changed rows and resets, and place the API\'s errors by the rows sent', () => {
    const loaded = new Map(customerRows.map((d) => [d.target, d]));
    const drafts = withDraft(customerRows, 'email', { sourceKind: 'FIXED', source: 'faktura@example.se', mode: 'CREATE_ONLY' });
    const request = saveRequest(drafts, loaded, new Set(['address.city']));
    expect(request.rows).toEqual([
      { target: 'email', sourceKind: 'FIXED', source: 'faktura@example.se', transform: null, transformLength: null, vatRateField: null, default: null, isRequired: false, mode: 'CREATE_ONLY', direction: 'TO_ERP' },
    ]);
    expect(request.resetTargets).toEqual(['address.city']);
    const placed = placeSaveErrors(
      [
        { code: 'INVALID_VALUE', message: 'Too long for the ERP', field: ['rows', '0', 'source'] },
        { code: 'INVALID_VALUE', message: 'Not a field', field: ['resetTargets', '0'] },
        { code: 'NOT_FOUND', message: 'No connection with this id', field: ['connectionId'] },
      ],
      request,
    );
    expect(placed.byRow.get('email')).toEqual({ source: 'Too long for the ERP' });
    expect(placed.byRow.get('address.city')).toEqual({ row: 'Not a field' });
    expect(placed.general).toEqual(['No connection with this id']);
  });

  it('should carry a truncation length and a VAT rate field only with their transformation', () => {
    const draft = draftFromRow(row('name', { transform: 'TRUNCATE', transformLength: 50, vatRateField: 'vatRate' }));
    expect(toRowInput(draft)).toMatchObject({ transform: 'TRUNCATE', transformLength: 50, vatRateField: null });
    expect(toRowInput({ ...draft, transform: '' })).toMatchObject({ transform: null, transformLength: null });
  });
});
