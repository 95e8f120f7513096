import type { ProjectRecord } from '../../core/records.js';
import type { EconomicProject } from '../schemas.js';
import { documentDiffers } from './differs.js';
import type { EconomicDocument } from './to-economic-customer.js';

/**
 * A Projects API project from the canonical record (§1.8). The record's end date becomes the
 * delivery date; an inactive project is barred (closing is a bookkeeping step, not ours).
 */
export function toEconomicProject(record: ProjectRecord, projectGroupNumber: number): EconomicDocument {
  const doc: EconomicDocument = {
    number: Number(record.number),
    name: record.name,
    projectGroupNumber,
    isBarred: !record.isActive,
  };
  if (record.customerNumber !== undefined) doc.customerNumber = Number(record.customerNumber);
  if (record.endDate !== undefined) doc.deliveryDate = `${record.endDate}T00:00:00`;
  if (record.description !== undefined) doc.description = record.description;
  return doc;
}

/**
 * The PUT body (id and `objectVersion` in the body, §1.8): the project as read, our fields laid
 * over it, and its group kept once it exists.
 */
export function mergeProject(existing: EconomicProject, mapped: EconomicDocument): EconomicDocument {
  return { ...existing, ...mapped, projectGroupNumber: existing.projectGroupNumber, objectVersion: existing.objectVersion };
}

/** Whether the project already holds what the record says. */
export function projectDiffers(existing: EconomicProject, mapped: EconomicDocument): boolean {
  // The Projects API always sends its booleans, so `isBarred: false` compares as sent.
  return documentDiffers({ ...existing, isBarred: existing.isBarred ?? false }, mapped, ['projectGroupNumber']);
}
