import { countryCodeSchema, creditorSettingsSchema, oneStopShopSettingsSchema, type PostingCell, type VatZone } from '@ledgerbridge/domain';
import type { PayloadError } from '../../ui/user-error';
import { bindErrors, textOf, topLevelKey, zodErrors, type FormErrors } from './settings-errors';

export const vatZones: readonly VatZone[] = ['DOMESTIC', 'EU', 'ABROAD'];
export const creditorFields = ['isEnabled', 'companyCountry', 'supplierControlAccount', 'journalNumber', 'fallbackAccount'] as const;

/** The form field of one matrix cell; product groups are free text, so they go by row index. */
export const cellName = (row: number, zone: VatZone) => `cell.${row}.${zone}`;

export interface MatrixSource {
  readonly postingMatrix: readonly { readonly productGroup: string; readonly vatZone: string; readonly accountNumber: string }[];
  readonly undecidedCells: readonly { readonly productGroup: string; readonly vatZone: string }[];
}

/** Every product group with a decided or undecided cell, once, in a stable order (the matrix rows). */
export function matrixRows(settings: MatrixSource): string[] {
  const groups = new Set([...settings.postingMatrix, ...settings.undecidedCells].map((cell) => cell.productGroup));
  return [...groups].sort((a, b) => a.localeCompare(b));
}

export function accountOf(settings: MatrixSource, productGroup: string, zone: VatZone): string {
  return settings.postingMatrix.find((cell) => cell.productGroup === productGroup && cell.vatZone === zone)?.accountNumber ?? '';
}

export interface CreditorFormValue {
  readonly isEnabled: boolean;
  readonly companyCountry: string | undefined;
  readonly supplierControlAccount?: string | undefined;
  readonly journalNumber?: string | undefined;
  readonly fallbackAccount?: string | undefined;
  readonly postingMatrix: PostingCell[];
}

/** The form key of each sent cell, in the order sent, so the API's postingMatrix.N finds its cell again. */
export type CellKeys = readonly string[];

/**
 * Reads the creditor settings (RB-07..RB-12): only chosen cells are sent, so an empty cell stays
 * undecided and is never filled in for the admin (RB-12). Checked with the domain's schema.
 */
export function readCreditorForm(form: FormData, rows: readonly string[]):
  | { ok: true; value: CreditorFormValue; cellKeys: CellKeys }
  | { ok: false; errors: FormErrors } {
  const postingMatrix: PostingCell[] = [];
  const cellKeys: string[] = [];
  rows.forEach((productGroup, row) => {
    for (const vatZone of vatZones) {
      const accountNumber = textOf(form, cellName(row, vatZone));
      if (accountNumber === undefined) continue;
      postingMatrix.push({ productGroup, vatZone, accountNumber });
      cellKeys.push(cellName(row, vatZone));
    }
  });
  const raw = {
    isEnabled: form.get('isEnabled') === 'on',
    supplierControlAccount: textOf(form, 'supplierControlAccount'),
    journalNumber: textOf(form, 'journalNumber'),
    fallbackAccount: textOf(form, 'fallbackAccount'),
    postingMatrix,
  };
  const keyOf = creditorKeyOf(cellKeys);
  const parsed = creditorSettingsSchema.safeParse(raw);
  const companyCountry = textOf(form, 'companyCountry')?.toUpperCase();
  const country = companyCountry === undefined ? null : countryCodeSchema.safeParse(companyCountry);
  if (parsed.success && (country === null || country.success)) {
    return { ok: true, value: { ...parsed.data, companyCountry, postingMatrix: parsed.data.postingMatrix }, cellKeys };
  }
  const fromSettings = parsed.success ? { fields: {}, general: [] } : zodErrors(parsed.error, keyOf);
  const countryError: Record<string, string> =
    country !== null && !country.success ? { companyCountry: country.error.issues[0]?.message ?? 'Not a country code' } : {};
  return { ok: false, errors: { fields: { ...fromSettings.fields, ...countryError }, general: fromSettings.general } };
}

function creditorKeyOf(cellKeys: CellKeys) {
  const top = topLevelKey(creditorFields);
  return (path: readonly string[]) => (path[0] === 'postingMatrix' ? cellKeys[Number(path[1])] : top(path));
}

export function creditorErrorsFromApi(errors: readonly PayloadError[], cellKeys: CellKeys): FormErrors {
  return bindErrors(errors, [], creditorKeyOf(cellKeys));
}

export const ossFields = ['isEnabled', 'vatZoneNumber'] as const;

/** One Stop Shop VAT (RB-21): its own mutation, checked with the domain's schema. */
export function readOssForm(form: FormData): { ok: true; value: { isEnabled: boolean; vatZoneNumber: string | undefined } } | { ok: false; errors: FormErrors } {
  const parsed = oneStopShopSettingsSchema.safeParse({ isEnabled: form.get('ossEnabled') === 'on', vatZoneNumber: textOf(form, 'vatZoneNumber') });
  if (parsed.success) return { ok: true, value: { isEnabled: parsed.data.isEnabled, vatZoneNumber: parsed.data.vatZoneNumber } };
  return { ok: false, errors: zodErrors(parsed.error, topLevelKey(ossFields)) };
}
