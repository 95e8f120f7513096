import type { FieldErrorCode } from '@ledgerbridge/domain';

/** Why a comparison, decision or initial sync was refused: the domain's codes plus "the ERP did not answer". */
export type ReconcileErrorCode = FieldErrorCode | 'ERP_UNAVAILABLE';

export interface ReconcileError {
  readonly code: ReconcileErrorCode;
  readonly message: string;
  readonly field: string[];
}

export function reconcileError(code: ReconcileErrorCode, message: string, field: readonly string[] = []): ReconcileError {
  return { code, message, field: [...field] };
}
